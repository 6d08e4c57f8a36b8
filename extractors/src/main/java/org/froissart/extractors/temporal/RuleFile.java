package org.froissart.extractors.temporal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the per-language rule files {@code froissart/lang/{lang}/NAME}: UTF-8, tab-separated,
 * blank lines and lines whose first non-blank character is {@code #} ignored, cells trimmed.
 * Shared by the temporal and amount rule loaders.
 */
public final class RuleFile {
    /** One data line: its 1-based number in {@code source} and its trimmed cells. */
    public record Line(String source, int number, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + number + ": " + message);
        }
    }

    private RuleFile() {
    }

    /** The classpath resource name of {@code file} for {@code lang}. */
    public static String resourceName(String lang, String file) {
        if (lang == null || lang.isEmpty() || lang.length() > 16) {
            throw new IllegalArgumentException("invalid language code: " + lang);
        }
        for (int i = 0; i < lang.length(); i++) {
            char c = lang.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_')) {
                throw new IllegalArgumentException("invalid language code: " + lang);
            }
        }
        return "froissart/lang/" + lang + "/" + file;
    }

    /** Opens and reads {@code froissart/lang/{lang}/{file}}; missing resource: IllegalArgumentException. */
    public static List<Line> read(Function<String, InputStream> opener, String lang, String file) {
        if (opener == null) {
            throw new IllegalArgumentException("no resource opener");
        }
        String name = resourceName(lang, file);
        InputStream in = opener.apply(name);
        if (in == null) {
            throw new IllegalArgumentException("missing resource " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public static List<Line> parse(String tsv, String source) {
        try {
            return parse(new StringReader(tsv), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Line> parse(Reader reader, String source) throws IOException {
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Line> out = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = br.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
                continue;
            }
            String[] parts = line.split("\t", -1);
            List<String> cells = new ArrayList<>(parts.length);
            for (String p : parts) {
                cells.add(p.strip());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            out.add(new Line(source, number, List.copyOf(cells)));
        }
        return out;
    }
}
