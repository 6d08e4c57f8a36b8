package org.froissart.extractors.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.froissart.api.Token;

/**
 * A dictionary of token sequences compiled once into a trie over token norms, shared read-only by
 * all threads. Matching at a position walks the trie along the document's tokens and returns the
 * longest entry, so a lookup costs one hash probe per matched token.
 *
 * @param <V> what an entry maps to
 */
public final class TokenTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    private static final class Node<V> {
        Map<String, Node<V>> next;
        List<V> values;
    }

    /** A longest match: tokens [start, end) and the values stored for that sequence. */
    public record Match<V>(int start, int end, List<V> values) {
    }

    public void add(List<String> norms, V value) {
        if (norms.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (String t : norms) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
        size++;
    }

    public int size() {
        return size;
    }

    /** The longest entry starting at token {@code from}, not past token {@code limit}, or null. */
    public Match<V> longest(List<Token> tokens, int from, int limit) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from; i < limit; i++) {
            if (n.next == null) {
                break;
            }
            n = n.next.get(tokens.get(i).norm());
            if (n == null) {
                break;
            }
            if (n.values != null) {
                best = new Match<>(from, i + 1, n.values);
            }
        }
        return best;
    }

    /** Exact look-up of one sequence. */
    public List<V> get(List<String> norms) {
        Node<V> n = root;
        for (String t : norms) {
            if (n.next == null) {
                return null;
            }
            n = n.next.get(t);
            if (n == null) {
                return null;
            }
        }
        return n.values;
    }
}
