package org.froissart.extractors.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Named word lists ("categories": loc, per, first, org, orgkey, title, demonym, ...) matched on
 * token norms. Entries are token-norm sequences; lookup hashes the norm sequence incrementally, so
 * matching allocates nothing. Immutable once built; thread-safe.
 */
public final class Gazetteer {
    /** Longest entry length, in tokens. */
    static final int MAX_LEN = 6;
    private static final long SEED = 0x2545F4914F6CDD1DL;

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
