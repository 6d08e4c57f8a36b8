package org.froissart.extractors.entities;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.froissart.api.EntityType;
import org.froissart.api.Token;
import org.froissart.extractors.lang.LanguagePacks;
import org.froissart.extractors.match.StringTable;
import org.froissart.extractors.match.TokenTrie;
import org.froissart.extractors.text.Tokenizer;
import org.froissart.extractors.util.BinaryResource;
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

    /** The compiled form of a pack's knowledge, next to its word lists (see {@link #write}). */
    public static final String COMPILED = "knowledge.bin";
    private static final String FORMAT = "FKNW";
    private static final int VERSION = 1;

    final String language;
    final Tokenizer tokenizer;
    final TokenTrie<Place> places;
    final TokenTrie<Actor> actors;
    final TokenTrie<String> demonyms;
    final TokenTrie<String> agents;
    final Map<String, String> countryNames = new HashMap<>();
    final Set<String> countryCodes = new HashSet<>();
    final Set<String> titleWords;
    final Set<String> orgKeywords;
    final Set<String> connectors;
    private final StringTable strings;
    private final PlaceTable placeTable;
    private final ActorTable actorTable;

    private Knowledge(String language, Tokenizer tokenizer, Set<String> titleWords, Set<String> orgKeywords, Set<String> connectors,
                      Map<String, String> countryNames, StringTable strings, PlaceTable placeTable, ActorTable actorTable,
                      TokenTrie<Place> places, TokenTrie<Actor> actors, TokenTrie<String> demonyms, TokenTrie<String> agents) {
        this.language = language;
        this.tokenizer = tokenizer;
        this.titleWords = titleWords;
        this.orgKeywords = orgKeywords;
        this.connectors = connectors;
        this.countryNames.putAll(countryNames);
        this.countryCodes.addAll(countryNames.keySet());
        this.strings = strings;
        this.placeTable = placeTable;
        this.actorTable = actorTable;
        this.places = places;
        this.actors = actors;
        this.demonyms = demonyms;
        this.agents = agents;
    }

    /**
     * Compiles the knowledge of a language from its word lists, the source of truth. The build does this
     * once per language pack and ships the result ({@link #write}); a run reads that ({@link #read}).
     */
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
        // Reading and tokenizing the actor table is half the work: another thread does it meanwhile.
        CompletableFuture<List<Row>> actorLines = CompletableFuture.supplyAsync(() -> rows(opener, "froissart/actors/actors.tsv", tokenizer));
        StringTable.Builder strings = new StringTable.Builder();
        PlaceTable.Builder placeRows = new PlaceTable.Builder(strings);
        TokenTrie.Builder places = new TokenTrie.Builder(strings);
        Map<String, String> countryNames = new HashMap<>();
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "places.tsv"))) {
            String iso = Tsv.column(row, 2);
            String pop = Tsv.column(row, 4);
            String kind = Tsv.column(row, 1);
            int place = placeRows.add(row[0], kind, iso.isEmpty() ? null : iso, Tsv.column(row, 3),
                    pop.isEmpty() ? 0 : Long.parseLong(pop));
            places.add(norms(row[0], tokenizer), place);
            if (kind.equals("country") && !iso.isEmpty()) {
                countryNames.putIfAbsent(iso, Tsv.column(row, 3));
            }
        }
        ActorTable.Builder actorRows = new ActorTable.Builder(strings);
        TokenTrie.Builder actors = new TokenTrie.Builder(strings);
        for (Row r : join(actorLines)) {
            String[] row = r.columns();
            String type = Tsv.column(row, 4);
            EntityType t = type.equals("PERSON") ? EntityType.PERSON : type.equals("LOCATION") ? EntityType.LOCATION : EntityType.ORGANIZATION;
            int actor = actorRows.add(row[0], Tsv.column(row, 1), date(Tsv.column(row, 2)), date(Tsv.column(row, 3)), t,
                    Tsv.column(row, 5).isEmpty() ? row[0] : Tsv.column(row, 5));
            actors.add(r.norms(), actor);
        }
        TokenTrie.Builder demonyms = new TokenTrie.Builder(strings);
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "demonyms.tsv"))) {
            demonyms.add(norms(row[0], tokenizer), strings.add(Tsv.column(row, 1)));
        }
        TokenTrie.Builder agents = new TokenTrie.Builder(strings);
        for (String[] row : Tsv.read(opener, LanguagePacks.path(language, "agents.tsv"))) {
            agents.add(norms(row[0], tokenizer), strings.add(Tsv.column(row, 1)));
        }
        StringTable table = strings.build();
        PlaceTable placeTable = placeRows.build(table);
        ActorTable actorTable = actorRows.build(table);
        return new Knowledge(language, tokenizer, titles, orgs, connectors, countryNames, table, placeTable, actorTable,
                places.build(table, placeTable), actors.build(table, actorTable), demonyms.build(table, table::get),
                agents.build(table, table::get));
    }

    /** Writes the compiled form that {@link #read} loads. The same word lists always give the same bytes. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream d = BinaryResource.create(out, FORMAT, VERSION);
        BinaryResource.writeString(d, language);
        for (Set<String> words : List.of(titleWords, orgKeywords, connectors)) {
            d.writeInt(words.size());
            for (String w : new TreeSet<>(words)) {
                BinaryResource.writeString(d, w);
            }
        }
        d.writeInt(countryNames.size());
        for (Map.Entry<String, String> e : new TreeMap<>(countryNames).entrySet()) {
            BinaryResource.writeString(d, e.getKey());
            BinaryResource.writeString(d, e.getValue());
        }
        strings.write(d);
        placeTable.write(d);
        actorTable.write(d);
        places.write(d);
        actors.write(d);
        demonyms.write(d);
        agents.write(d);
        d.flush();
    }

    /**
     * Reads a compiled form written by {@link #write}: bulk reads of flat arrays, no parsing; a place or
     * actor record is made when a text first mentions it.
     *
     * @param tokenizer the language's tokenizer, the one the knowledge was compiled with
     * @throws IOException when the file is corrupt, of another format version or of another language
     */
    public static Knowledge read(InputStream in, String language, Tokenizer tokenizer) throws IOException {
        String path = LanguagePacks.path(language, COMPILED);
        ByteBuffer b = BinaryResource.open(in, FORMAT, VERSION, path);
        try {
            String compiledFor = BinaryResource.readString(b);
            if (!compiledFor.equals(language)) {
                throw new IOException(path + " holds the knowledge of language '" + compiledFor + "'");
            }
            List<Set<String>> cues = new ArrayList<>(3);
            for (int c = 0; c < 3; c++) {
                int n = b.getInt();
                Set<String> words = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    words.add(BinaryResource.readString(b));
                }
                cues.add(words);
            }
            int countries = b.getInt();
            Map<String, String> countryNames = new HashMap<>();
            for (int i = 0; i < countries; i++) {
                countryNames.put(BinaryResource.readString(b), BinaryResource.readString(b));
            }
            StringTable strings = StringTable.read(b);
            PlaceTable placeTable = PlaceTable.read(b, strings);
            ActorTable actorTable = ActorTable.read(b, strings);
            TokenTrie<Place> places = TokenTrie.read(b, strings, placeTable);
            TokenTrie<Actor> actors = TokenTrie.read(b, strings, actorTable);
            TokenTrie<String> demonyms = TokenTrie.read(b, strings, strings::get);
            TokenTrie<String> agents = TokenTrie.read(b, strings, strings::get);
            BinaryResource.end(b, path);
            return new Knowledge(language, tokenizer, cues.get(0), cues.get(1), cues.get(2), countryNames, strings, placeTable, actorTable,
                    places, actors, demonyms, agents);
        } catch (RuntimeException e) {
            throw new IOException(path + " is corrupt: " + e, e);
        }
    }

    /** A row of a word list and the token norms of its first column. */
    private record Row(String[] columns, List<String> norms) {
    }

    private static List<Row> rows(Function<String, InputStream> opener, String path, Tokenizer tokenizer) {
        List<String[]> lines = Tsv.read(opener, path);
        List<Row> rows = new ArrayList<>(lines.size());
        for (String[] columns : lines) {
            rows.add(new Row(columns, norms(columns[0], tokenizer)));
        }
        return rows;
    }

    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static LocalDate date(String s) {
        if (s.isEmpty()) {
            return null;
        }
        // YYYY-MM-DD, read by hand: LocalDate.parse is slow on a cold JVM and this runs 48,000 times.
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
        return norms(name, tokenizer);
    }

    private static List<String> norms(String name, Tokenizer tokenizer) {
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

    /** The knowledge of a language, read once per run from its pack's compiled form, or compiled from its word lists. */
    public static Knowledge shared(org.froissart.api.PluginContext context, String lang) {
        return context.shared("froissart.knowledge." + lang, Knowledge.class, () -> {
            Tokenizer tokenizer = new Tokenizer(org.froissart.extractors.text.TextResources.loadAbbreviations(context::openResource, lang));
            String compiled = LanguagePacks.path(lang, COMPILED);
            if (!context.hasResource(compiled)) {
                // A pack made outside this build, without the compiled form: slower, same result.
                return load(context::openResource, lang, tokenizer);
            }
            try (InputStream in = context.openResource(compiled)) {
                return read(in, lang, tokenizer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + compiled + ": " + e.getMessage(), e);
            }
        });
    }

    public String countryName(String iso3) {
        return countryNames.get(iso3);
    }

    public String language() {
        return language;
    }
}
