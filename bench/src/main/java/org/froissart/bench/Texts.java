package org.froissart.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark input: the .txt articles of a directory (system property froissart.bench.texts,
 * default "seeds", run from the repository root).
 */
final class Texts {
    private Texts() {
    }

    static List<String> load() {
        Path dir = Path.of(System.getProperty("froissart.bench.texts", "seeds"));
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark texts from " + dir.toAbsolutePath()
                    + "; run from the repository root or set -Dfroissart.bench.texts=DIR", e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no .txt files in " + dir.toAbsolutePath());
        }
        return out;
    }

    static int characters(List<String> texts) {
        return texts.stream().mapToInt(String::length).sum();
    }
}
