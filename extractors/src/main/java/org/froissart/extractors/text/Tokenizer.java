package org.froissart.extractors.text;

import static org.froissart.extractors.text.Chars.AMP;
import static org.froissart.extractors.text.Chars.AP;
import static org.froissart.extractors.text.Chars.CLS;
import static org.froissart.extractors.text.Chars.DEG;
import static org.froissart.extractors.text.Chars.DOT;
import static org.froissart.extractors.text.Chars.EN;
import static org.froissart.extractors.text.Chars.FMT;
import static org.froissart.extractors.text.Chars.HY;
import static org.froissart.extractors.text.Chars.NUMSEP;
import static org.froissart.extractors.text.Chars.SP;
import static org.froissart.extractors.text.Chars.SUR;
import static org.froissart.extractors.text.Chars.W;
import static org.froissart.extractors.text.Chars.cpAt;
import static org.froissart.extractors.text.Chars.isAsciiDigit;
import static org.froissart.extractors.text.Chars.isLetterAt;
import static org.froissart.extractors.text.Chars.isUpperAt;
import static org.froissart.extractors.text.Chars.isWordAt;
import static org.froissart.extractors.text.Chars.isWordCp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.froissart.api.Token;

/**
 * Tokenizer for French and English news, one pass over the chars without regular expressions.
 * Immutable and thread-safe.
 *
 * <ul>
 *   <li>Words are runs of letters, digits and combining marks, with inner hyphens
 *       ("porte-parole", "2024-11-23"), inner en dashes between letters, and "R&amp;D".</li>
 *   <li>French elisions split after the apostrophe: "l’armée" → "l’" "armée" (l d j m n s t c qu
 *       jusqu lorsqu puisqu quoiqu presqu). English clitics split before it: "Russia's" → "Russia"
 *       "'s", "don't" → "do" "n't" ('s 'm 'd 're 've 'll n't). Other inner apostrophes stay
 *       ("aujourd'hui", "O'Brien").</li>
 *   <li>Numbers stay one token: "839.000", "8,5", "12/11/2024", "10:30", "10h30", and digit groups
 *       separated by one space, no-break space or narrow no-break space ("1 500", "12 345 678": the
 *       first group has 1 to 3 digits, the next ones exactly 3).</li>
 *   <li>A dot stays in the token after a listed abbreviation ("M.", "St.", "U.S."), after an initial
 *       (one capital letter followed by a capitalised word: "J. Smith") and after dotted acronyms
 *       ("F.B.I."). "p.", "no.", "vol.", "art.", "fig.", "sept." keep it only before a number.</li>
 *   <li>Glued sentences split: "Pyrénées.Alors" → "Pyrénées" "." "Alors"; but "U.S.A" stays one
 *       token and "M.Dupont", "St.Louis" become "M." "Dupont", "St." "Louis". A dot followed by a
 *       lower-case letter or digit stays inside ("lemonde.fr", "3.5").</li>
 *   <li>URLs (http://, https://, www.) and e-mail addresses are one token, without trailing
 *       punctuation.</li>
 *   <li>Every other punctuation mark or symbol is a token of its own, except runs of dots ("...")
 *       and emoji sequences (with their variation selectors, skin tones, ZWJ sequences, flags).</li>
 *   <li>Whitespace, control and invisible format characters are never tokens.</li>
 * </ul>
 */
public final class Tokenizer {
    private static final Set<String> ELISIONS = Set.of("qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu");

    private final Set<String> abbreviations;

    /** @param abbreviations lower-case abbreviations without their final dot ("m", "mme", "u.s") */
    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = TextResources.normalize(Objects.requireNonNull(abbreviations, "abbreviations"));
    }

    /** Appends to {@code out} the tokens of {@code text[from, to)}, with offsets into {@code text}. */
    public void tokenize(String text, int from, int to, List<Token> out) {
        Objects.checkFromToIndex(from, to, text.length());
        int i = from;
        int noEmailBefore = from;
        while (i < to) {
            char c = text.charAt(i);
            byte k = CLS[c];
            if (k == SP || k == FMT) {
                i++;
                continue;
            }
            boolean word = k == W || (k == SUR && isWordCp(cpAt(text, i, to)));
            if (word) {
                if (i >= noEmailBefore) {
                    int e = scanEmail(text, i, to);
                    if (e > 0) {
                        emit(out, text, i, e);
                        i = e;
                        continue;
                    }
                    noEmailBefore = -e;
                }
                char lc = (char) (c | 0x20);
                if (lc == 'h' || lc == 'w') {
                    int u = scanUrl(text, i, to);
                    if (u > 0) {
                        emit(out, text, i, u);
                        i = u;
                        continue;
                    }
                }
                i = scanWord(text, i, to, out);
            } else if (k == DOT) {
                int j = i + 1;
                while (j < to && text.charAt(j) == '.') {
                    j++;
                }
                emit(out, text, i, j);
                i = j;
            } else {
                int j = scanSymbol(text, i, to);
                emit(out, text, i, j);
                i = j;
            }
        }
    }

    /** The tokens of the whole text. */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 1);
        tokenize(text, 0, text.length(), out);
        return out;
    }

    private static void emit(List<Token> out, String t, int s, int e) {
        out.add(new Token(s, e, TextNormalizer.norm(t, s, e), null));
    }

    private static void emit(List<Token> out, int s, int e, String norm) {
        out.add(new Token(s, e, norm, null));
    }

    /** Scans a word starting at s (a word char), emitting its tokens; returns where it ended. */
    private int scanWord(String t, int s, int to, List<Token> out) {
        int j = s;
        int segStart = s;          // start of the current dot-separated segment
        int segments = 0;          // dots joined so far
        boolean acronym = true;    // every joined segment was a single letter
        boolean digitsOnly = true; // only ASCII digits and group spaces so far
        boolean grouped = false;
        int groupLen = 0;
        loop:
        while (j < to) {
            char c = t.charAt(j);
            byte k = CLS[c];
            if (k == W) {
                if (isAsciiDigit(c)) {
                    groupLen++;
                } else {
                    digitsOnly = false;
                }
                j++;
                continue;
            }
            switch (k) {
                case SUR: {
                    int cp = cpAt(t, j, to);
                    if (isWordCp(cp)) {
                        digitsOnly = false;
                        j += Character.charCount(cp);
                        continue;
                    }
                    break loop;
                }
                case FMT:
                    if (isWordAt(t, j + 1, to)) {
                        j++;
                        continue;
                    }
                    break loop;
                case HY:
                    if (isWordAt(t, j + 1, to)) {
                        digitsOnly = false;
                        j++;
                        continue;
                    }
                    break loop;
                case EN:
                    if (Character.isLetter(t.charAt(j - 1)) && isLetterAt(t, j + 1, to)) {
                        digitsOnly = false;
                        j++;
                        continue;
                    }
                    break loop;
                case NUMSEP:
                    if (Character.isDigit(t.charAt(j - 1)) && j + 1 < to && Character.isDigit(t.charAt(j + 1))) {
                        digitsOnly = false;
                        j++;
                        continue;
                    }
                    break loop;
                case AMP:
                    if (Character.isUpperCase(t.charAt(j - 1)) && isUpperAt(t, j + 1, to)) {
                        digitsOnly = false;
                        j++;
                        continue;
                    }
                    break loop;
                case DEG:
                    if (j == s + 1 && (t.charAt(s) | 0x20) == 'n') {
                        j++; // "n°"
                    }
                    break loop;
                case SP:
                    if (digitsOnly && groupLen > 0 && (grouped ? groupLen == 3 : groupLen <= 3)
                            && (c == ' ' || c == '\u00A0' || c == '\u202F') && threeDigits(t, j + 1, to)) {
                        j += 4;
                        grouped = true;
                        groupLen = 3;
                        continue;
                    }
                    break loop;
                case DOT: {
                    if (!isWordAt(t, j + 1, to)) {
                        break loop;
                    }
                    int n = cpAt(t, j + 1, to);
                    boolean singleSeg = j - segStart == 1 && Character.isLetter(t.charAt(segStart));
                    boolean join;
                    if (Character.isDigit(t.charAt(j - 1)) && Character.isDigit(n)) {
                        join = true;
                    } else if (Character.isUpperCase(n) || Character.isTitleCase(n)) {
                        join = singleSeg && nextSegmentIsSingleLetter(t, j + 1, to);
                    } else {
                        join = true;
                    }
                    if (join) {
                        acronym &= singleSeg;
                        segments++;
                        segStart = j + 1;
                        digitsOnly = false;
                        j++;
                        continue;
                    }
                    // glued: "M.Dupont" → "M." "Dupont"; "Pyrénées.Alors" → "Pyrénées" "." "Alors"
                    String key = TextNormalizer.norm(t, s, j);
                    if (singleSeg || abbreviations.contains(key)) {
                        emit(out, t, s, j + 1);
                    } else {
                        emit(out, s, j, key);
                        emit(out, j, j + 1, ".");
                    }
                    s = j + 1;
                    j = s;
                    segStart = s;
                    segments = 0;
                    acronym = true;
                    digitsOnly = true;
                    grouped = false;
                    groupLen = 0;
                    continue;
                }
                case AP: {
                    if (!isLetterAt(t, j + 1, to)) {
                        break loop;
                    }
                    if (isElision(t, s, j)) {
                        emit(out, t, s, j + 1);
                        s = j + 1;
                        j = s;
                        segStart = s;
                        segments = 0;
                        acronym = true;
                        digitsOnly = true;
                        grouped = false;
                        groupLen = 0;
                        continue;
                    }
                    int e = j + 1;
                    int limit = Math.min(to, j + 4);
                    while (e < limit && Character.isLetter(t.charAt(e))) {
                        e++;
                    }
                    if (!isWordAt(t, e, to) && (e >= to || CLS[t.charAt(e)] != AP)) {
                        if (isClitic(t, j + 1, e)) {
                            emit(out, t, s, j);
                            emit(out, t, j, e);
                            return e;
                        }
                        if (e == j + 2 && (t.charAt(j + 1) | 0x20) == 't' && j - 1 > s
                                && (t.charAt(j - 1) | 0x20) == 'n') {
                            emit(out, t, s, j - 1);
                            emit(out, t, j - 1, e);
                            return e;
                        }
                    }
                    digitsOnly = false;
                    j++; // inner apostrophe: "aujourd'hui", "O'Brien"
                    continue;
                }
                default:
                    break loop;
            }
        }
        if (j < to && t.charAt(j) == '.' && (j + 1 >= to || t.charAt(j + 1) != '.')) {
            String key = TextNormalizer.norm(t, s, j);
            boolean dottedAcronym = segments > 0 && acronym && j - segStart == 1
                    && Character.isLetter(t.charAt(segStart));
            if (dottedAcronym || Chars.keepsDot(t, s, j, to, abbreviations, key)) {
                emit(out, t, s, j + 1);
                return j + 1;
            }
            emit(out, s, j, key);
            return j;
        }
        emit(out, t, s, j);
        return j;
    }

    private static boolean nextSegmentIsSingleLetter(String t, int p, int to) {
        int cp = cpAt(t, p, to);
        if (!Character.isLetter(cp)) {
            return false;
        }
        int q = p + Character.charCount(cp);
        return q >= to || t.charAt(q) == '.' || !isWordAt(t, q, to);
    }

    private static boolean threeDigits(String t, int p, int to) {
        return p + 3 <= to && isAsciiDigit(t.charAt(p)) && isAsciiDigit(t.charAt(p + 1))
                && isAsciiDigit(t.charAt(p + 2)) && (p + 3 == to || !Character.isDigit(t.charAt(p + 3)));
    }

    private static boolean isElision(String t, int s, int e) {
        int n = e - s;
        if (n == 1) {
            switch (t.charAt(s)) {
                case 'l': case 'L': case 'd': case 'D': case 'j': case 'J': case 'm': case 'M':
                case 'n': case 'N': case 's': case 'S': case 't': case 'T': case 'c': case 'C':
                    return true;
                default:
                    return false;
            }
        }
        if (n < 2 || n > 6) {
            return false;
        }
        char[] b = new char[n];
        for (int i = 0; i < n; i++) {
            char c = t.charAt(s + i);
            if (c >= 0x80) {
                return false;
            }
            b[i] = (char) (c | 0x20);
        }
        return ELISIONS.contains(new String(b));
    }

    /** 's 'm 'd 're 've 'll, case-insensitive, for t[a, e). */
    private static boolean isClitic(String t, int a, int e) {
        int n = e - a;
        if (n == 1) {
            char c = (char) (t.charAt(a) | 0x20);
            return c == 's' || c == 'm' || c == 'd';
        }
        if (n == 2) {
            char c = (char) (t.charAt(a) | 0x20);
            char d = (char) (t.charAt(a + 1) | 0x20);
            return (c == 'r' && d == 'e') || (c == 'v' && d == 'e') || (c == 'l' && d == 'l');
        }
        return false;
    }

    /** Returns the end of an e-mail address starting at i, or minus the end of its local part. */
    private static int scanEmail(String t, int i, int to) {
        int j = i;
        while (j < to) {
            char c = t.charAt(j);
            if (CLS[c] == W || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
                j++;
            } else {
                break;
            }
        }
        if (j + 1 >= to || t.charAt(j) != '@' || t.charAt(j - 1) == '.' || CLS[t.charAt(j + 1)] != W) {
            return -Math.max(j, i + 1);
        }
        int d = j + 1;
        int lastDot = -1;
        while (d < to) {
            char c = t.charAt(d);
            if (CLS[c] == W || c == '-') {
                d++;
            } else if (c == '.' && d + 1 < to && CLS[t.charAt(d + 1)] == W) {
                lastDot = d;
                d++;
            } else {
                break;
            }
        }
        if (lastDot < 0 || !Character.isLetter(t.charAt(lastDot + 1))) {
            return -Math.max(j, i + 1);
        }
        return d;
    }

    /** Returns the end of a URL starting at i, or -1. */
    private static int scanUrl(String t, int i, int to) {
        int p;
        if (t.regionMatches(true, i, "https://", 0, 8)) {
            p = i + 8;
        } else if (t.regionMatches(true, i, "http://", 0, 7)) {
            p = i + 7;
        } else if (t.regionMatches(true, i, "www.", 0, 4)) {
            p = i + 4;
        } else {
            return -1;
        }
        if (p >= to || CLS[t.charAt(p)] != W) {
            return -1;
        }
        int j = p;
        int open = 0;
        int close = 0;
        while (j < to) {
            char c = t.charAt(j);
            byte k = CLS[c];
            if (k == SP || c == '<' || c == '>' || c == '"' || c == '\u00AB' || c == '\u00BB'
                    || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019') {
                break;
            }
            if (c == '(') {
                open++;
            } else if (c == ')') {
                close++;
            }
            j++;
        }
        while (j > p) {
            char c = t.charAt(j - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                    || c == ']' || c == '}') {
                j--;
            } else if (c == ')' && close > open) {
                close--;
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /** A punctuation mark or symbol with its combining marks, or an emoji sequence. */
    private static int scanSymbol(String t, int i, int to) {
        int cp = cpAt(t, i, to);
        int j = i + Character.charCount(cp);
        if (isRegionalIndicator(cp) && j < to) {
            int n = cpAt(t, j, to);
            if (isRegionalIndicator(n)) {
                return j + 2;
            }
        }
        while (j < to) {
            char d = t.charAt(j);
            if (d == '\u200D') {
                if (j + 1 < to && CLS[t.charAt(j + 1)] != SP) {
                    j += 1 + Character.charCount(cpAt(t, j + 1, to));
                    continue;
                }
                break;
            }
            if (d >= 0x300 && d < 0xD800) {
                int type = Character.getType(d);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    j++;
                    continue;
                }
            } else if (d == '\uFE0F' || d == '\uFE0E') {
                j++;
                continue;
            } else if (Character.isHighSurrogate(d)) {
                int n = cpAt(t, j, to);
                if ((n >= 0x1F3FB && n <= 0x1F3FF) || (n >= 0xE0020 && n <= 0xE007F)) {
                    j += 2;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
