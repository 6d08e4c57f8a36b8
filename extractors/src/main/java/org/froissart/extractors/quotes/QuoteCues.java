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
    /** Person titles and their CAMEO sector ("minister" → GOV), from the pack's entity-cues.tsv and agents.tsv. */
    final java.util.Map<String, String> roles = new java.util.HashMap<>();

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
        // Person titles ("ministre", "secretary"), with the sector of the same word in agents.tsv.
        java.util.Set<String> titles = new HashSet<>();
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "entity-cues.tsv"))) {
            if (Tsv.column(row, 1).equals("title")) {
                titles.add(Tsv.column(row, 0).toLowerCase());
            }
        }
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "agents.tsv"))) {
            String form = Tsv.column(row, 0).toLowerCase();
            if (titles.contains(form)) {
                c.roles.putIfAbsent(form, Tsv.column(row, 1));
            }
        }
        return c;
    }
}
