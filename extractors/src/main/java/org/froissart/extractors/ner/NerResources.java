package org.froissart.extractors.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.froissart.api.Token;
import org.froissart.extractors.text.TextResources;
import org.froissart.extractors.text.Tokenizer;

/**
 * Loads a language's bundled tagger: {@code froissart/lang/{lang}/ner/model.bin} and the word
 * lists next to it ({@link #LISTS}, one entry per line, '#' comments), tokenized with the
 * project {@link Tokenizer} so entries match token norms.
 */
public final class NerResources {
    /** List files (without ".txt"), each one gazetteer category. */
    public static final List<String> LISTS = List.of("loc", "per", "first", "org", "orgkey", "title", "demonym");

    private NerResources() {}

    /** The compiled gazetteer a pack ships next to its lists, made from them by the build ({@link Gazetteer#write}). */
    public static final String COMPILED_GAZETTEER = "gazetteer.bin";

    public static String directory(String lang) {
        return "froissart/lang/" + lang + "/ner/";
    }

    /**
     * Loads model and lists of a language, the lists from their compiled form when the pack ships it;
     * opener returns null for a missing resource.
     */
    public static NameTagger load(Function<String, InputStream> opener, String lang) {
        Gazetteer gazetteer = compiledGazetteer(opener, lang);
        if (gazetteer == null) {
            gazetteer = loadGazetteer(opener, lang, new Tokenizer(abbreviations(opener, lang))::tokenize);
        }
        String path = directory(lang) + "model.bin";
        try (InputStream in = opener.apply(path)) {
            if (in == null) {
                throw new IllegalStateException("missing NER model " + path);
            }
            return NameTagger.load(in, gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The pack's compiled gazetteer, or null when it ships none. */
    private static Gazetteer compiledGazetteer(Function<String, InputStream> opener, String lang) {
        String path = directory(lang) + COMPILED_GAZETTEER;
        try (InputStream in = opener.apply(path)) {
            return in == null ? null : Gazetteer.read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The language's abbreviations for the tokenizer, or none when the resource is missing. */
    public static java.util.Set<String> abbreviations(Function<String, InputStream> opener, String lang) {
        try {
            return TextResources.loadAbbreviations(opener, lang);
        } catch (IllegalArgumentException e) {
            return java.util.Set.of();
        }
    }

    /** Builds the gazetteer from the language's lists (missing lists give empty categories). */
    public static Gazetteer loadGazetteer(Function<String, InputStream> opener, String lang,
                                          Function<String, List<Token>> tokenizer) {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (String list : LISTS) {
            b.category(list);
            String path = directory(lang) + list + ".txt";
            try (InputStream in = opener.apply(path)) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                List<String> norms = new ArrayList<>();
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    norms.clear();
                    if (plainWords(line)) {
                        // Most entries are letters and spaces: split them as the tokenizer would, without it.
                        for (String w : line.split(" ")) {
                            if (!w.isEmpty()) {
                                norms.add(w.toLowerCase(java.util.Locale.ROOT));
                            }
                        }
                    } else {
                        for (Token t : tokenizer.apply(line)) {
                            norms.add(t.norm());
                        }
                    }
                    b.add(list, norms);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return b.build();
    }

    private static boolean plainWords(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}
