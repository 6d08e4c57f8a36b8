package org.froissart.extractors.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Linear model over hashed features: a weight row of {@link #LABELS} floats per bucket.
 * Labels (BIO): 0 O, 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC.
 * File format: gzip( "FNER", version, bits, labels, scale, then bucket rows as 16-bit quantised
 * weights, zero rows run-length encoded ).
 */
final class NerModel {
    static final int LABELS = 7;
    static final int O = 0;
    private static final int MAGIC = 0x464E4552; // FNER
    private static final int VERSION = 1;

    final int bits;
    final float[] weights;

    NerModel(int bits) {
        this(bits, new float[(1 << bits) * LABELS]);
    }

    private NerModel(int bits, float[] weights) {
        this.bits = bits;
        this.weights = weights;
    }

    /** Offset of the weight row of a feature hash. */
    int row(int feature) {
        return ((feature * 0x9E3779B1) >>> (32 - bits)) * LABELS;
    }

    static int typeOf(int label) {
        return (label + 1) / 2; // 0 none, 1 PER, 2 ORG, 3 LOC
    }

    static boolean isBegin(int label) {
        return label != O && (label & 1) == 1;
    }

    /** Whether label may follow prev under BIO. */
    static boolean allowed(int prev, int label) {
        if (label == O || isBegin(label)) {
            return true;
        }
        return prev != O && typeOf(prev) == typeOf(label);
    }

    void write(OutputStream raw) throws IOException {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1f : max / 32000f;
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(bits);
        out.writeInt(LABELS);
        out.writeFloat(scale);
        int rows = 1 << bits;
        short[] q = new short[LABELS];
        int zeros = 0;
        for (int r = 0; r < rows; r++) {
            boolean zero = true;
            for (int l = 0; l < LABELS; l++) {
                q[l] = (short) Math.round(weights[r * LABELS + l] / scale);
                zero &= q[l] == 0;
            }
            if (zero) {
                zeros++;
                continue;
            }
            out.writeInt(zeros);
            zeros = 0;
            for (int l = 0; l < LABELS; l++) {
                out.writeShort(q[l]);
            }
        }
        out.writeInt(-1 - zeros);
        out.flush();
        gz.finish();
    }

    static NerModel read(InputStream raw) throws IOException {
        // One bulk inflate, then plain array arithmetic: reading the 2 million weights one call each
        // (DataInputStream, or even ByteBuffer) took a fifth of a second on the cold JVM of a start-up.
        byte[] b = new GZIPInputStream(raw, 1 << 16).readAllBytes();
        try {
            if (intAt(b, 0) != MAGIC) {
                throw new IOException("not a Froissart NER model");
            }
            int version = intAt(b, 4);
            if (version != VERSION) {
                throw new IOException("unsupported NER model version " + version);
            }
            int bits = intAt(b, 8);
            int labels = intAt(b, 12);
            if (labels != LABELS || bits < 8 || bits > 26) {
                throw new IOException("bad NER model header");
            }
            float scale = Float.intBitsToFloat(intAt(b, 16));
            NerModel m = new NerModel(bits);
            float[] w = m.weights;
            int rows = 1 << bits;
            int r = 0;
            int p = 20;
            while (true) {
                int skip = intAt(b, p);
                p += 4;
                if (skip < 0) {
                    break;
                }
                r += skip;
                if (r >= rows) {
                    throw new IOException("corrupt NER model");
                }
                int base = r * LABELS;
                for (int l = 0; l < LABELS; l++, p += 2) {
                    w[base + l] = (short) (b[p] << 8 | b[p + 1] & 0xFF) * scale;
                }
                r++;
            }
            return m;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new EOFException("truncated NER model");
        }
    }

    /** The big-endian int at b[p], as DataOutputStream wrote it. */
    private static int intAt(byte[] b, int p) {
        return b[p] << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | b[p + 3] & 0xFF;
    }
}
