package org.froissart.examples.keywords;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over phrase lists: one pass over a text finds every occurrence of every
 * phrase, however many phrases there are. Built once per configuration and shared by every worker
 * thread through {@code PluginContext.shared}: it is immutable once built.
 *
 * <p>Characters are folded one by one before matching, so offsets in the folded text are offsets in
 * the original text: every whitespace character (including no-break spaces) becomes a space,
 * typographic apostrophes become {@code '}, and, unless case-sensitive, letters become lower case
 * ({@link Character#toLowerCase(char)}, which never changes the length).
 */
final class PhraseMatcher {

    /** A phrase of a list, as written in the configuration. */
    record Phrase(String label, String text) {
    }

    /** One occurrence of a phrase: [start, end) in the text. */
    record Match(Phrase phrase, int start, int end) {
    }

    private final boolean caseSensitive;
    private final boolean wholeWords;
    private final Phrase[] phrases;
    private final int[] lengths;
    private final boolean[] wordStart;
    private final boolean[] wordEnd;
    /** Per state: transition characters, sorted, and the states they lead to. */
    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    /** Per state: the phrases that end there, including those of its suffix states. */
    private final int[][] outputs;

    private PhraseMatcher(boolean caseSensitive, boolean wholeWords, List<Phrase> phrases, List<Integer> lengths,
                          List<TreeMap<Character, Integer>> trie, List<List<Integer>> ends) {
        this.caseSensitive = caseSensitive;
        this.wholeWords = wholeWords;
        this.phrases = phrases.toArray(new Phrase[0]);
        this.lengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.wordStart = new boolean[this.phrases.length];
        this.wordEnd = new boolean[this.phrases.length];
        for (int i = 0; i < this.phrases.length; i++) {
            String t = this.phrases[i].text();
            wordStart[i] = Character.isLetterOrDigit(t.charAt(0));
            wordEnd[i] = Character.isLetterOrDigit(t.charAt(t.length() - 1));
        }
        int n = trie.size();
        keys = new char[n][];
        targets = new int[n][];
        for (int s = 0; s < n; s++) {
            TreeMap<Character, Integer> m = trie.get(s);
            keys[s] = new char[m.size()];
            targets[s] = new int[m.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : m.entrySet()) {
                keys[s][k] = e.getKey();
                targets[s][k] = e.getValue();
                k++;
            }
        }
        fail = new int[n];
        outputs = new int[n][];
        outputs[0] = new int[0];
        // Breadth first, so a state's failure state is complete before the state itself.
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) {
            fail[t] = 0;
            outputs[t] = toArray(ends.get(t), new int[0]);
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int k = 0; k < keys[s].length; k++) {
                char c = keys[s][k];
                int t = targets[s][k];
                int f = fail[s];
                while (f != 0 && next(f, c) < 0) {
                    f = fail[f];
                }
                int g = next(f, c);
                fail[t] = g < 0 || g == t ? 0 : g;
                outputs[t] = toArray(ends.get(t), outputs[fail[t]]);
                queue.add(t);
            }
        }
    }

    /**
     * Compiles phrase lists.
     *
     * @param lists label → phrases; blank phrases are ignored, duplicates (after folding) kept once
     */
    static PhraseMatcher compile(Map<String, List<String>> lists, boolean caseSensitive, boolean wholeWords) {
        List<Phrase> phrases = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<String>> list : new TreeMap<>(lists).entrySet()) {
            for (String written : list.getValue()) {
                String key = normalise(written, caseSensitive);
                if (key.isEmpty() || !seen.add(list.getKey() + '\u0000' + key)) {
                    continue;
                }
                int id = phrases.size();
                phrases.add(new Phrase(list.getKey(), written.strip()));
                lengths.add(key.length());
                int s = 0;
                for (int i = 0; i < key.length(); i++) {
                    Integer t = trie.get(s).get(key.charAt(i));
                    if (t == null) {
                        t = trie.size();
                        trie.add(new TreeMap<>());
                        ends.add(new ArrayList<>());
                        trie.get(s).put(key.charAt(i), t);
                    }
                    s = t;
                }
                ends.get(s).add(id);
            }
        }
        return new PhraseMatcher(caseSensitive, wholeWords, phrases, lengths, trie, ends);
    }

    /** How many distinct phrases the automaton holds. */
    int size() {
        return phrases.length;
    }

    /** Every occurrence of every phrase in the text, in order of end offset (whole words only when so configured). */
    List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i), caseSensitive);
            int t = next(s, c);
            while (t < 0 && s != 0) {
                s = fail[s];
                t = next(s, c);
            }
            s = t < 0 ? 0 : t;
            for (int p : outputs[s]) {
                int end = i + 1;
                int start = end - lengths[p];
                if (!wholeWords || boundaries(text, start, end, p)) {
                    out.add(new Match(phrases[p], start, end));
                }
            }
        }
        return out;
    }

    /** A phrase that starts (ends) with a letter or digit must not continue a word of the text. */
    private boolean boundaries(String text, int start, int end, int p) {
        if (wordStart[p] && start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        return !wordEnd[p] || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private int next(int state, char c) {
        char[] k = keys[state];
        int lo = 0;
        int hi = k.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (k[mid] < c) {
                lo = mid + 1;
            } else if (k[mid] > c) {
                hi = mid - 1;
            } else {
                return targets[state][mid];
            }
        }
        return -1;
    }

    /** The folded form of a phrase: folded characters, whitespace runs as one space, stripped. */
    static String normalise(String phrase, boolean caseSensitive) {
        StringBuilder sb = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = fold(phrase.charAt(i), caseSensitive);
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) {
                continue;
            }
            sb.append(c);
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    /** Folds one character; never changes the number of characters, so offsets stay valid. */
    static char fold(char c, boolean caseSensitive) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return '\'';
        }
        return caseSensitive ? c : Character.toLowerCase(c);
    }

    private static int[] toArray(List<Integer> own, int[] inherited) {
        int[] out = new int[own.size() + inherited.length];
        for (int i = 0; i < own.size(); i++) {
            out[i] = own.get(i);
        }
        System.arraycopy(inherited, 0, out, own.size(), inherited.length);
        return out;
    }
}
