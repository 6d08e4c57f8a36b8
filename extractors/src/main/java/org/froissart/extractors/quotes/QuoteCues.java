package org.froissart.extractors.quotes;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.froissart.extractors.lang.LanguagePacks;
import org.froissart.extractors.util.Tsv;

/** A language's attribution words (froissart/lang/xx/quote-cues.tsv). */
final class QuoteCues {
    final Set<String> verbs = new HashSet<>();
    final Set<String> according = new HashSet<>();
    final Set<String> pronouns = new HashSet<>();
    final Set<String> stops = new HashSet<>();

    static QuoteCues load(Function<String, InputStream> opener, String language) {
        QuoteCues c = new QuoteCues();
        String path = LanguagePacks.path(language, "quote-cues.tsv");
        for (String[] row : Tsv.read(opener, path)) {
            String form = Tsv.column(row, 0).toLowerCase();
            switch (Tsv.column(row, 1)) {
                case "verb" -> c.verbs.add(form);
                case "according" -> c.according.add(form);
                case "pronoun" -> c.pronouns.add(form);
                case "stop" -> c.stops.add(form);
                default -> throw new IllegalArgumentException(path + ": kind must be verb, according, pronoun or stop: " + String.join("\t", row));
            }
        }
        return c;
    }
}
