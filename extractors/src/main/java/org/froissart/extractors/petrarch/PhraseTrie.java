package org.froissart.extractors.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word-level prefix tree, the storage PETRARCH uses for every phrase dictionary. */
final class PhraseTrie<T> {

    /** A dictionary phrase found in a token sequence: tokens [start, end) and the stored values. */
    record Match<T>(int start, int end, List<T> values) {
        int length() {
            return end - start;
        }
    }

    private final Map<String, PhraseTrie<T>> children = new HashMap<>();
    private final List<T> values = new ArrayList<>();
    private int size;

    void put(List<String> words, T value) {
        PhraseTrie<T> node = this;
        for (String word : words) {
            node = node.children.computeIfAbsent(word, w -> new PhraseTrie<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
    }

    /** Number of distinct (phrase, value) pairs stored at the root's subtree (only tracked at the root). */
    int size() {
        return size;
    }

    /** Longest phrase starting at {@code start}, or null. */
    Match<T> longestAt(List<String> tokens, int start) {
        PhraseTrie<T> node = this;
        Match<T> best = null;
        for (int i = start; i < tokens.size(); i++) {
            node = node.children.get(tokens.get(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = new Match<>(start, i + 1, List.copyOf(node.values));
            }
        }
        return best;
    }
}
