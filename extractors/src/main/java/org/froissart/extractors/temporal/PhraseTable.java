package org.froissart.extractors.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An immutable trie of phrases over {@link ScannedText} token norms, mapping each phrase to one or
 * more entries. Matching walks tokens with hash lookups only (no regular expressions) and returns
 * the longest phrase whose entry is accepted. Thread-safe once built.
 *
 * @param <E> entry type
 */
public final class PhraseTable<E> {
    private static final class Node<E> {
        Map<String, Node<E>> next = Map.of();
        List<Item<E>> items = List.of();
    }

    private record Item<E>(E value, String compactSurface) {
    }

    /** A match: tokens [{@code start}, {@code end}) and the accepted entry. */
    public record Match<E>(int start, int end, E entry) {
    }

    private final Node<E> root;
    private final int phrases;
    /** Open-addressing set of the hashes of the first tokens (pre-filter without allocation). */
    private final int[] firstHashes;
    private final boolean[] firstUsed;

    private PhraseTable(Node<E> root, int phrases) {
        this.root = root;
        this.phrases = phrases;
        int cap = Integer.highestOneBit(Math.max(4, root.next.size() * 4) - 1) << 1;
        this.firstHashes = new int[cap];
        this.firstUsed = new boolean[cap];
        for (String key : root.next.keySet()) {
            int h = key.hashCode();
            if (h == ScannedText.UNKNOWN_HASH) {
                h = 1; // as ScannedText.normHash does
            }
            int k = mix(h) & (cap - 1);
            while (firstUsed[k] && firstHashes[k] != h) {
                k = (k + 1) & (cap - 1);
            }
            firstUsed[k] = true;
            firstHashes[k] = h;
        }
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    private boolean mayStartWith(int h) {
        if (h == ScannedText.UNKNOWN_HASH) {
            return true;
        }
        int mask = firstHashes.length - 1;
        int k = mix(h) & mask;
        while (firstUsed[k]) {
            if (firstHashes[k] == h) {
                return true;
            }
            k = (k + 1) & mask;
        }
        return false;
    }

    public static <E> Builder<E> builder() {
        return new Builder<>();
    }

    public int phraseCount() {
        return phrases;
    }

    /** Cheap pre-check: some phrase starts with token {@code i}. */
    public boolean startsAt(ScannedText t, int i) {
        return i >= 0 && i < t.size() && mayStartWith(t.normHash(i)) && root.next.containsKey(t.norm(i));
    }

    /** Longest phrase starting at token {@code i} with an entry accepted by {@code accept}, or null. */
    public Match<E> longest(ScannedText t, int i, Predicate<? super E> accept) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        if (!mayStartWith(t.normHash(i))) {
            return null;
        }
        Node<E> node = root;
        Match<E> best = null;
        int n = t.size();
        for (int k = i; k < n; k++) {
            node = node.next.get(t.norm(k));
            if (node == null) {
                break;
            }
            for (Item<E> item : node.items) {
                if ((accept == null || accept.test(item.value)) && surfaceOk(t, i, k + 1, item)) {
                    best = new Match<>(i, k + 1, item.value);
                    break;
                }
            }
        }
        return best;
    }

    private static boolean surfaceOk(ScannedText t, int from, int to, Item<?> item) {
        if (item.compactSurface == null) {
            return true;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(t.raw(k));
        }
        return sb.toString().equals(item.compactSurface);
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder<E> {
        private final Node<E> root = new Node<>();
        private int phrases;

        /**
         * Adds {@code phrase}, tokenized like the text. When {@code caseSensitive}, the matched
         * text (spaces removed) must equal the phrase (spaces removed) exactly.
         */
        public Builder<E> add(String phrase, E value, boolean caseSensitive) {
            ScannedText p = ScannedText.of(phrase);
            if (p.size() == 0) {
                throw new IllegalArgumentException("empty phrase");
            }
            Node<E> node = root;
            StringBuilder compact = new StringBuilder();
            for (int k = 0; k < p.size(); k++) {
                String key = p.norm(k);
                compact.append(p.raw(k));
                if (node.next.isEmpty()) {
                    node.next = new HashMap<>();
                }
                node = node.next.computeIfAbsent(key, x -> new Node<>());
            }
            if (node.items.isEmpty()) {
                node.items = new ArrayList<>();
            }
            node.items.add(new Item<>(value, caseSensitive ? compact.toString() : null));
            phrases++;
            return this;
        }

        public PhraseTable<E> build() {
            return new PhraseTable<>(freeze(root), phrases);
        }

        private static <E> Node<E> freeze(Node<E> n) {
            Node<E> f = new Node<>();
            f.items = List.copyOf(n.items);
            if (!n.next.isEmpty()) {
                Map<String, Node<E>> m = new HashMap<>(n.next.size() * 2);
                n.next.forEach((k, v) -> m.put(k, freeze(v)));
                f.next = Map.copyOf(m);
            }
            return f;
        }
    }
}
