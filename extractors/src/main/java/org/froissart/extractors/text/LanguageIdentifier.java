package org.froissart.extractors.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.froissart.api.Document;

/**
 * Identifies the language of news text by counting frequent function words of French, English,
 * German, Spanish, Italian, Portuguese and Dutch in its first 3,000 characters. A word shared by k
 * languages counts 1/k for each. Immutable and thread-safe.
 */
public final class LanguageIdentifier {
    static final String[] LANGUAGES = {"fr", "en", "de", "es", "it", "pt", "nl"};
    private static final int MAX_CHARS = 3000;
    private static final int MIN_HITS = 5;
    private static final int MAX_WORD = 24;

    /** Function word → bit set of the languages using it. */
    private final Map<String, Integer> words;

    private LanguageIdentifier(Map<String, Integer> words) {
        this.words = Map.copyOf(words);
    }

    /** Reads the stop-word lists {@code /froissart/langid/{fr,en,de,es,it,pt,nl}.txt}. */
    public static LanguageIdentifier load() {
        Map<String, Integer> words = new HashMap<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            String path = "/froissart/langid/" + LANGUAGES[l] + ".txt";
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + path);
                }
                Set<String> lines = TextResources.readLines(in);
                for (String w : lines) {
                    String key = TextNormalizer.norm(w, 0, w.length());
                    words.merge(key, 1 << l, (a, b) -> a | b);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return new LanguageIdentifier(words);
    }

    /**
     * @return an ISO 639-1 code, or {@link Document#UNDETERMINED} ("und") when the text has fewer
     *         than 5 function words
     */
    public String identify(CharSequence text) {
        if (text == null) {
            return Document.UNDETERMINED;
        }
        int limit = Math.min(text.length(), MAX_CHARS);
        int n = Math.min(text.length(), MAX_CHARS + 2 * MAX_WORD);
        double[] score = new double[LANGUAGES.length];
        int hits = 0;
        StringBuilder w = new StringBuilder(MAX_WORD + 1);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (w.length() <= MAX_WORD) {
                    w.append(Character.toLowerCase(c));
                }
                i++;
                continue;
            }
            if (w.length() > 0) {
                boolean apostrophe = (c == '\'' || c == '\u2019' || c == '\u02BC') && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1));
                Integer m = null;
                if (apostrophe) {
                    w.append('\'');
                    m = words.get(w.toString());
                    w.setLength(w.length() - 1);
                }
                if (m == null && w.length() <= MAX_WORD) {
                    m = words.get(w.toString());
                }
                hits += count(m, score);
                w.setLength(0);
            }
            if (i >= limit) {
                break; // stop at the first word boundary past the limit
            }
            i++;
        }
        if (w.length() > 0 && w.length() <= MAX_WORD) {
            hits += count(words.get(w.toString()), score);
        }
        if (hits < MIN_HITS) {
            return Document.UNDETERMINED;
        }
        int best = 0;
        for (int l = 1; l < LANGUAGES.length; l++) {
            if (score[l] > score[best]) {
                best = l;
            }
        }
        return LANGUAGES[best];
    }

    private static int count(Integer mask, double[] score) {
        if (mask == null) {
            return 0;
        }
        int m = mask;
        double weight = 1.0 / Integer.bitCount(m);
        for (int l = 0; l < LANGUAGES.length; l++) {
            if ((m & (1 << l)) != 0) {
                score[l] += weight;
            }
        }
        return 1;
    }
}
