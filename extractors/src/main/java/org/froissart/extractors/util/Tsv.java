package org.froissart.extractors.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the tab-separated resource files of language packs: '#' starts a comment line, blank lines are skipped. */
public final class Tsv {
    private Tsv() {
    }

    /** Rows of a resource; each row's columns, at least one. */
    public static List<String[]> read(Function<String, InputStream> opener, String path) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = opener.apply(path);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#' || line.isBlank()) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
        return rows;
    }

    public static String column(String[] row, int i) {
        return i < row.length ? row[i].strip() : "";
    }
}
