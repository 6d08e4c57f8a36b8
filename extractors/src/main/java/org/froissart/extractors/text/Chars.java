package org.froissart.extractors.text;

import java.util.Set;

/** Character classes and the abbreviation-dot rule shared by the tokenizer and the splitter. */
final class Chars {
    static final byte SP = 0;      // whitespace, controls, zero-width spaces: skipped
    static final byte W = 1;       // letters, digits, marks, other numbers
    static final byte AP = 2;      // apostrophes ' ’ ʼ ‘ `
    static final byte HY = 3;      // hyphens - ‐ ‑
    static final byte EN = 4;      // en dash –
    static final byte DOT = 5;     // .
    static final byte NUMSEP = 6;  // , : / (join digits)
    static final byte OTHER = 7;   // punctuation and symbols
    static final byte SUR = 8;     // surrogates
    static final byte FMT = 9;     // invisible format characters (soft hyphen, ZWJ, bidi marks)
    static final byte AMP = 10;    // &
    static final byte DEG = 11;    // °

    /** Class of every BMP char. */
    static final byte[] CLS = table();

    /** Abbreviations that keep their dot only before a number ("p. 12", "No. 10", "3 sept. 2024"). */
    private static final Set<String> BEFORE_NUMBER =
            Set.of("no", "nos", "n", "vol", "p", "pp", "art", "fig", "sept", "mar", "ch", "chap");

    private Chars() {
    }

    private static byte[] table() {
        byte[] t = new byte[65536];
        for (int c = 0; c < 65536; c++) {
            int type = Character.getType(c);
            byte k;
            switch (c) {
                case '\'': case '\u2019': case '\u02BC': case '\u2018': case '`': k = AP; break;
                case '-': case '\u2010': case '\u2011': k = HY; break;
                case '\u2013': k = EN; break;
                case '.': k = DOT; break;
                case ',': case ':': case '/': k = NUMSEP; break;
                case '&': k = AMP; break;
                case '\u00B0': k = DEG; break;
                case '\u200B': case '\u2060': case '\uFEFF': k = SP; break;
                default:
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL) {
                        k = SP;
                    } else if (type == Character.SURROGATE) {
                        k = SUR;
                    } else if (type == Character.FORMAT) {
                        k = FMT;
                    } else if (isWordType(c, type)) {
                        k = W;
                    } else {
                        k = OTHER;
                    }
            }
            t[c] = k;
        }
        return t;
    }

    private static boolean isWordType(int cp, int type) {
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Code point at i, never reading at or past {@code to}; a lone surrogate is returned as is. */
    static int cpAt(CharSequence t, int i, int to) {
        char c = t.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
            char d = t.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    static boolean isWordCp(int cp) {
        if (cp < 65536) {
            return CLS[cp] == W;
        }
        return isWordType(cp, Character.getType(cp));
    }

    /** Whether a word character starts at i (i may be {@code >= to}). */
    static boolean isWordAt(CharSequence t, int i, int to) {
        if (i >= to) {
            return false;
        }
        char c = t.charAt(i);
        byte k = CLS[c];
        return k == W || (k == SUR && isWordCp(cpAt(t, i, to)));
    }

    static boolean isLetterAt(CharSequence t, int i, int to) {
        return i < to && Character.isLetter(cpAt(t, i, to));
    }

    static boolean isUpperAt(CharSequence t, int i, int to) {
        if (i >= to) {
            return false;
        }
        int cp = cpAt(t, i, to);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDigitAt(CharSequence t, int i, int to) {
        return i < to && Character.isDigit(t.charAt(i));
    }

    /** Skips up to 4 horizontal spaces (no line breaks) from i. */
    static int skipBlanks(CharSequence t, int i, int to) {
        int limit = Math.min(to, i + 4);
        while (i < limit) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Whether the dot at {@code dot} ends an abbreviation or an initial made of {@code t[s, dot)},
     * whose normal form is {@code key}.
     */
    static boolean keepsDot(CharSequence t, int s, int dot, int to, Set<String> abbreviations, String key) {
        if (abbreviations.contains(key)) {
            if (!BEFORE_NUMBER.contains(key)) {
                return true;
            }
            int p = skipBlanks(t, dot + 1, to);
            return isDigitAt(t, p, to);
        }
        if (dot - s == 1 && Character.isUpperCase(t.charAt(s))) {
            int p = skipBlanks(t, dot + 1, to);
            return p > dot + 1 && isUpperAt(t, p, to);
        }
        return false;
    }

    /** Whether t[s, e) is an acronym with dots: single letters separated by dots ("U.S", "a.m"). */
    static boolean isDottedAcronym(CharSequence t, int s, int e) {
        int n = e - s;
        if (n < 3 || n % 2 == 0) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (((i - s) & 1) == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }
}
