package org.froissart.extractors.match;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.froissart.api.Token;
import org.froissart.extractors.util.BinaryResource;
import org.froissart.extractors.util.IntList;

/**
 * A dictionary of token sequences compiled once into a trie over token norms, shared read-only by
 * all threads. Matching at a position walks the trie along the document's tokens and returns the
 * longest entry, so a lookup costs one hash probe per matched token.
 *
 * <p>The trie is a few flat int arrays, so that a compiled dictionary loads with bulk reads
 * ({@link #write}, {@link #read}) instead of being rebuilt entry by entry: node 0 is the root; every
 * other node has a parent and the token leading to it (an id in a {@link StringTable}); the edges are
 * open-addressing tables of child nodes, keyed by parent and token hash. An entry's value is an int
 * that {@code values} turns into a {@code V} when the entry is first matched.
 *
 * @param <V> what an entry maps to
 */
public final class TokenTrie<V> {
    /** Node n is {@code nodes[2n]}: its parent and its token's string id. */
    private static final int PARENT = 0;
    private static final int TOKEN = 1;
    private static final int NODE_INTS = 2;

    private final StringTable strings;
    private final int[] nodes;
    /** Bit n: node n has children. */
    private final long[] inner;
    /**
     * Open addressing by {@link #slot} of parent and token hash, two ints a slot: the token's
     * {@code String.hashCode()} and the child node, 0 for an empty slot (the root is nobody's child).
     * The hash is in the slot so that probing past other edges reads no node. The root's edges have a
     * table of their own, at most a quarter full, the others one at most half full: every look-up
     * starts at the root, and most end there.
     */
    private final int[] rootEdges;
    private final int rootShift;
    private final int[] edges;
    private final int edgeShift;
    /** The values of node n are {@code valueIds[firstValue[n]]} to {@code valueIds[firstValue[n + 1] - 1]}, in the order added. */
    private final int[] firstValue;
    private final int[] valueIds;
    private final IntFunction<V> values;
    /**
     * Per node, made on first use: {@code [2n]} its token (from the string table), {@code [2n + 1]} its
     * values ({@link #NO_VALUES} when no entry ends there). Side by side, a match reads one cache line.
     */
    private final Object[] made;
    private static final List<Object> NO_VALUES = List.of();

    /** A longest match: tokens [start, end) and the values stored for that sequence. */
    public record Match<V>(int start, int end, List<V> values) {
    }

    private TokenTrie(StringTable strings, int[] nodes, long[] inner, int[] rootEdges, int[] edges, int[] firstValue,
                      int[] valueIds, IntFunction<V> values) {
        int count = nodes.length / NODE_INTS;
        if (count == 0 || nodes.length % NODE_INTS != 0 || inner.length != (count + 63) / 64 || rootEdges.length < 4
                || Integer.bitCount(rootEdges.length) != 1 || edges.length < 4 || Integer.bitCount(edges.length) != 1
                || firstValue.length != count + 1 || firstValue[count] != valueIds.length) {
            throw new IllegalArgumentException("corrupt token trie");
        }
        this.strings = strings;
        this.nodes = nodes;
        this.inner = inner;
        this.rootEdges = rootEdges;
        this.rootShift = 64 - Integer.numberOfTrailingZeros(rootEdges.length / 2);
        this.edges = edges;
        this.edgeShift = 64 - Integer.numberOfTrailingZeros(edges.length / 2);
        this.firstValue = firstValue;
        this.valueIds = valueIds;
        this.values = values;
        this.made = new Object[2 * count];
    }

    private static int slot(int parent, int tokenHash, int shift) {
        long key = (long) parent << 32 | (tokenHash & 0xFFFFFFFFL);
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private boolean hasChildren(int node) {
        return (inner[node >>> 6] & 1L << node) != 0;
    }

    /** The child of node reached by norm, or 0. */
    private int child(int node, String norm) {
        int h = norm.hashCode();
        int[] table = node == 0 ? rootEdges : edges;
        int mask = table.length / 2 - 1;
        for (int i = slot(node, h, node == 0 ? rootShift : edgeShift); ; i = (i + 1) & mask) {
            int n = table[2 * i + 1];
            if (n == 0) {
                return 0;
            }
            if (table[2 * i] == h && nodes[n * NODE_INTS + PARENT] == node && token(n).equals(norm)) {
                return n;
            }
        }
    }

    /** The token leading to node n. */
    private String token(int n) {
        String t = (String) made[2 * n];
        if (t == null) {
            t = strings.get(nodes[n * NODE_INTS + TOKEN]);
            made[2 * n] = t; // a String is immutable: publishing it without a lock is safe
        }
        return t;
    }

    /** The values of a node, or null when no entry ends there. */
    @SuppressWarnings("unchecked")
    private List<V> values(int node) {
        List<V> l = (List<V>) made[2 * node + 1];
        if (l == null) {
            int from = firstValue[node];
            int to = firstValue[node + 1];
            Object[] v = new Object[to - from];
            for (int i = from; i < to; i++) {
                v[i - from] = values.apply(valueIds[i]);
            }
            l = (List<V>) (from == to ? NO_VALUES : List.of(v));
            made[2 * node + 1] = l; // an immutable list: publishing it without a lock is safe
        }
        return l == NO_VALUES ? null : l;
    }

    /** Number of entries. */
    public int size() {
        return valueIds.length;
    }

    /** The longest entry starting at token {@code from}, not past token {@code limit}, or null. */
    public Match<V> longest(List<Token> tokens, int from, int limit) {
        int n = 0;
        Match<V> best = null;
        for (int i = from; i < limit && hasChildren(n); i++) {
            n = child(n, tokens.get(i).norm());
            if (n == 0) {
                break;
            }
            List<V> v = values(n);
            if (v != null) {
                best = new Match<>(from, i + 1, v);
            }
        }
        return best;
    }

    /** Exact look-up of one sequence. */
    public List<V> get(List<String> norms) {
        int n = 0;
        for (String t : norms) {
            if (!hasChildren(n)) {
                return null;
            }
            n = child(n, t);
            if (n == 0) {
                return null;
            }
        }
        return values(n);
    }

    /** Writes the trie's structure, edge table included; its strings and values are the caller's to write. */
    public void write(DataOutputStream out) throws IOException {
        BinaryResource.writeInts(out, nodes);
        BinaryResource.writeLongs(out, inner);
        writeEdges(out, rootEdges);
        writeEdges(out, edges);
        BinaryResource.writeInts(out, firstValue);
        BinaryResource.writeInts(out, valueIds);
    }

    /** Reads a trie written by {@link #write} whose tokens are in strings. */
    public static <V> TokenTrie<V> read(ByteBuffer in, StringTable strings, IntFunction<V> values) {
        return new TokenTrie<>(strings, BinaryResource.readInts(in), BinaryResource.readLongs(in), readEdges(in), readEdges(in),
                BinaryResource.readInts(in), BinaryResource.readInts(in), values);
    }

    /** An edge table without its empty slots, which are most of it: its size, then each used slot, its hash and its node. */
    private static void writeEdges(DataOutputStream out, int[] table) throws IOException {
        IntList slots = new IntList();
        for (int i = 0; i < table.length / 2; i++) {
            if (table[2 * i + 1] != 0) {
                slots.add(i);
            }
        }
        int[] used = slots.toArray();
        int[] hashes = new int[used.length];
        int[] nodes = new int[used.length];
        for (int j = 0; j < used.length; j++) {
            hashes[j] = table[2 * used[j]];
            nodes[j] = table[2 * used[j] + 1];
        }
        out.writeInt(table.length / 2);
        BinaryResource.writeInts(out, used);
        BinaryResource.writeInts(out, hashes);
        BinaryResource.writeInts(out, nodes);
    }

    private static int[] readEdges(ByteBuffer in) {
        int capacity = in.getInt();
        int[] used = BinaryResource.readInts(in);
        int[] hashes = BinaryResource.readInts(in);
        int[] nodes = BinaryResource.readInts(in);
        if (capacity < 2 || Integer.bitCount(capacity) != 1 || hashes.length != used.length || nodes.length != used.length) {
            throw new IllegalArgumentException("corrupt token trie");
        }
        int[] table = new int[2 * capacity];
        for (int j = 0; j < used.length; j++) {
            table[2 * used[j]] = hashes[j];
            table[2 * used[j] + 1] = nodes[j];
        }
        return table;
    }

    /** Collects entries; {@link #build} compiles them. Not thread-safe. */
    public static final class Builder {
        private final StringTable.Builder strings;
        /** Per node, its children by token; null until it has one. */
        private final List<Map<String, Integer>> children = new ArrayList<>();
        private final IntList parent = new IntList();
        private final IntList token = new IntList();
        private final IntList tokenHash = new IntList();
        private final IntList entryNode = new IntList();
        private final IntList entryValue = new IntList();

        /** Tokens become ids in strings, the table the built trie will read them from. */
        public Builder(StringTable.Builder strings) {
            this.strings = strings;
            parent.add(-1); // the root
            token.add(-1);
            tokenHash.add(0);
            children.add(null);
        }

        /** Adds an entry; an empty sequence is ignored. */
        public void add(List<String> norms, int value) {
            if (norms.isEmpty()) {
                return;
            }
            int n = 0;
            for (String t : norms) {
                Map<String, Integer> next = children.get(n);
                if (next == null) {
                    next = new HashMap<>(4);
                    children.set(n, next);
                }
                Integer c = next.get(t);
                if (c == null) {
                    c = parent.size();
                    next.put(t, c);
                    parent.add(n);
                    token.add(strings.add(t));
                    tokenHash.add(t.hashCode());
                    children.add(null);
                }
                n = c;
            }
            entryNode.add(n);
            entryValue.add(value);
        }

        /** The trie, its tokens in strings (built from this builder's table), values made by values. */
        public <V> TokenTrie<V> build(StringTable strings, IntFunction<V> values) {
            int count = parent.size();
            int[] nodes = new int[count * NODE_INTS];
            long[] inner = new long[(count + 63) / 64];
            int rootChildren = 0;
            for (int n = 1; n < count; n++) {
                rootChildren += parent.get(n) == 0 ? 1 : 0;
            }
            int[] rootEdges = edgeTable(4 * rootChildren);
            int[] edges = edgeTable(2 * (count - 1 - rootChildren));
            for (int n = 0; n < count; n++) {
                nodes[n * NODE_INTS + PARENT] = parent.get(n);
                nodes[n * NODE_INTS + TOKEN] = token.get(n);
                if (n > 0) {
                    inner[parent.get(n) >>> 6] |= 1L << parent.get(n);
                    int[] table = parent.get(n) == 0 ? rootEdges : edges;
                    int capacity = table.length / 2;
                    int i = slot(parent.get(n), tokenHash.get(n), 64 - Integer.numberOfTrailingZeros(capacity));
                    while (table[2 * i + 1] != 0) {
                        i = (i + 1) & (capacity - 1);
                    }
                    table[2 * i] = tokenHash.get(n);
                    table[2 * i + 1] = n;
                }
            }
            int[] firstValue = new int[count + 1];
            for (int e = 0; e < entryNode.size(); e++) {
                firstValue[entryNode.get(e) + 1]++;
            }
            for (int n = 0; n < count; n++) {
                firstValue[n + 1] += firstValue[n];
            }
            int[] next = Arrays.copyOf(firstValue, count);
            int[] valueIds = new int[entryNode.size()];
            for (int e = 0; e < entryNode.size(); e++) {
                valueIds[next[entryNode.get(e)]++] = entryValue.get(e);
            }
            return new TokenTrie<>(strings, nodes, inner, rootEdges, edges, firstValue, valueIds, values);
        }

        /** An empty edge table of at least that many slots (two ints each), a power of two. */
        private static int[] edgeTable(int slots) {
            return new int[2 * Integer.highestOneBit(Math.max(2, slots) - 1) * 2];
        }
    }
}
