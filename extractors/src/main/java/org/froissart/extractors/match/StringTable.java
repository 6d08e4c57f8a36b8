package org.froissart.extractors.match;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.froissart.extractors.util.BinaryResource;

/**
 * The distinct strings of a compiled dictionary, numbered. Read from a compiled file they stay one
 * UTF-8 block, and each string is made on first use: a dictionary holds some 150,000 strings of which
 * a run needs a few thousand. Thread-safe: two threads may both make a string, which is harmless.
 */
public final class StringTable {
    private final byte[] utf8;
    private final int[] offsets;
    private final String[] strings;

    private StringTable(byte[] utf8, int[] offsets, String[] strings) {
        this.utf8 = utf8;
        this.offsets = offsets;
        this.strings = strings;
    }

    public String get(int id) {
        String s = strings[id];
        if (s == null) {
            s = new String(utf8, offsets[id], offsets[id + 1] - offsets[id], StandardCharsets.UTF_8);
            strings[id] = s; // a String is immutable: publishing it without a lock is safe
        }
        return s;
    }

    public int size() {
        return strings.length;
    }

    public void write(DataOutputStream out) throws IOException {
        int[] ends = new int[strings.length + 1];
        byte[][] encoded = new byte[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            encoded[i] = get(i).getBytes(StandardCharsets.UTF_8);
            ends[i + 1] = ends[i] + encoded[i].length;
        }
        BinaryResource.writeInts(out, ends);
        out.writeInt(ends[strings.length]);
        for (byte[] b : encoded) {
            out.write(b);
        }
    }

    public static StringTable read(ByteBuffer in) {
        int[] offsets = BinaryResource.readInts(in);
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new StringTable(utf8, offsets, new String[offsets.length - 1]);
    }

    /** Numbers strings in the order they are first added. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>(1 << 12);
        private final List<String> strings = new ArrayList<>();

        public int add(String s) {
            Integer id = ids.get(s);
            if (id == null) {
                id = strings.size();
                ids.put(s, id);
                strings.add(s);
            }
            return id;
        }

        public StringTable build() {
            return new StringTable(null, null, strings.toArray(new String[0]));
        }
    }
}
