package org.froissart.extractors.lang;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.froissart.extractors.entities.Knowledge;
import org.froissart.extractors.ner.Gazetteer;
import org.froissart.extractors.ner.NerResources;
import org.froissart.extractors.text.TextResources;
import org.froissart.extractors.text.Tokenizer;

/**
 * Compiles a language pack's dictionaries into the binary forms it ships next to them: the entity
 * knowledge ({@value Knowledge#COMPILED}: places, actors, demonyms and agents as token tries) and the
 * tagger's gazetteer ({@code ner/}{@value NerResources#COMPILED_GAZETTEER}). Reading those is a few bulk
 * reads instead of parsing and tokenizing some 200,000 lines, most of a run's start-up before.
 *
 * <p>The word lists stay the source of truth: each language plugin's build runs this after copying
 * its resources (exec-maven-plugin, phase process-resources), so the binary forms are never edited or
 * committed, and the same lists always give the same bytes.
 *
 * <p>Usage: {@code PackCompiler LANGUAGE CLASSES_DIR}, with the pack's resources and the extractors
 * (which ship the actor table) on the class path.
 */
public final class PackCompiler {
    private PackCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PackCompiler LANGUAGE CLASSES_DIR");
        }
        ClassLoader cl = PackCompiler.class.getClassLoader();
        for (Map.Entry<String, byte[]> e : compile(cl::getResourceAsStream, args[0]).entrySet()) {
            Path target = Path.of(args[1]).resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }

    /**
     * The compiled files of a language's pack, by resource path.
     *
     * @param opener opens a resource, returning null when it is missing
     */
    public static Map<String, byte[]> compile(Function<String, InputStream> opener, String language) {
        if (!exists(opener, LanguagePacks.path(language, "pack.properties"))) {
            throw new IllegalArgumentException("no language pack '" + language + "' on the class path");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            Knowledge k = Knowledge.load(opener, language, new Tokenizer(TextResources.loadAbbreviations(opener, language)));
            ByteArrayOutputStream knowledge = new ByteArrayOutputStream();
            k.write(knowledge);
            out.put(LanguagePacks.path(language, Knowledge.COMPILED), knowledge.toByteArray());
            if (exists(opener, NerResources.directory(language) + "model.bin")) {
                Gazetteer g = NerResources.loadGazetteer(opener, language,
                        new Tokenizer(NerResources.abbreviations(opener, language))::tokenize);
                ByteArrayOutputStream gazetteer = new ByteArrayOutputStream();
                g.write(gazetteer);
                out.put(NerResources.directory(language) + NerResources.COMPILED_GAZETTEER, gazetteer.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * What is wrong with the compiled files a pack ships, or an empty list: each must be there, equal
     * the pack's word lists compiled now, and read back to the same bytes. A pack's test calls this so
     * a stale or hand-edited binary form fails the build.
     */
    public static List<String> checkShipped(Function<String, InputStream> opener, String language) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> compiled = compile(opener, language);
        for (Map.Entry<String, byte[]> e : compiled.entrySet()) {
            byte[] shipped = read(opener, e.getKey());
            if (shipped == null) {
                problems.add(e.getKey() + " is missing: the build's PackCompiler step did not run");
            } else if (!Arrays.equals(shipped, e.getValue())) {
                problems.add(e.getKey() + " is stale: rebuild the pack");
            } else if (!Arrays.equals(shipped, reread(e.getKey(), shipped, opener, language))) {
                problems.add(e.getKey() + " does not read back to the same bytes");
            }
        }
        return problems;
    }

    private static byte[] reread(String path, byte[] bytes, Function<String, InputStream> opener, String language) {
        try {
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            if (path.endsWith(Knowledge.COMPILED)) {
                Knowledge.read(new ByteArrayInputStream(bytes), language,
                        new Tokenizer(TextResources.loadAbbreviations(opener, language))).write(again);
            } else {
                Gazetteer.read(new ByteArrayInputStream(bytes), path).write(again);
            }
            return again.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Function<String, InputStream> opener, String path) {
        try (InputStream in = opener.apply(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(Function<String, InputStream> opener, String path) {
        try (InputStream in = opener.apply(path)) {
            return in != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
