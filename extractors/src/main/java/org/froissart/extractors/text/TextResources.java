package org.froissart.extractors.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Loading of per-language text resources shipped by the language plugins. */
public final class TextResources {
    private TextResources() {
    }

    /**
     * Reads {@code froissart/lang/{language}/abbreviations.txt}: one abbreviation a line, without its
     * final dot, {@code #} starts a comment line. Entries are lower-cased.
     *
     * @param opener opens a resource path (no leading slash), returning null when it is missing,
     *               for instance {@code classLoader::getResourceAsStream}
     * @return an unmodifiable set
     * @throws IllegalArgumentException naming the path when the resource is missing
     */
    public static Set<String> loadAbbreviations(Function<String, InputStream> opener, String language) {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(language, "language");
        String path = "froissart/lang/" + language + "/abbreviations.txt";
        InputStream in = opener.apply(path);
        if (in == null) {
            throw new IllegalArgumentException("missing resource " + path);
        }
        try (in) {
            return normalize(readLines(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Non-empty, non-comment, trimmed lines. */
    static Set<String> readLines(InputStream in) throws IOException {
        Set<String> out = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            String t = line.strip();
            if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** Abbreviations in the form the tokenizer looks up: normalised, lower case, no final dot. */
    static Set<String> normalize(Set<String> abbreviations) {
        Set<String> out = new HashSet<>();
        for (String a : abbreviations) {
            String t = TextNormalizer.norm(a.strip(), 0, a.strip().length()).toLowerCase(Locale.ROOT);
            while (t.endsWith(".")) {
                t = t.substring(0, t.length() - 1);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return Set.copyOf(out);
    }
}
