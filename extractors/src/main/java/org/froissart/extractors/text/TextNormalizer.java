package org.froissart.extractors.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Normal forms of token text: the {@code norm} of a {@link org.froissart.api.Token}.
 *
 * <p>{@link #norm} lower-cases (per character, {@code Locale.ROOT} rules, so the length never grows
 * except for supplementary characters), folds typographic apostrophes to {@code '}, typographic
 * quotes to {@code "}, the dashes U+2010, U+2011, U+2013 to {@code -} when they join two letters
 * or digits, no-break spaces to a plain space, and drops invisible format characters (soft hyphen,
 * zero-width joiners, bidi marks). Accents are kept.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The normal form of {@code s[start, end)}. */
    public static String norm(CharSequence s, int start, int end) {
        Objects.checkFromToIndex(start, end, s.length());
        int i = start;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if ((c >= 'A' && c <= 'Z') || c == '`') {
                    break;
                }
            } else if (Character.isSurrogate(c) || map(s, i, start, end, c) != c) {
                break;
            }
        }
        if (i == end) {
            return s instanceof String str ? str.substring(start, end) : s.subSequence(start, end).toString();
        }
        StringBuilder sb = new StringBuilder(end - start);
        sb.append(s, start, i);
        while (i < end) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                if (Character.getType(cp) != Character.FORMAT) {
                    sb.appendCodePoint(Character.toLowerCase(cp));
                }
                i += 2;
                continue;
            }
            int m = map(s, i, start, end, c);
            if (m >= 0) {
                sb.append((char) m);
            }
            i++;
        }
        return sb.toString();
    }

    /** The folded, lower-cased form of one char, or -1 to drop it. */
    private static int map(CharSequence s, int i, int start, int end, char c) {
        switch (c) {
            case '\u2019': case '\u02BC': case '\u2018': case '`':
                return '\'';
            case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E':
                return '"';
            case '\u2010': case '\u2011': case '\u2013':
                return i > start && i + 1 < end && Character.isLetterOrDigit(s.charAt(i - 1))
                        && Character.isLetterOrDigit(s.charAt(i + 1)) ? '-' : c;
            case '\u00A0': case '\u202F': case '\u2007':
                return ' ';
            default:
                if (c >= 0x80 && Character.getType(c) == Character.FORMAT) {
                    return -1;
                }
                return Character.toLowerCase(c);
        }
    }

    /**
     * {@code s} without its accents and other combining marks ("États-Unis" → "Etats-Unis"), for
     * matching text where the press dropped accents on capitals. Case is kept.
     */
    public static String stripAccents(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c);
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
