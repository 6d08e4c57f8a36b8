package org.froissart.extractors.petrarch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PETRARCH discard list: a sentence containing a listed phrase is not coded; a {@code +} prefix
 * discards the whole story. A phrase ending in {@code _} must end at a blank or punctuation,
 * otherwise it is a stem. Matching is case-insensitive and starts at a word boundary.
 */
public final class DiscardDictionary {

    /** What a matched entry discards. */
    public enum Scope { SENTENCE, STORY }

    record Entry(String phrase, boolean exact, Scope scope) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public static DiscardDictionary read(Path... files) throws IOException {
        DiscardDictionary dictionary = new DiscardDictionary();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                dictionary.load(reader, file.toString());
            }
        }
        return dictionary;
    }

    public static DiscardDictionary read(Reader reader, String sourceName) {
        DiscardDictionary dictionary = new DiscardDictionary();
        dictionary.load(reader, sourceName);
        return dictionary;
    }

    public int size() {
        return entries.size();
    }

    /** The widest scope discarded by the text, or null when it can be coded. */
    public Scope match(String text) {
        String padded = " " + text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        Scope result = null;
        for (Entry entry : entries) {
            int at = padded.indexOf(" " + entry.phrase());
            while (at >= 0) {
                int end = at + 1 + entry.phrase().length();
                if (!entry.exact() || end >= padded.length() || !Character.isLetterOrDigit(padded.charAt(end))) {
                    if (entry.scope() == Scope.STORY) {
                        return Scope.STORY;
                    }
                    result = Scope.SENTENCE;
                    break;
                }
                at = padded.indexOf(" " + entry.phrase(), at + 1);
            }
        }
        return result;
    }

    private void load(Reader reader, String source) {
        for (DictionaryLines.Line line : new DictionaryLines(reader)) {
            String text = line.text().strip();
            Scope scope = Scope.SENTENCE;
            if (text.startsWith("+")) {
                scope = Scope.STORY;
                text = text.substring(1).strip();
            }
            // older files appended "; coder date" to entries
            int semicolon = text.indexOf(';');
            if (semicolon >= 0) {
                text = text.substring(0, semicolon).strip();
            }
            if (text.isEmpty()) {
                throw line.error(source, "empty discard phrase");
            }
            if (text.contains("[") || text.contains("]")) {
                throw line.error(source, "discard entries take no [code]");
            }
            boolean exact = text.endsWith("_");
            String phrase = String.join(" ", Phrases.words(text));
            entries.add(new Entry(phrase, exact, scope));
        }
    }
}
