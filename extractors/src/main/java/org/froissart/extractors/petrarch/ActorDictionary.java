package org.froissart.extractors.petrarch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * PETRARCH actor dictionary: a primary phrase with an optional default code, synonyms on
 * {@code +} lines and date restrictions on indented {@code [CODE <date]}, {@code [CODE >date]},
 * {@code [CODE date-date]} or {@code [CODE]} lines. Several files can be loaded into one dictionary.
 */
public final class ActorDictionary {

    /** One actor: its codes depend on the date of the sentence. */
    public record Actor(String defaultCode, List<Restriction> restrictions) {
        /** First restriction covering {@code date} in file order, else the default (null date: default). */
        public String codeAt(LocalDate date) {
            if (date != null) {
                for (Restriction r : restrictions) {
                    if (r.covers(date)) {
                        return r.code();
                    }
                }
            }
            return defaultCode;
        }
    }

    /** A date-restricted code; bounds are inclusive and null when open. */
    public record Restriction(String code, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final PhraseTrie<Actor> trie = new PhraseTrie<>();
    private final List<String> warnings = new ArrayList<>();

    public static ActorDictionary read(Path... files) throws IOException {
        ActorDictionary dictionary = new ActorDictionary();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                dictionary.load(reader, file.toString());
            }
        }
        return dictionary;
    }

    public static ActorDictionary read(Reader reader, String sourceName) {
        ActorDictionary dictionary = new ActorDictionary();
        dictionary.load(reader, sourceName);
        return dictionary;
    }

    PhraseTrie.Match<Actor> longestAt(List<String> tokens, int start) {
        return trie.longestAt(tokens, start);
    }

    public int size() {
        return trie.size();
    }

    /** Date restrictions skipped because their dates are unreadable, as file:line messages. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Codes of the phrase for a date, for tests and diagnostics; empty when unknown. */
    public List<String> codes(String phrase, LocalDate date) {
        List<String> words = Phrases.words(phrase);
        PhraseTrie.Match<Actor> match = trie.longestAt(words, 0);
        List<String> codes = new ArrayList<>();
        if (match != null && match.end() == words.size()) {
            match.values().forEach(a -> codes.add(a.codeAt(date)));
        }
        return codes;
    }

    private void load(Reader reader, String source) {
        List<List<String>> phrases = new ArrayList<>();
        List<Restriction> restrictions = new ArrayList<>();
        String defaultCode = null;
        for (DictionaryLines.Line line : new DictionaryLines(reader)) {
            String text = line.text().strip();
            boolean indented = Character.isWhitespace(line.text().charAt(0));
            if (text.startsWith("[") && (indented || !phrases.isEmpty() && text.endsWith("]"))) {
                if (phrases.isEmpty()) {
                    throw line.error(source, "date restriction before any actor");
                }
                Restriction restriction = parseRestriction(text, line, source);
                if (restriction != null) {
                    restrictions.add(restriction);
                }
            } else if (text.startsWith("+")) {
                if (phrases.isEmpty()) {
                    throw line.error(source, "synonym before any actor");
                }
                phrases.add(phraseWords(text.substring(1), line, source));
            } else {
                flush(phrases, defaultCode, restrictions);
                phrases = new ArrayList<>();
                restrictions = new ArrayList<>();
                int open = text.indexOf('[');
                defaultCode = null;
                String phrase = text;
                if (open >= 0) {
                    int close = Phrases.closing(text, open, ']');
                    if (close < 0) {
                        throw line.error(source, "unclosed '['");
                    }
                    defaultCode = text.substring(open + 1, close).strip();
                    phrase = text.substring(0, open);
                }
                phrases.add(phraseWords(phrase, line, source));
            }
        }
        flush(phrases, defaultCode, restrictions);
    }

    private static List<String> phraseWords(String phrase, DictionaryLines.Line line, String source) {
        // TABARI allowed a trailing "; comment" after the phrase
        int semicolon = phrase.indexOf(';');
        List<String> words = Phrases.words(semicolon >= 0 ? phrase.substring(0, semicolon) : phrase);
        if (words.isEmpty()) {
            throw line.error(source, "empty actor phrase");
        }
        return words;
    }

    private void flush(List<List<String>> phrases, String defaultCode, List<Restriction> restrictions) {
        if (phrases.isEmpty()) {
            return;
        }
        // "[ELR/GAL]" codes one phrase as several actors
        List<Actor> actors = new ArrayList<>();
        if (restrictions.isEmpty() && defaultCode != null && defaultCode.contains("/")) {
            for (String code : defaultCode.split("/")) {
                actors.add(new Actor(code, List.of()));
            }
        } else {
            actors.add(new Actor(defaultCode, List.copyOf(restrictions)));
        }
        for (List<String> phrase : phrases) {
            actors.forEach(actor -> trie.put(phrase, actor));
        }
    }

    /** Null when the dates are unreadable (recorded in {@link #warnings()}). */
    private Restriction parseRestriction(String text, DictionaryLines.Line line, String source) {
        int close = text.indexOf(']');
        if (close < 0) {
            throw line.error(source, "unclosed '[' in date restriction");
        }
        String body = text.substring(1, close).strip();
        String[] parts = body.split("\\s+", 2);
        String code = parts[0];
        if (code.isEmpty() || !Character.isLetter(code.charAt(0)) && !code.startsWith("-")) {
            throw line.error(source, "date restriction without a code");
        }
        if (parts.length == 1) {
            return new Restriction(code, null, null);
        }
        String range = parts[1].replace(" ", "");
        try {
            if (range.startsWith("<")) {
                return new Restriction(code, null, parseDate(range.substring(1)));
            }
            if (range.startsWith(">")) {
                return new Restriction(code, parseDate(range.substring(1)), null);
            }
            int dash = range.indexOf('-');
            if (dash < 0) {
                throw new IllegalArgumentException("expected <date, >date or date-date");
            }
            return new Restriction(code, parseDate(range.substring(0, dash)), parseDate(range.substring(dash + 1)));
        } catch (IllegalArgumentException e) {
            // the distributed Phoenix files contain a few typos such as 9008223: report, skip, go on
            warnings.add(source + ":" + line.number() + ": date restriction skipped, " + e.getMessage());
            return null;
        }
    }

    /** YYYYMMDD or TABARI's YYMMDD, where YY below 30 means 20YY (TABARI's pivot). */
    static LocalDate parseDate(String date) {
        if (!date.matches("\\d{6}|\\d{8}")) {
            throw new IllegalArgumentException("expected YYMMDD or YYYYMMDD: '" + date + "'");
        }
        int year;
        int rest;
        if (date.length() == 6) {
            int yy = Integer.parseInt(date.substring(0, 2));
            year = yy < 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(date.substring(0, 4));
            rest = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(date.substring(rest, rest + 2)),
                    Integer.parseInt(date.substring(rest + 2, rest + 4)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
