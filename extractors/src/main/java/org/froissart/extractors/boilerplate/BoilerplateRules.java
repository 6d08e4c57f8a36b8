package org.froissart.extractors.boilerplate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.froissart.extractors.util.Tsv;

/**
 * Phrases that mark boilerplate in one language (froissart/lang/xx/boilerplate.tsv):
 * {@code line} marks a line that starts with the phrase, {@code paragraph} a short paragraph that
 * contains it anywhere.
 */
public final class BoilerplateRules {
    final List<String> lineStarts = new ArrayList<>();
    final List<String> paragraphPhrases = new ArrayList<>();

    public static BoilerplateRules load(Function<String, InputStream> opener, String path) {
        BoilerplateRules r = new BoilerplateRules();
        for (String[] row : Tsv.read(opener, path)) {
            String phrase = normalize(Tsv.column(row, 0));
            String scope = Tsv.column(row, 1);
            if (phrase.isEmpty()) {
                continue;
            }
            switch (scope) {
                case "line" -> r.lineStarts.add(phrase);
                case "paragraph" -> r.paragraphPhrases.add(phrase);
                default -> throw new IllegalArgumentException(path + ": scope must be 'line' or 'paragraph', not '" + scope + "'");
            }
        }
        return r;
    }

    public BoilerplateRules merge(BoilerplateRules other) {
        BoilerplateRules r = new BoilerplateRules();
        r.lineStarts.addAll(lineStarts);
        r.lineStarts.addAll(other.lineStarts);
        r.paragraphPhrases.addAll(paragraphPhrases);
        r.paragraphPhrases.addAll(other.paragraphPhrases);
        return r;
    }

    /** Lower case with typographic apostrophes folded, so rules are written once. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u00a0', ' ');
    }
}
