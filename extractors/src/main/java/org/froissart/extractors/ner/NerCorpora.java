package org.froissart.extractors.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.froissart.api.Token;

/** Readers for the NER training corpora; each sentence becomes text + tokens + BIO labels. */
final class NerCorpora {
    /** A training sequence: text, its tokens (from the project tokenizer), and a label per token. */
    record Sample(String text, List<Token> tokens, int[] labels) {}

    /** A corpus sentence: words and, per word, entity type (0 none, 1 PER, 2 ORG, 3 LOC) and begin flag. */
    record Sentence(List<String> words, int[] types, boolean[] begins) {}

    private static final Pattern ELISION = Pattern.compile("(?i)^(l|d|qu|j|n|s|m|c|t|jusqu|lorsqu|puisqu)['’]");

    private NerCorpora() {}

    static int mapType(String t) {
        String u = t.toLowerCase(Locale.ROOT);
        if (u.equals("per") || u.equals("person")) {
            return 1;
        }
        if (u.equals("org") || u.equals("organisation") || u.equals("organization") || u.equals("corporation")
                || u.equals("group")) {
            return 2;
        }
        if (u.equals("loc") || u.equals("location") || u.equals("place")) {
            return 3;
        }
        return 0;
    }

    /**
     * Column files (CoNLL-like): token in the first column, IOB1 or IOB2 tag in the last; blank
     * lines end sentences; -DOCSTART- lines ignored. maxLen > 0 cuts sentences without breaks
     * (europeana) at sentence-final punctuation or at maxLen words.
     */
    static List<Sentence> readColumns(Path file, int maxLen) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    flush(words, tags, out);
                    continue;
                }
                if (trimmed.startsWith("-DOCSTART-")) {
                    flush(words, tags, out);
                    continue;
                }
                String[] parts = trimmed.split("[\\t ]+");
                if (parts.length < 2) {
                    continue;
                }
                words.add(parts[0]);
                tags.add(parts[parts.length - 1]);
                if (maxLen > 0) {
                    String w = parts[0];
                    boolean end = (w.equals(".") || w.equals("!") || w.equals("?")) && words.size() >= 5;
                    if (end || words.size() >= maxLen) {
                        flush(words, tags, out);
                    }
                }
            }
        }
        flush(words, tags, out);
        return out;
    }

    private static void flush(List<String> words, List<String> tags, List<Sentence> out) {
        if (words.isEmpty()) {
            return;
        }
        int n = words.size();
        int[] types = new int[n];
        boolean[] begins = new boolean[n];
        for (int i = 0; i < n; i++) {
            String tag = tags.get(i);
            if (tag.equals("O") || tag.length() < 2) {
                continue;
            }
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
            types[i] = mapType(type);
            boolean b = tag.startsWith("B-") || tag.startsWith("U-") || tag.startsWith("S-");
            begins[i] = types[i] != 0 && (b || i == 0 || types[i - 1] != types[i]);
        }
        out.add(new Sentence(new ArrayList<>(words), types, begins));
        words.clear();
        tags.clear();
    }

    private static final java.util.Set<String> NO_SPACE_BEFORE = java.util.Set.of(",", ".", ";", ":", "!", "?", ")",
            "]", "}", "%", "'s", "’s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m");

    /** Whether detokenized text has a space between two corpus words (so tokens look like running text). */
    static boolean spaceBefore(String prev, String word) {
        if (NO_SPACE_BEFORE.contains(word)) {
            return false;
        }
        if (prev.equals("(") || prev.equals("[") || prev.equals("$")) {
            return false;
        }
        char last = prev.charAt(prev.length() - 1);
        // French elision "l'" / "d'" written as a separate corpus token
        return !((last == '\'' || last == '’') && prev.length() <= 6 && prev.length() >= 2
                && Character.isLetter(prev.charAt(prev.length() - 2)) && Character.isLetter(word.charAt(0)));
    }

    /** Joins words (detokenized), retokenizes with the project tokenizer, projects entity spans. */
    static Sample toSample(Sentence s, Function<String, List<Token>> tokenizer) {
        StringBuilder sb = new StringBuilder();
        int n = s.words().size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && spaceBefore(s.words().get(i - 1), s.words().get(i))) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(s.words().get(i));
            ends[i] = sb.length();
        }
        String text = sb.toString();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (s.types()[i] == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && s.types()[j] == s.types()[i] && !s.begins()[j]) {
                j++;
            }
            int cs = starts[i];
            String first = s.words().get(i);
            var m = ELISION.matcher(first);
            if (m.find()) {
                if (m.end() == first.length()) {
                    cs = i + 1 < j ? starts[i + 1] : -1;
                } else {
                    cs = starts[i] + m.end();
                }
            }
            if (cs >= 0) {
                spans.add(new int[] {cs, ends[j - 1], s.types()[i]});
            }
            i = j;
        }
        List<Token> tokens = tokenizer.apply(text);
        int[] labels = new int[tokens.size()];
        int t = 0;
        for (int[] sp : spans) {
            while (t < tokens.size() && tokens.get(t).start() < sp[0]) {
                t++;
            }
            boolean first = true;
            while (t < tokens.size() && tokens.get(t).end() <= sp[1]) {
                labels[t] = first ? 2 * sp[2] - 1 : 2 * sp[2];
                first = false;
                t++;
            }
        }
        return new Sample(text, tokens, labels);
    }
}
