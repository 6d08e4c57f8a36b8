package org.froissart.extractors.entities;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.froissart.api.EntityType;
import org.froissart.api.Token;
import org.froissart.extractors.lang.LanguagePacks;
import org.froissart.extractors.match.TokenTrie;
import org.froissart.extractors.text.Tokenizer;
import org.froissart.extractors.util.Tsv;

/**
 * What one language knows about actors, compiled once into token tries: places, named actors
 * (Phoenix dictionaries and the language's own forms), demonyms and agent words (roles that give
 * an actor's sector).
 */
public final class Knowledge {
    /** A gazetteer place. {@code iso3} is null for regions and continents. */
    public record Place(String surface, String kind, String iso3, String canonical, long population) {
    }

    /** A named actor with the period its code holds (null bounds are open). */
    public record Actor(String surface, String code, LocalDate from, LocalDate to, EntityType type, String canonical) {
        boolean covers(LocalDate date) {
            if (date == null) {
                return from == null && to == null;
            }
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    final String language;
    final Tokenizer tokenizer;
    final TokenTrie<Place> places = new TokenTrie<>();
    final TokenTrie<Actor> actors = new TokenTrie<>();
    final TokenTrie<String> demonyms = new TokenTrie<>();
    final TokenTrie<String> agents = new TokenTrie<>();
    final Map<String, String> countryNames = new HashMap<>();
    final Set<String> countryCodes = new HashSet<>();
    final Set<String> titleWords;
    final Set<String> orgKeywords;
    final Set<String> connectors;

    private Knowledge(String language, Tokenizer tokenizer, Set<String> titleWords, Set<String> orgKeywords, Set<String> connectors) {
        this.language = language;
        this.tokenizer = tokenizer;
        this.titleWords = titleWords;
        this.orgKeywords = orgKeywords;
        this.connectors = connectors;
    }

    public static Knowledge load(Function<String, InputStream> opener, String language, Tokenizer tokenizer) {
        List<String[]> cues = Tsv.read(opener, LanguagePacks.path(language, "entity-cues.tsv"));
        Set<String> titles = new HashSet<>();
        Set<String> orgs = new HashSet<>();
        Set<String> connectors = new HashSet<>();
        for (String[] row : cues) {
            String word = Tsv.column(row, 0).toLowerCase();
            switch (Tsv.column(row, 1)) {
                case "title" -> titles.add(word);
                case "org" -> orgs.add(word);
                case "connector" -> connectors.add(word);
                default -> throw new IllegalArgumentException("entity-cues.tsv: kind must be title, org or connector: " + String.join("\t", row));
            }
        }
        Knowledge k = new Knowledge(language, tokenizer, titles, orgs, connectors);
        // Places and actors are the two big tables: build them on two threads.
        java.util.concurrent.CompletableFuture<Void> actors = java.util.concurrent.CompletableFuture.runAsync(() -> k.loadActors(opener));
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "places.tsv"))) {
            String iso = Tsv.column(row, 2);
            String pop = Tsv.column(row, 4);
            Place p = new Place(row[0], Tsv.column(row, 1), iso.isEmpty() ? null : iso, Tsv.column(row, 3),
                    pop.isEmpty() ? 0 : Long.parseLong(pop));
            k.places.add(k.norms(row[0]), p);
            if (p.kind().equals("country") && p.iso3() != null) {
                k.countryCodes.add(p.iso3());
                k.countryNames.putIfAbsent(p.iso3(), p.canonical());
            }
        }
        actors.join();
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "demonyms.tsv"))) {
            k.demonyms.add(k.norms(row[0]), Tsv.column(row, 1));
        }
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "agents.tsv"))) {
            k.agents.add(k.norms(row[0]), Tsv.column(row, 1));
        }
        return k;
    }

    private void loadActors(Function<String, InputStream> opener) {
        for (String[] row : Tsv.read(opener, "froissart/actors/actors.tsv")) {
            addActor(row);
        }
    }

    private void addActor(String[] row) {
        String type = Tsv.column(row, 4);
        EntityType t = type.equals("PERSON") ? EntityType.PERSON : type.equals("LOCATION") ? EntityType.LOCATION : EntityType.ORGANIZATION;
        actors.add(norms(row[0]), new Actor(row[0], Tsv.column(row, 1), date(Tsv.column(row, 2)), date(Tsv.column(row, 3)), t,
                Tsv.column(row, 5).isEmpty() ? row[0] : Tsv.column(row, 5)));
    }

    private static LocalDate date(String s) {
        if (s.isEmpty()) {
            return null;
        }
        // YYYY-MM-DD, read by hand: LocalDate.parse is slow on a cold JVM and this runs 48,000 times at start-up.
        return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
    }

    private static boolean plainWords(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && !Character.isLetter(c)) {
                return false;
            }
        }
        return !name.isEmpty() && name.charAt(0) != ' ';
    }

    List<String> norms(String name) {
        if (plainWords(name)) {
            // Most names are letters and spaces: split them directly, as the tokenizer would.
            List<String> out = new ArrayList<>(2);
            int start = 0;
            for (int i = 0; i <= name.length(); i++) {
                if (i == name.length() || name.charAt(i) == ' ') {
                    if (i > start) {
                        out.add(name.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                    }
                    start = i + 1;
                }
            }
            return out;
        }
        List<Token> tokens = tokenizer.tokenize(name);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.norm());
        }
        return out;
    }

    /** The country of a CAMEO-style code: its first three letters when they are a country. */
    public String countryOf(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String c = code.substring(0, 3);
        return countryCodes.contains(c) ? c : null;
    }

    /** A demonym ("russe", "Americans") at token i: its country. */
    public TokenTrie.Match<String> demonymAt(List<Token> tokens, int i, int limit) {
        return demonyms.longest(tokens, i, limit);
    }

    /** An agent word or phrase ("armée", "porte-parole", "police") at token i: its sector. */
    public TokenTrie.Match<String> agentAt(List<Token> tokens, int i, int limit) {
        return agents.longest(tokens, i, limit);
    }

    /** The knowledge of a language, built once per run. */
    public static Knowledge shared(org.froissart.api.PluginContext context, String lang) {
        return context.shared("froissart.knowledge." + lang, Knowledge.class, () -> load(context::openResource, lang,
                new Tokenizer(org.froissart.extractors.text.TextResources.loadAbbreviations(context::openResource, lang))));
    }

    public String countryName(String iso3) {
        return countryNames.get(iso3);
    }

    public String language() {
        return language;
    }
}
