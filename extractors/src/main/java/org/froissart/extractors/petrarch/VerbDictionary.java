package org.froissart.extractors.petrarch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PETRARCH verb dictionary: synsets ({@code &NAME} followed by {@code +phrase} lines), verb blocks
 * opened by {@code --- DESCRIPTION [code] ---}, verbs with optional irregular forms in {@code {...}}
 * and own code, multi-word verbs with {@code +} marking the verb word, pattern lines starting with
 * {@code -} and transformation lines starting with {@code ~}.
 */
public final class VerbDictionary {

    /** The patterns shared by the verbs of one block, and the block's default code. */
    static final class Block {
        final String code;
        final List<VerbPattern> patterns = new ArrayList<>();

        Block(String code) {
            this.code = code;
        }
    }

    /** One inflected verb: words required before and after the verb word, and its default code. */
    record Form(List<String> before, String verb, List<String> after, String code, Block block) {
        int length() {
            return before.size() + 1 + after.size();
        }
    }

    private final Map<String, List<Form>> forms = new HashMap<>();
    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private final List<String> transformations = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int patternCount;

    public static VerbDictionary read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return read(reader, file.toString());
        }
    }

    public static VerbDictionary read(Reader reader, String sourceName) {
        VerbDictionary dictionary = new VerbDictionary();
        new Loader(dictionary, sourceName).load(reader);
        return dictionary;
    }

    /** Forms whose verb word is {@code word}, longest (multi-word) first. */
    List<Form> formsOf(String word) {
        return forms.getOrDefault(word, List.of());
    }

    /** Phrases of a synset (name without '&'), empty if undefined. */
    List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    public int verbFormCount() {
        return forms.values().stream().mapToInt(List::size).sum();
    }

    public int patternCount() {
        return patternCount;
    }

    public Set<String> synsetNames() {
        return synsets.keySet();
    }

    /** Raw {@code ~} transformation lines; the TABARI-style coder here does not apply them. */
    public List<String> transformations() {
        return List.copyOf(transformations);
    }

    /** Patterns ignored because they use an undefined synset (documented behaviour), as file:line. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Default code of a verb form, e.g. {@code codeOf("BROKE")}; null if unknown. */
    public String codeOf(String verb) {
        List<Form> candidates = formsOf(verb.toUpperCase());
        return candidates.stream().filter(f -> f.before().isEmpty() && f.after().isEmpty())
                .map(Form::code).findFirst().orElse(null);
    }

    private static final class Loader {
        private final VerbDictionary dictionary;
        private final String source;
        private Block block;
        private String synset;
        private boolean synsetPlurals;

        Loader(VerbDictionary dictionary, String source) {
            this.dictionary = dictionary;
            this.source = source;
        }

        void load(Reader reader) {
            for (DictionaryLines.Line line : new DictionaryLines(reader)) {
                String text = line.text().strip();
                if (text.startsWith("---")) {
                    synset = null;
                    block = new Block(firstCode(text, line));
                } else if (text.startsWith("&")) {
                    startSynset(text);
                } else if (text.startsWith("+") && synset != null) {
                    addSynsetPhrase(text.substring(1).strip(), line);
                } else if (text.startsWith("~")) {
                    dictionary.transformations.add(text);
                } else if (text.startsWith("-")) {
                    requireBlock(line);
                    addPattern(text.substring(1), line);
                } else {
                    synset = null;
                    requireBlock(line);
                    addVerb(text, line);
                }
            }
            dictionary.forms.values().forEach(list -> list.sort((a, b) -> b.length() - a.length()));
        }

        private void requireBlock(DictionaryLines.Line line) {
            if (block == null) {
                throw line.error(source, "verb or pattern before any '--- VERB [code] ---' block header");
            }
        }

        private String firstCode(String text, DictionaryLines.Line line) {
            int open = text.indexOf('[');
            if (open < 0) {
                return "---";
            }
            int close = text.indexOf(']', open);
            if (close < 0) {
                throw line.error(source, "unclosed '['");
            }
            return text.substring(open + 1, close).strip();
        }

        private void startSynset(String text) {
            String label = text.split("\\s+")[0].substring(1);
            synsetPlurals = !label.endsWith("_");
            synset = stripUnderscore(label);
            dictionary.synsets.computeIfAbsent(synset, k -> new ArrayList<>());
        }

        private void addSynsetPhrase(String phrase, DictionaryLines.Line line) {
            List<List<String>> members = dictionary.synsets.get(synset);
            if (phrase.startsWith("&")) {
                List<List<String>> nested = dictionary.synsets.get(stripUnderscore(phrase.substring(1).strip()));
                if (nested == null) {
                    throw line.error(source, "synset used before it is defined");
                }
                members.addAll(nested);
                return;
            }
            List<String> words = Phrases.words(phrase);
            if (words.isEmpty()) {
                throw line.error(source, "empty synset phrase");
            }
            members.add(words);
            if (synsetPlurals && !phrase.endsWith("_")) {
                List<String> plural = new ArrayList<>(words);
                plural.set(plural.size() - 1, English.plural(plural.get(plural.size() - 1)));
                members.add(plural);
            }
        }

        private void addVerb(String text, DictionaryLines.Line line) {
            String code = block.code;
            int open = text.indexOf('[');
            if (open >= 0) {
                int close = text.indexOf(']', open);
                if (close < 0) {
                    throw line.error(source, "unclosed '['");
                }
                code = text.substring(open + 1, close).strip();
                text = text.substring(0, open) + text.substring(close + 1);
            }
            List<String> phrases = new ArrayList<>();
            int brace = text.indexOf('{');
            if (brace >= 0) {
                int end = text.indexOf('}', brace);
                if (end < 0) {
                    throw line.error(source, "unclosed '{'");
                }
                phrases.add(text.substring(0, brace).strip());
                for (String form : text.substring(brace + 1, end).strip().split("\\s+")) {
                    if (!form.isEmpty()) {
                        phrases.add(form);
                    }
                }
                for (String phrase : phrases) {
                    addForm(phrase, code, false, line);
                }
            } else {
                addForm(text.strip(), code, true, line);
            }
        }

        /** Adds a verb phrase; the word marked with '+' (else the first) is the inflected verb. */
        private void addForm(String phrase, String code, boolean regular, DictionaryLines.Line line) {
            String[] parts = phrase.toUpperCase().split("[\\s_]+");
            int verbIndex = 0;
            List<String> words = new ArrayList<>();
            for (String part : parts) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.startsWith("+")) {
                    verbIndex = words.size();
                    part = part.substring(1);
                }
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
            if (words.isEmpty()) {
                throw line.error(source, "empty verb");
            }
            List<String> before = List.copyOf(words.subList(0, verbIndex));
            List<String> after = List.copyOf(words.subList(verbIndex + 1, words.size()));
            Collection<String> inflections = regular ? English.verbForms(words.get(verbIndex))
                    : List.of(words.get(verbIndex));
            for (String inflected : inflections) {
                dictionary.forms.computeIfAbsent(inflected, k -> new ArrayList<>())
                        .add(new Form(before, inflected, after, code, block));
            }
        }

        private void addPattern(String text, DictionaryLines.Line line) {
            int open = text.lastIndexOf('[');
            int close = open < 0 ? -1 : text.indexOf(']', open);
            if (open < 0 || close < 0) {
                throw line.error(source, "pattern without [code]");
            }
            String codeText = text.substring(open + 1, close).strip();
            if (codeText.isEmpty()) {
                throw line.error(source, "empty pattern code");
            }
            // "[:173]" (only the reverse event is coded) occurs in CAMEO.2.0
            String[] codes = codeText.split(":", -1);
            if (codes[0].isBlank()) {
                codes[0] = ActorRef.NULL_CODE;
            }
            // PETRARCH 2 marks phrases with {...} and prepositional phrases with (...): read them as words
            String body = text.substring(0, open).replaceAll("[{}()]", " ")
                    // CAMEO.2.0 has typos such as "*SCEPTICAL": a glued '*' is read as separate
                    .replaceAll("\\*(?=[^\\s_])", "* ").replaceAll("(?<=[^\\s_])\\*", " *");
            List<VerbPattern.Element> elements = tokenize(body, line);
            if (elements == null) {
                dictionary.warnings.add(source + ":" + line.number() + ": pattern with undefined synset ignored");
                return;
            }
            int star = -1;
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i).text().equals("*")) {
                    star = i;
                }
            }
            if (star < 0) {
                throw line.error(source, "pattern without '*' for the verb");
            }
            VerbPattern pattern = new VerbPattern(List.copyOf(elements.subList(0, star + 1)),
                    List.copyOf(elements.subList(star + 1, elements.size())), codes[0].strip(),
                    codes.length > 1 && !codes[1].isBlank() ? codes[1].strip() : null, line.number());
            block.patterns.add(pattern);
            dictionary.patternCount++;
        }

        /**
         * Splits a pattern into elements; the '*' stays in the list (its adjacency tells whether
         * the last upper element must touch the verb). Returns null if a synset is undefined.
         */
        private List<VerbPattern.Element> tokenize(String body, DictionaryLines.Line line) {
            List<VerbPattern.Element> elements = new ArrayList<>();
            for (String chunk : body.strip().split("\\s+")) {
                boolean adjacent = false;
                for (String part : chunk.split("_", -1)) {
                    if (part.isEmpty()) {
                        adjacent = false;
                        continue;
                    }
                    VerbPattern.Element element = element(part.toUpperCase(), adjacent);
                    if (element == null) {
                        return null;
                    }
                    elements.add(element);
                    adjacent = true;
                }
            }
            return elements;
        }

        private VerbPattern.Element element(String part, boolean adjacent) {
            switch (part) {
                case "*":
                    return new VerbPattern.Element(VerbPattern.Kind.WORD, "*", adjacent);
                case "$":
                    return new VerbPattern.Element(VerbPattern.Kind.SOURCE, part, adjacent);
                case "+":
                    return new VerbPattern.Element(VerbPattern.Kind.TARGET, part, adjacent);
                case "%":
                    return new VerbPattern.Element(VerbPattern.Kind.COMPOUND, part, adjacent);
                case "^":
                    return new VerbPattern.Element(VerbPattern.Kind.SKIP_NOUN_PHRASE, part, adjacent);
                default:
                    if (part.startsWith("&")) {
                        String name = stripUnderscore(part.substring(1));
                        return dictionary.synsets.containsKey(name)
                                ? new VerbPattern.Element(VerbPattern.Kind.SYNSET, name, adjacent) : null;
                    }
                    return new VerbPattern.Element(VerbPattern.Kind.WORD, part, adjacent);
            }
        }

        private static String stripUnderscore(String label) {
            return label.endsWith("_") ? label.substring(0, label.length() - 1) : label;
        }
    }
}
