package org.froissart.extractors.ner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.froissart.extractors.util.BinaryResource;
import org.froissart.extractors.util.IntList;

/**
 * Named word lists ("categories": loc, per, first, org, orgkey, title, demonym, ...) matched on
 * token norms. Entries are token-norm sequences; lookup hashes the norm sequence incrementally, so
 * matching allocates nothing. Immutable once built; thread-safe.
 */
public final class Gazetteer {
    /** Longest entry length, in tokens. */
    static final int MAX_LEN = 6;
    private static final long SEED = 0x2545F4914F6CDD1DL;
    private static final String FORMAT = "FGAZ";
    private static final int VERSION = 1;

    private final List<String> categories;
    private final long[] keys;
    private final int[] values;
    private final int mask;

    private Gazetteer(List<String> categories, long[] keys, int[] values) {
        this.categories = List.copyOf(categories);
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    public static Gazetteer empty() {
        return new Builder().build();
    }

    public List<String> categories() {
        return categories;
    }

    /** Index of a category, or -1. */
    public int categoryIndex(String name) {
        return categories.indexOf(name);
    }

    static long start() {
        return SEED;
    }

    static long extend(long h, String norm) {
        h ^= norm.hashCode() * 0x9E3779B97F4A7C15L;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 29);
    }

    /** Writes the compiled form that {@link #read} loads: the hash table itself, so loading rebuilds nothing. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream d = BinaryResource.create(out, FORMAT, VERSION);
        d.writeInt(categories.size());
        for (String c : categories) {
            BinaryResource.writeString(d, c);
        }
        d.writeInt(keys.length);
        IntList slots = new IntList();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                slots.add(i);
            }
        }
        int[] used = slots.toArray();
        long[] usedKeys = new long[used.length];
        int[] usedValues = new int[used.length];
        for (int j = 0; j < used.length; j++) {
            usedKeys[j] = keys[used[j]];
            usedValues[j] = values[used[j]];
        }
        // Only the used slots: the table is at least half empty.
        BinaryResource.writeInts(d, used);
        BinaryResource.writeLongs(d, usedKeys);
        BinaryResource.writeInts(d, usedValues);
        d.flush();
    }

    /**
     * Reads a gazetteer written by {@link #write}.
     *
     * @throws IOException when the file is corrupt or of another format version
     */
    public static Gazetteer read(InputStream in, String path) throws IOException {
        ByteBuffer b = BinaryResource.open(in, FORMAT, VERSION, path);
        try {
            int n = b.getInt();
            List<String> categories = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                categories.add(BinaryResource.readString(b));
            }
            int capacity = b.getInt();
            if (Integer.bitCount(capacity) != 1) {
                throw new IllegalArgumentException("table size " + capacity + " is not a power of two");
            }
            int[] used = BinaryResource.readInts(b);
            long[] usedKeys = BinaryResource.readLongs(b);
            int[] usedValues = BinaryResource.readInts(b);
            BinaryResource.end(b, path);
            if (usedKeys.length != used.length || usedValues.length != used.length || used.length * 2L > capacity) {
                throw new IllegalArgumentException("columns of different lengths");
            }
            long[] keys = new long[capacity];
            int[] values = new int[capacity];
            for (int j = 0; j < used.length; j++) {
                keys[used[j]] = usedKeys[j];
                values[used[j]] = usedValues[j];
            }
            return new Gazetteer(categories, keys, values);
        } catch (RuntimeException e) {
            throw new IOException(path + " is corrupt: " + e, e);
        }
    }

    /** Bitmask of the categories of the entry with this sequence hash (0 if none). */
    int lookup(long h) {
        if (h == 0) {
            h = 1;
        }
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long k = keys[i];
            if (k == h) {
                return values[i];
            }
            if (k == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /** Builder: {@code add(category, norms)} for each entry. */
    public static final class Builder {
        private final List<String> categories = new ArrayList<>();
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        public Builder add(String category, List<String> norms) {
            if (norms.isEmpty() || norms.size() > MAX_LEN) {
                return this;
            }
            int c = categories.indexOf(category);
            if (c < 0) {
                if (categories.size() >= 31) {
                    throw new IllegalArgumentException("too many categories");
                }
                categories.add(category);
                c = categories.size() - 1;
            }
            long h = start();
            for (String n : norms) {
                h = extend(h, n);
            }
            put(h, 1 << c);
            return this;
        }

        /** Declares a category even if it gets no entries. */
        public Builder category(String category) {
            if (!categories.contains(category)) {
                categories.add(category);
            }
            return this;
        }

        private void put(long h, int bit) {
            if (h == 0) {
                h = 1;
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int m = keys.length - 1;
            int i = (int) (h ^ (h >>> 32)) & m;
            while (keys[i] != 0 && keys[i] != h) {
                i = (i + 1) & m;
            }
            if (keys[i] == 0) {
                keys[i] = h;
                size++;
            }
            values[i] |= bit;
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = values;
            keys = new long[ok.length * 2];
            values = new int[ok.length * 2];
            size = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != 0) {
                    int bits = ov[i];
                    put(ok[i], bits);
                }
            }
        }

        public Gazetteer build() {
            return new Gazetteer(categories, Arrays.copyOf(keys, keys.length), Arrays.copyOf(values, values.length));
        }
    }
}
