package org.froissart.extractors.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.froissart.api.Span;
import org.froissart.api.Token;

/**
 * Splits a tokenized text into sentences. Immutable and thread-safe.
 *
 * <p>A sentence ends:
 * <ul>
 *   <li>at {@code . ! ? … ...} (and runs such as {@code ?!}) followed by a capitalised word, a
 *       digit, an opening quote, bracket or dash, or the end of the text; closing quotes and
 *       brackets right after the mark belong to the sentence ({@code « Non ! »});
 *       not after an abbreviation or an initial whose dot is a token of its own, nor after the
 *       number of a numbered item ("1. Le ...");
 *       "etc." followed by a capitalised word ends a sentence, and so does a dotted acronym
 *       ("U.K.") followed by an opening quote;</li>
 *   <li>at a blank line, and at a single line break followed by a bullet or an indented
 *       capitalised line;</li>
 *   <li>at a single line break after a title-like line: a line of at most 16 tokens that started
 *       the current sentence and ends with a word, a number or a closing bracket or quote, when the
 *       next line starts like a sentence.</li>
 * </ul>
 * Sentences are spans from the first to the last token, so they are trimmed.
 */
public final class SentenceSplitter {
    private static final int MAX_TITLE_TOKENS = 16;

    private final Set<String> abbreviations;

    /** @param abbreviations lower-case abbreviations without their final dot, as for the tokenizer */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = TextResources.normalize(Objects.requireNonNull(abbreviations, "abbreviations"));
    }

    /**
     * @param tokens the tokens of {@code text}, in order, as made by {@link Tokenizer}
     * @return the sentences, in order, covering every token
     */
    public List<Span> split(String text, List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        int i = 0;
        while (i < n) {
            int last = -1;
            if (isEndMark(text, tokens, i)) {
                int k = i;
                while (k + 1 < n && isTerminal(tokens.get(k + 1).norm())
                        && newlines(text, tokens.get(k).end(), tokens.get(k + 1).start()) == 0) {
                    k++;
                }
                while (k + 1 < n && isCloser(text, tokens.get(k), tokens.get(k + 1))) {
                    k++;
                }
                if (k + 1 == n) {
                    last = k;
                } else {
                    Token next = tokens.get(k + 1);
                    if (newlines(text, tokens.get(k).end(), next.start()) >= 2
                            || (startsSentence(text, next) && !isNumberedItem(text, tokens, first, i))) {
                        last = k;
                    }
                }
                i = k;
            }
            if (last < 0 && i + 1 < n && lineBreakEnds(text, tokens, first, i)) {
                last = i;
            }
            if (last >= 0) {
                out.add(new Span(tokens.get(first).start(), tokens.get(last).end()));
                first = last + 1;
            }
            i++;
        }
        if (first < n) {
            out.add(new Span(tokens.get(first).start(), tokens.get(n - 1).end()));
        }
        return out;
    }

    private static boolean isTerminal(String norm) {
        if (norm.isEmpty()) {
            return false;
        }
        char c = norm.charAt(0);
        if (c == '!' || c == '?' || c == '\u2026' || c == '\u203C' || c == '\u2047' || c == '\u2048' || c == '\u2049') {
            return norm.length() == 1;
        }
        if (c == '.') {
            for (int i = 1; i < norm.length(); i++) {
                if (norm.charAt(i) != '.') {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean isEndMark(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String norm = t.norm();
        if (norm.equals("etc.")) {
            return true;
        }
        if (norm.length() > 2 && norm.endsWith(".") && Chars.isDottedAcronym(text, t.start(), t.end() - 1)) {
            // "... from the U.K. « We are ready »": an acronym before an opening quote ends a sentence
            if (i + 1 >= tokens.size()) {
                return true;
            }
            Token next = tokens.get(i + 1);
            if (next.start() == t.end() || next.end() - next.start() != 1) {
                return false;
            }
            char q = text.charAt(next.start());
            return q == '\u00AB' || q == '\u201C' || q == '\u201E' || q == '"';
        }
        if (!isTerminal(norm)) {
            return false;
        }
        if (norm.equals(".") && i > 0) {
            Token prev = tokens.get(i - 1);
            if (prev.end() == t.start() && Chars.isWordAt(text, prev.start(), prev.end())) {
                if (Chars.keepsDot(text, prev.start(), t.start(), text.length(), abbreviations, prev.norm())
                        || Chars.isDottedAcronym(text, prev.start(), prev.end())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Closing quote or bracket after an end mark. */
    private static boolean isCloser(String text, Token prev, Token t) {
        if (t.end() - t.start() != 1) {
            return false;
        }
        char c = text.charAt(t.start());
        switch (c) {
            case '\u00BB': case '\u201D':
                return newlines(text, prev.end(), t.start()) == 0;
            case '"': case '\'': case '\u2019': case ')': case ']':
                return prev.end() == t.start();
            default:
                return false;
        }
    }

    private static boolean startsSentence(String text, Token t) {
        int cp = Chars.cpAt(text, t.start(), t.end());
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)) {
            return true;
        }
        switch (cp) {
            case '\u00AB': case '\u201C': case '\u201E': case '"': case '\'': case '\u2018': case '(':
            case '[': case '-': case '\u2013': case '\u2014': case '\u2022': case '\u00BF': case '\u00A1':
            case '*': case '\u2026':
                return true;
            default:
                return false;
        }
    }

    private static boolean isBullet(String text, Token t) {
        if (t.end() - t.start() != 1) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2022' || c == '*' || c == '\u00B7'
                || c == '\u25AA' || c == '\u25CF' || c == '>';
    }

    /** "1. Le premier point": the dot follows a small number that is the whole sentence so far. */
    private static boolean isNumberedItem(String text, List<Token> tokens, int first, int dot) {
        if (dot != first + 1 || !tokens.get(dot).norm().equals(".")) {
            return false;
        }
        Token t = tokens.get(first);
        if (t.end() - t.start() > 3 || t.end() != tokens.get(dot).start()) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            if (!Chars.isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line break (if any) between tokens i and i+1 ends the sentence. */
    private static boolean lineBreakEnds(String text, List<Token> tokens, int first, int i) {
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        int nl = newlines(text, a.end(), b.start());
        if (nl == 0) {
            return false;
        }
        if (nl >= 2 || isBullet(text, b)) {
            return true;
        }
        if (!startsSentence(text, b)) {
            return false;
        }
        if (isIndented(text, a.end(), b.start())) {
            return true;
        }
        return isTitleLike(text, tokens, first, i);
    }

    private static boolean isTitleLike(String text, List<Token> tokens, int first, int i) {
        Token last = tokens.get(i);
        char c = text.charAt(last.start());
        if (!(Chars.isWordAt(text, last.start(), last.end()) || c == ')' || c == '\u00BB' || c == '"'
                || c == '\u201D')) {
            return false;
        }
        if (last.norm().endsWith(".") && !Chars.isWordAt(text, last.end() - 1, last.end())) {
            return false; // an abbreviation such as "M." ends no title
        }
        int j = i;
        int count = 1;
        while (j > first && newlines(text, tokens.get(j - 1).end(), tokens.get(j).start()) == 0) {
            j--;
            if (++count > MAX_TITLE_TOKENS) {
                return false;
            }
        }
        return j == first && (first == 0 || newlines(text, tokens.get(first - 1).end(), tokens.get(first).start()) > 0);
    }

    private static boolean isIndented(String text, int from, int to) {
        int p = to;
        int spaces = 0;
        while (p > from) {
            char c = text.charAt(p - 1);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                break;
            }
            if (c == '\t') {
                return true;
            }
            spaces++;
            p--;
        }
        return spaces >= 2;
    }

    /** Line breaks in text[from, to): 0, 1, or 2 for two or more ("\r\n" counts once, U+2029 twice). */
    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c == '\n') {
                count++;
            } else if (c == '\r') {
                if (p + 1 < to && text.charAt(p + 1) == '\n') {
                    p++;
                }
                count++;
            } else if (c == '\u2029') {
                count += 2;
            } else if (c == '\u2028' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                count++;
            } else {
                continue;
            }
            if (count >= 2) {
                return 2;
            }
        }
        return count;
    }
}
