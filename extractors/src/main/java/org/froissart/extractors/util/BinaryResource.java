package org.froissart.extractors.util;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The compiled dictionaries a language pack ships next to its word lists (made by the build with
 * {@link org.froissart.extractors.lang.PackCompiler}): a header naming the format and its version, then
 * big-endian arrays, each its length and then its elements. A file is read with one bulk read and its
 * arrays are copied out whole, which is what makes them fast to load on a cold JVM.
 */
public final class BinaryResource {
    private BinaryResource() {
    }

    /** Starts a file: its format's four-letter name and version. */
    public static DataOutputStream create(OutputStream out, String format, int version) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(magic(format));
        d.writeInt(version);
        return d;
    }

    /**
     * The whole content of a file, positioned after its header.
     *
     * @throws IOException when it is not a file of that format and version (a stale or foreign file)
     */
    public static ByteBuffer open(InputStream in, String format, int version, String path) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
        if (b.remaining() < 8 || b.getInt() != magic(format)) {
            throw new IOException(path + " is not a compiled " + format + " file");
        }
        int v = b.getInt();
        if (v != version) {
            throw new IOException(path + " has " + format + " format version " + v + ", this reader reads version " + version
                    + "; rebuild the language pack");
        }
        return b;
    }

    /** Fails unless the whole file was read: a truncated or overlong file is corrupt. */
    public static void end(ByteBuffer in, String path) throws IOException {
        if (in.hasRemaining()) {
            throw new IOException(path + ": " + in.remaining() + " unexpected bytes at the end");
        }
    }

    public static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    public static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    public static int[] readInts(ByteBuffer in) {
        int[] values = new int[length(in, 4)];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * values.length);
        return values;
    }

    public static long[] readLongs(ByteBuffer in) {
        long[] values = new long[length(in, 8)];
        in.asLongBuffer().get(values);
        in.position(in.position() + 8 * values.length);
        return values;
    }

    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(ByteBuffer in) {
        byte[] b = new byte[length(in, 1)];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int length(ByteBuffer in, int elementSize) {
        int n = in.getInt();
        if (n < 0 || (long) n * elementSize > in.remaining()) {
            throw new BufferUnderflowException();
        }
        return n;
    }

    private static int magic(String format) {
        byte[] b = format.getBytes(StandardCharsets.US_ASCII);
        if (b.length != 4) {
            throw new IllegalArgumentException("a format name has four letters: " + format);
        }
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }
}
