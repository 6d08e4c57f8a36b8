package org.froissart.extractors.petrarch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PETRARCH agent dictionary: {@code phrase {optional plurals} [~CODE]} where {@code ~CODE} is
 * appended to the actor code and {@code CODE~} prepended; {@code {}} suppresses the automatic
 * plural, and {@code !MARKER! = A, B} substitution sets expand markers in later phrases.
 */
public final class AgentDictionary {

    /** An agent code and whether it goes before the actor code ({@code NGO~}). */
    public record Agent(String code, boolean prefix) {
    }

    private final PhraseTrie<Agent> trie = new PhraseTrie<>();
    private final Map<String, List<String>> substitutions = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public static AgentDictionary read(Path... files) throws IOException {
        AgentDictionary dictionary = new AgentDictionary();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                dictionary.load(reader, file.toString());
            }
        }
        return dictionary;
    }

    public static AgentDictionary read(Reader reader, String sourceName) {
        AgentDictionary dictionary = new AgentDictionary();
        dictionary.load(reader, sourceName);
        return dictionary;
    }

    PhraseTrie.Match<Agent> longestAt(List<String> tokens, int start) {
        return trie.longestAt(tokens, start);
    }

    public int size() {
        return trie.size();
    }

    /** Entries skipped because they carry no code (the real Phoenix file has a few), as file:line. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Agents of an exact phrase, for tests and diagnostics. */
    public List<Agent> lookup(String phrase) {
        List<String> words = Phrases.words(phrase);
        PhraseTrie.Match<Agent> match = trie.longestAt(words, 0);
        return match != null && match.end() == words.size() ? match.values() : List.of();
    }

    private void load(Reader reader, String source) {
        for (DictionaryLines.Line line : new DictionaryLines(reader)) {
            String text = line.text().strip();
            if (text.startsWith("!") && text.contains("=")) {
                defineSubstitution(text, line, source);
                continue;
            }
            int open = text.indexOf('[');
            if (open < 0) {
                warnings.add(source + ":" + line.number() + ": agent without [code] skipped");
                continue;
            }
            int close = text.indexOf(']', open);
            if (close < 0) {
                // "[~ENV}" occurs in the Phoenix file: accept the brace as a closing bracket
                close = text.indexOf('}', open);
            }
            if (close < 0) {
                throw line.error(source, "unclosed '['");
            }
            Agent agent = parseCode(text.substring(open + 1, close).strip(), line, source);
            String phrase = text.substring(0, open);
            List<String> plurals = null;
            int brace = phrase.indexOf('{');
            if (brace >= 0) {
                int end = phrase.indexOf('}', brace);
                if (end < 0) {
                    throw line.error(source, "unclosed '{'");
                }
                plurals = new ArrayList<>();
                for (String plural : phrase.substring(brace + 1, end).strip().split("\\s+")) {
                    if (!plural.isEmpty()) {
                        plurals.add(plural);
                    }
                }
                phrase = phrase.substring(0, brace);
            }
            // substituted forms are listed explicitly, so they get no automatic plural
            boolean pluralize = !phrase.contains("!");
            for (String expanded : expand(phrase.strip(), line, source)) {
                addPhrase(expanded, pluralize ? plurals : List.of(), agent, line, source);
            }
        }
    }

    private void addPhrase(String phrase, List<String> plurals, Agent agent, DictionaryLines.Line line,
            String source) {
        List<String> words = Phrases.words(phrase);
        if (words.isEmpty()) {
            throw line.error(source, "empty agent phrase");
        }
        trie.put(words, agent);
        if (plurals == null) {
            List<String> plural = new ArrayList<>(words);
            plural.set(plural.size() - 1, English.plural(plural.get(plural.size() - 1)));
            trie.put(plural, agent);
        } else {
            plurals.forEach(p -> trie.put(Phrases.words(p), agent));
        }
    }

    private static Agent parseCode(String code, DictionaryLines.Line line, String source) {
        if (code.startsWith("~") && code.length() > 1) {
            return new Agent(code.substring(1).strip(), false);
        }
        if (code.endsWith("~") && code.length() > 1) {
            return new Agent(code.substring(0, code.length() - 1).strip(), true);
        }
        throw line.error(source, "agent code needs a leading or trailing '~'");
    }

    private void defineSubstitution(String text, DictionaryLines.Line line, String source) {
        int equals = text.indexOf('=');
        String marker = text.substring(0, equals).strip();
        if (marker.length() < 3 || !marker.endsWith("!")) {
            throw line.error(source, "substitution marker must look like !NAME!");
        }
        List<String> items = new ArrayList<>();
        for (String item : text.substring(equals + 1).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip().toUpperCase());
            }
        }
        if (items.isEmpty()) {
            throw line.error(source, "empty substitution set");
        }
        substitutions.put(marker.toUpperCase(), items);
    }

    /** Every substitution of the {@code !MARKER!}s in a phrase. */
    private List<String> expand(String phrase, DictionaryLines.Line line, String source) {
        int start = phrase.indexOf('!');
        if (start < 0) {
            return List.of(phrase);
        }
        int end = phrase.indexOf('!', start + 1);
        if (end < 0) {
            throw line.error(source, "unterminated substitution marker");
        }
        List<String> items = substitutions.get(phrase.substring(start, end + 1).toUpperCase());
        if (items == null) {
            throw line.error(source, "undefined substitution marker " + phrase.substring(start, end + 1));
        }
        List<String> result = new ArrayList<>();
        for (String item : items) {
            for (String rest : expand(phrase.substring(end + 1), line, source)) {
                result.add(phrase.substring(0, start) + item + rest);
            }
        }
        return result;
    }
}
