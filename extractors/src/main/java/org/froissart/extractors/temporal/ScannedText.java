package org.froissart.extractors.temporal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cheap, allocation-light token scan used by the rule engines of this package and of
 * {@code org.froissart.extractors.amounts}.
 *
 * <p>Tokens are maximal runs of ASCII digits ({@link #NUMBER}), maximal runs of letters and
 * combining marks ({@link #WORD}), or any other single non-space character ({@link #SYMBOL};
 * a surrogate pair is one symbol). Whitespace (including no-break and narrow no-break spaces)
 * and format characters separate tokens and are not tokens. "1er" is therefore NUMBER "1" +
 * WORD "er", "aujourd'hui" is WORD SYMBOL WORD and "M€" is WORD SYMBOL; engines use
 * {@link #adjacent(int)} to know whether two tokens touch.
 *
 * <p>{@link #norm(int)} is lower case (Locale.ROOT) for words; typographic apostrophes fold
 * to {@code '} and typographic hyphens to {@code -}. The scan is a single linear char loop,
 * no regular expressions. Instances are per call and not thread-safe; rule tables are.
 */
public final class ScannedText {
    public static final byte WORD = 1;
    public static final byte NUMBER = 2;
    public static final byte SYMBOL = 3;

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] types;
    private String[] norms;
    private int[] hashes;
    private boolean[] hashed;

    /** Returned by {@link #normHash(int)} when the hash cannot be computed without building the norm. */
    public static final int UNKNOWN_HASH = 0;

    private ScannedText(String text, int capacity) {
        this.text = text;
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.types = new byte[capacity];
    }

    /** Scans {@code text} (null is treated as empty). */
    public static ScannedText of(String text) {
        String s = text == null ? "" : text;
        int n = s.length();
        ScannedText t = new ScannedText(s, Math.max(8, n / 4));
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int b = i++;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                t.add(b, i, NUMBER);
            } else if (isLetter(c)) {
                int b = i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isLetter(d) || (d >= 0x300 && isMark(d))) {
                        i++;
                    } else {
                        break;
                    }
                }
                t.add(b, i, WORD);
            } else if (isSpace(c)) {
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                t.add(i, i + 2, SYMBOL);
                i += 2;
            } else {
                t.add(i, i + 1, SYMBOL);
                i++;
            }
        }
        return t;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            int l = c | 0x20;
            return l >= 'a' && l <= 'z';
        }
        return Character.isLetter(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** True for the characters that separate tokens without being one. */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B || c == 0;
        }
        if (c < 0x80) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private void add(int start, int end, byte type) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            types = Arrays.copyOf(types, cap);
        }
        starts[size] = start;
        ends[size] = end;
        types[size] = type;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int length(int i) {
        return ends[i] - starts[i];
    }

    public byte type(int i) {
        return types[i];
    }

    public boolean isType(int i, byte type) {
        return i >= 0 && i < size && types[i] == type;
    }

    /** True when token {@code i} exists and starts exactly where token {@code i - 1} ends. */
    public boolean adjacent(int i) {
        return i > 0 && i < size && starts[i] == ends[i - 1];
    }

    /** True when token {@code i} is the single symbol {@code c} (after folding). */
    public boolean isSymbol(int i, char c) {
        if (i < 0 || i >= size || types[i] != SYMBOL || ends[i] - starts[i] != 1) {
            return false;
        }
        return foldSymbol(text.charAt(starts[i])) == c;
    }

    /** True when the first char of token {@code i} is upper case. */
    public boolean capitalized(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Raw text of token {@code i}. */
    public String raw(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** Integer value of a NUMBER token of at most 9 digits, else -1. */
    public int intValue(int i) {
        if (types[i] != NUMBER || ends[i] - starts[i] > 9) {
            return -1;
        }
        int v = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            v = v * 10 + (text.charAt(k) - '0');
        }
        return v;
    }

    /**
     * {@code norm(i).hashCode()} computed from the raw chars without allocating, or
     * {@link #UNKNOWN_HASH} for the rare tokens where per-char folding may differ from
     * {@link #norm(int)} (combining marks, dotted capital I, capital sigma, surrogates).
     */
    public int normHash(int i) {
        if (hashes == null) {
            hashes = new int[starts.length];
            hashed = new boolean[starts.length];
        }
        if (hashed[i]) {
            return hashes[i];
        }
        int h = computeHash(i);
        hashes[i] = h;
        hashed[i] = true;
        return h;
    }

    private int computeHash(int i) {
        int s = starts[i];
        int e = ends[i];
        int h = 0;
        switch (types[i]) {
            case WORD:
                for (int k = s; k < e; k++) {
                    char c = text.charAt(k);
                    if (c < 128) {
                        c = (char) (c | 0x20);
                    } else {
                        if (c == '\u0130' || c == '\u03A3' || (c >= 0x300 && c <= 0x36F) || Character.isSurrogate(c)) {
                            return UNKNOWN_HASH;
                        }
                        c = Character.toLowerCase(c);
                    }
                    h = 31 * h + c;
                }
                return h == UNKNOWN_HASH ? 1 : h;
            case SYMBOL:
                if (e - s != 1) {
                    return UNKNOWN_HASH;
                }
                h = foldSymbol(text.charAt(s));
                return h == UNKNOWN_HASH ? 1 : h;
            default:
                for (int k = s; k < e; k++) {
                    h = 31 * h + text.charAt(k);
                }
                return h == UNKNOWN_HASH ? 1 : h;
        }
    }

    /** Normalized form of token {@code i}, computed lazily and cached. */
    public String norm(int i) {
        if (norms == null) {
            norms = new String[starts.length];
        }
        String v = norms[i];
        if (v == null) {
            v = computeNorm(i);
            norms[i] = v;
        }
        return v;
    }

    private String computeNorm(int i) {
        int s = starts[i];
        int e = ends[i];
        switch (types[i]) {
            case WORD: {
                String w = text.substring(s, e).toLowerCase(Locale.ROOT);
                for (int k = 0; k < w.length(); k++) {
                    if (w.charAt(k) >= 0x300 && w.charAt(k) <= 0x36F) {
                        return Normalizer.normalize(w, Normalizer.Form.NFC);
                    }
                }
                return w;
            }
            case SYMBOL:
                if (e - s == 1) {
                    char f = foldSymbol(text.charAt(s));
                    return f < SINGLE.length ? SINGLE[f] : String.valueOf(f);
                }
                return text.substring(s, e);
            default:
                return text.substring(s, e);
        }
    }

    private static final String[] SINGLE = new String[256];

    static {
        for (int c = 0; c < SINGLE.length; c++) {
            SINGLE[c] = String.valueOf((char) c).intern();
        }
    }

    /** Folds typographic apostrophes to {@code '} and typographic hyphens to {@code -}. */
    public static char foldSymbol(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u2032': case '\u00B4':
                return '\'';
            case '\u2010': case '\u2011':
                return '-';
            default:
                return c;
        }
    }
}
