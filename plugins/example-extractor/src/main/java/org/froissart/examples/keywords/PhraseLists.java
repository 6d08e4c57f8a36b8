package org.froissart.examples.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.froissart.api.ConfigException;
import org.froissart.api.PluginContext;

/** Reads phrase lists from a config, a TSV file or a resource packaged in this jar. */
final class PhraseLists {
    /** The list used when a pipeline gives neither {@code lists} nor {@code file}. */
    static final String DEFAULT_RESOURCE = "org/froissart/examples/keywords/news-topics.tsv";

    private PhraseLists() {
    }

    /** Every phrase the config names: its {@code lists}, then its {@code file}; the packaged list when neither is set. */
    static Map<String, List<String>> load(KeywordsFactory.Config config, PluginContext context) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        config.lists().forEach((label, phrases) -> out.computeIfAbsent(label, k -> new ArrayList<>()).addAll(phrases));
        if (config.file() != null) {
            Path file = Path.of(config.file());
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(KeywordsFactory.NAME + ": file '" + config.file() + "' not found (looked for "
                        + file.toAbsolutePath().normalize() + "); a relative path is read from the working directory");
            }
            try (InputStream in = Files.newInputStream(file)) {
                readTsv(in, config.file(), out);
            } catch (IOException e) {
                throw new ConfigException(KeywordsFactory.NAME + ": cannot read file '" + config.file() + "': " + e.getMessage(), e);
            }
        } else if (config.lists().isEmpty()) {
            try (InputStream in = context.openResource(DEFAULT_RESOURCE)) {
                readTsv(in, DEFAULT_RESOURCE, out);
            } catch (IOException e) {
                throw new ConfigException(KeywordsFactory.NAME + ": cannot read " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Reads {@code label<TAB>phrase} lines (UTF-8); blank lines and lines starting with '#' are skipped.
     *
     * @throws ConfigException naming the file and line of a malformed line
     */
    static void readTsv(InputStream in, String where, Map<String, List<String>> into) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab).strip();
            String phrase = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (label.isEmpty() || phrase.isEmpty() || phrase.indexOf('\t') >= 0) {
                throw new ConfigException(KeywordsFactory.NAME + ": " + where + ":" + n
                        + ": expected 'label<TAB>phrase', found '" + line + "'");
            }
            into.computeIfAbsent(label, k -> new ArrayList<>()).add(phrase);
        }
    }
}
