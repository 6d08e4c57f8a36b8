package org.froissart.extractors.ner;

import java.util.List;
import org.froissart.api.Token;

/**
 * Hashed token features for the name tagger. Static features of a sentence's tokens are written to
 * a {@link Scratch}; label-history features are computed by the decoder with {@link #labelFeatures}.
 * Feature values are 32-bit hashes; {@link NerModel} folds them into its weight table.
 */
final class NerFeatures {
    static final int MAX_FEATS = 64;
    static final int MAX_GAZ = 8;

    // template ids
    private static final int T_BIAS = 1, T_W = 2, T_RAW = 3, T_SHAPE = 4, T_PRE = 5, T_SUF = 6, T_CAP = 7,
            T_W_1 = 8, T_W1 = 9, T_W_2 = 10, T_W2 = 11, T_SH_1 = 12, T_SH1 = 13, T_BI_L = 14, T_BI_R = 15,
            T_SH3 = 16, T_GAZ = 17, T_GAZCAP = 18, T_GAZ_1 = 19, T_GAZ1 = 20, T_LEN = 21, T_CAP3 = 22,
            T_P1 = 23, T_P2P1 = 24, T_P1W = 25, T_P1SH = 26, T_GAZ_2 = 27, T_P1CAP = 28, T_W_1CAP = 29,
            T_SH_2 = 31, T_SH2 = 32;

    static final int CAP_LOWER = 0, CAP_INIT = 1, CAP_ALL = 2, CAP_DIGIT = 3, CAP_OTHER = 4, CAP_MIXED = 5,
            CAP_CAPSLINE = 6;
    /** Shape given to words of an all-capitals sentence (headline, results table): case carries no information. */
    private static final int SHAPE_CAPSLINE = 0x5EC0DE;
    static boolean CAPS_MODE = Boolean.getBoolean("froissart.ner.capsmode");

    private final Gazetteer gazetteer;
    private final int[] categorySeeds;

    NerFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<String> cats = gazetteer.categories();
        categorySeeds = new int[cats.size()];
        for (int i = 0; i < categorySeeds.length; i++) {
            categorySeeds[i] = fmix(cats.get(i).hashCode() * 0x27D4EB2D + 17);
        }
    }

    /** Per-call working memory, grown as needed. Not shared between threads. */
    static final class Scratch {
        int[] feats = new int[64 * MAX_FEATS];
        int[] featCount = new int[64];
        int[] norm = new int[64];
        int[] shape = new int[64];
        byte[] cap = new byte[64];
        int[] gaz = new int[64 * MAX_GAZ];
        int[] gazCount = new int[64];
        int[] labels = new int[64];
        float[] scores = new float[16];
        final int[] coveredUntil = new int[32];
        final int[] longest = new int[32];
        boolean capsLine;

        void ensure(int n) {
            if (featCount.length < n) {
                int m = Math.max(n, featCount.length * 2);
                feats = new int[m * MAX_FEATS];
                featCount = new int[m];
                norm = new int[m];
                shape = new int[m];
                cap = new byte[m];
                gaz = new int[m * MAX_GAZ];
                gazCount = new int[m];
                labels = new int[m];
            }
        }
    }

    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    static int f(int template, int a) {
        return fmix(template * 0x9E3779B1 ^ fmix(a + template));
    }

    static int f(int template, int a, int b) {
        return fmix(f(template, a) * 31 + fmix(b ^ 0x5bd1e995));
    }

    static int f(int template, int a, int b, int c) {
        return fmix(f(template, a, b) * 31 + fmix(c ^ 0x1b873593));
    }

    /** Computes static features of tokens [from, to) of one sentence into s (indices 0..n-1). */
    void extract(String text, List<Token> tokens, int from, int to, Scratch s) {
        int n = to - from;
        s.ensure(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(from + i);
            s.norm[i] = t.norm().hashCode();
            s.shape[i] = shapeHash(text, t.start(), t.end());
            s.cap[i] = (byte) capClass(text, t.start(), t.end());
        }
        if (CAPS_MODE && capsLine(text, tokens, from, n, s)) {
            for (int i = 0; i < n; i++) {
                int c = s.cap[i];
                if (c == CAP_ALL || c == CAP_INIT) { // no lower-case letter in a caps line
                    Token t = tokens.get(from + i);
                    s.cap[i] = CAP_CAPSLINE;
                    s.shape[i] = SHAPE_CAPSLINE + Math.min(t.end() - t.start(), 4);
                }
            }
            s.capsLine = true;
        } else {
            s.capsLine = false;
        }
        matchGazetteer(tokens, from, n, s);
        final int BOS = 0x7F4A7C15, EOS = 0x1234567;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(from + i);
            int base = i * MAX_FEATS;
            int k = 0;
            int[] F = s.feats;
            int w = s.norm[i];
            int sh = s.shape[i];
            int cap = s.cap[i];
            int first = i == 0 ? 1 : 0;
            int w1 = i > 0 ? s.norm[i - 1] : BOS;
            int w2 = i > 1 ? s.norm[i - 2] : BOS;
            int n1 = i + 1 < n ? s.norm[i + 1] : EOS;
            int n2 = i + 2 < n ? s.norm[i + 2] : EOS;
            int sh1 = i > 0 ? s.shape[i - 1] : BOS;
            int shn1 = i + 1 < n ? s.shape[i + 1] : EOS;
            int sh2 = i > 1 ? s.shape[i - 2] : BOS;
            int shn2 = i + 2 < n ? s.shape[i + 2] : EOS;
            int c1 = i > 0 ? s.cap[i - 1] : 7;
            int cn1 = i + 1 < n ? s.cap[i + 1] : 8;
            F[base + k++] = f(T_BIAS, 0);
            F[base + k++] = f(T_W, w);
            F[base + k++] = s.capsLine && cap == CAP_CAPSLINE ? f(T_RAW, w) : f(T_RAW, rawHash(text, t.start(), t.end()));
            F[base + k++] = f(T_SHAPE, sh);
            F[base + k++] = f(T_CAP, cap, first);
            F[base + k++] = f(T_LEN, Math.min(t.end() - t.start(), 12), cap);
            String norm = t.norm();
            int len = norm.length();
            int ph = 0;
            for (int j = 0; j < 4 && j < len; j++) {
                ph = ph * 31 + norm.charAt(j);
                if (j >= 1 && j < len - 1) {
                    F[base + k++] = f(T_PRE, ph, j);
                }
            }
            int sf = 0;
            for (int j = 0; j < 4 && j < len; j++) {
                sf = sf * 31 + norm.charAt(len - 1 - j);
                if (j >= 1 && j < len - 1) {
                    F[base + k++] = f(T_SUF, sf, j);
                }
            }
            F[base + k++] = f(T_W_1, w1);
            F[base + k++] = f(T_W1, n1);
            F[base + k++] = f(T_W_2, w2);
            F[base + k++] = f(T_W2, n2);
            F[base + k++] = f(T_SH_1, sh1, sh);
            F[base + k++] = f(T_SH1, shn1, sh);
            F[base + k++] = f(T_SH_2, sh2);
            F[base + k++] = f(T_SH2, shn2);
            F[base + k++] = f(T_BI_L, w1, w);
            F[base + k++] = f(T_BI_R, w, n1);
            F[base + k++] = f(T_SH3, sh1, sh, shn1);
            F[base + k++] = f(T_CAP3, c1 * 16 + cap, cn1 * 2 + first);
            F[base + k++] = f(T_W_1CAP, w1, cap);
            // gazetteer features of this token and neighbours
            int gb = i * MAX_GAZ;
            for (int g = 0; g < s.gazCount[i] && k < MAX_FEATS - 8; g++) {
                int code = s.gaz[gb + g];
                F[base + k++] = f(T_GAZ, code);
                F[base + k++] = f(T_GAZCAP, code, cap * 2 + first);
            }
            if (i > 0) {
                int pb = (i - 1) * MAX_GAZ;
                for (int g = 0; g < s.gazCount[i - 1] && k < MAX_FEATS - 4; g++) {
                    F[base + k++] = f(T_GAZ_1, s.gaz[pb + g], cap);
                }
            }
            if (i > 1) {
                int pb = (i - 2) * MAX_GAZ;
                for (int g = 0; g < s.gazCount[i - 2] && k < MAX_FEATS - 2; g++) {
                    F[base + k++] = f(T_GAZ_2, s.gaz[pb + g], cap);
                }
            }
            if (i + 1 < n) {
                int nb = (i + 1) * MAX_GAZ;
                for (int g = 0; g < s.gazCount[i + 1] && k < MAX_FEATS; g++) {
                    F[base + k++] = f(T_GAZ1, s.gaz[nb + g], cap);
                }
            }
            s.featCount[i] = k;
        }
    }

    /** Label-history features for token i given the two previous labels; returns count written. */
    int labelFeatures(Scratch s, int i, int p1, int p2, int[] out) {
        out[0] = f(T_P1, p1);
        out[1] = f(T_P2P1, p2, p1);
        out[2] = f(T_P1W, p1, s.norm[i]);
        out[3] = f(T_P1SH, p1, s.shape[i]);
        out[4] = f(T_P1CAP, p1, s.cap[i]);
        return 5;
    }

    private void matchGazetteer(List<Token> tokens, int from, int n, Scratch s) {
        java.util.Arrays.fill(s.gazCount, 0, n, 0);
        int cats = categorySeeds.length;
        if (cats == 0) {
            return;
        }
        int[] covered = s.coveredUntil;
        int[] longest = s.longest;
        java.util.Arrays.fill(covered, 0);
        for (int i = 0; i < n; i++) {
            long h = Gazetteer.start();
            int any = 0;
            int max = Math.min(Gazetteer.MAX_LEN, n - i);
            for (int len = 1; len <= max; len++) {
                h = Gazetteer.extend(h, tokens.get(from + i + len - 1).norm());
                int bits = gazetteer.lookup(h);
                if (bits != 0) {
                    any |= bits;
                    int b = bits;
                    while (b != 0) {
                        int c = Integer.numberOfTrailingZeros(b);
                        b &= b - 1;
                        longest[c] = len;
                    }
                }
            }
            while (any != 0) {
                int c = Integer.numberOfTrailingZeros(any);
                any &= any - 1;
                if (i < covered[c]) {
                    continue;
                }
                int L = longest[c];
                covered[c] = i + L;
                for (int j = 0; j < L; j++) {
                    int pos = L == 1 ? 3 : j == 0 ? 0 : j == L - 1 ? 2 : 1; // B I L U
                    int t = i + j;
                    if (s.gazCount[t] < MAX_GAZ) {
                        s.gaz[t * MAX_GAZ + s.gazCount[t]++] = categorySeeds[c] * 8 + pos;
                    }
                }
            }
        }
    }

    /**
     * Whether a sentence is written in capitals (headlines, sports tables): at least two words of
     * two or more letters in capitals and no word with a lower-case letter.
     */
    static boolean capsLine(String text, List<Token> tokens, int from, int n, Scratch s) {
        int caps = 0;
        for (int i = 0; i < n; i++) {
            int c = s.cap[i];
            if (c == CAP_LOWER || c == CAP_MIXED || c == CAP_OTHER || c == CAP_DIGIT) {
                if (c != CAP_OTHER && c != CAP_DIGIT) {
                    return false;
                }
                continue;
            }
            Token t = tokens.get(from + i);
            for (int j = t.start(); j < t.end(); j++) {
                if (Character.isLowerCase(text.charAt(j))) {
                    return false;
                }
            }
            if (t.end() - t.start() >= 2) {
                caps++;
            }
        }
        return caps >= 2 || (caps == 1 && n <= 3);
    }

    static int rawHash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** Word shape: X, x, d, other chars kept, runs collapsed, at most 8 symbols. */
    static int shapeHash(String text, int start, int end) {
        int h = 7;
        char last = 0;
        int count = 0;
        for (int i = start; i < end && count < 8; i++) {
            char c = text.charAt(i);
            char m;
            if (Character.isUpperCase(c)) {
                m = 'X';
            } else if (Character.isLetter(c)) {
                m = 'x';
            } else if (Character.isDigit(c)) {
                m = 'd';
            } else if (c == '’') {
                m = '\'';
            } else {
                m = c;
            }
            if (m != last) {
                h = h * 31 + m;
                last = m;
                count++;
            }
        }
        return h;
    }

    static int capClass(String text, int start, int end) {
        int upper = 0, lower = 0, digit = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLetter(c)) {
                lower++;
            } else if (Character.isDigit(c)) {
                digit++;
            }
        }
        if (digit > 0) {
            return CAP_DIGIT;
        }
        if (upper == 0 && lower == 0) {
            return CAP_OTHER;
        }
        if (upper == 0) {
            return CAP_LOWER;
        }
        boolean initUpper = Character.isUpperCase(text.charAt(start));
        if (lower == 0) {
            return upper > 1 ? CAP_ALL : CAP_INIT;
        }
        return initUpper && upper == 1 ? CAP_INIT : CAP_MIXED;
    }
}
