package org.froissart.extractors.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-match NER scoring: a prediction counts only when start, end and type all equal a gold
 * mention of the same document. Accumulates over documents; per-type and micro-averaged P/R/F1.
 * Types are free strings (e.g. "PER", "ORG", "LOC"); callers filter out types they ignore.
 * Not thread-safe.
 */
public final class NerScorer {

    /** One mention: [start, end) and a type label. */
    public record Mention(int start, int end, String type) {}

    /** Counts for one type (or overall). */
    public record Counts(long truePositives, long goldCount, long predictedCount) {
        public double precision() {
            return predictedCount == 0 ? 0.0 : (double) truePositives / predictedCount;
        }

        public double recall() {
            return goldCount == 0 ? 0.0 : (double) truePositives / goldCount;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, long[]> byType = new TreeMap<>();
    private int documents;

    /** Adds one document's gold and predicted mentions (duplicates inside a list are counted once). */
    public void add(List<Mention> gold, List<Mention> predicted) {
        documents++;
        Set<Mention> g = new HashSet<>(gold);
        Set<Mention> p = new HashSet<>(predicted);
        for (Mention m : g) {
            slot(m.type())[1]++;
        }
        for (Mention m : p) {
            long[] c = slot(m.type());
            c[2]++;
            if (g.contains(m)) {
                c[0]++;
            }
        }
    }

    private long[] slot(String type) {
        return byType.computeIfAbsent(type, t -> new long[3]);
    }

    public int documents() {
        return documents;
    }

    /** Types seen in gold or predictions, sorted. */
    public List<String> types() {
        return new ArrayList<>(byType.keySet());
    }

    public Counts counts(String type) {
        long[] c = byType.get(type);
        return c == null ? new Counts(0, 0, 0) : new Counts(c[0], c[1], c[2]);
    }

    /** Micro-averaged over all types. */
    public Counts overall() {
        long tp = 0, g = 0, p = 0;
        for (long[] c : byType.values()) {
            tp += c[0];
            g += c[1];
            p += c[2];
        }
        return new Counts(tp, g, p);
    }

    public Map<String, Counts> perType() {
        Map<String, Counts> out = new HashMap<>();
        for (String t : byType.keySet()) {
            out.put(t, counts(t));
        }
        return out;
    }

    /** A plain-text table: one row per type and an "ALL" row. */
    public String formatTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %7s %7s %7s %7s %7s %7s%n", "type", "gold", "pred", "tp", "P", "R", "F1"));
        for (String t : byType.keySet()) {
            row(sb, t, counts(t));
        }
        row(sb, "ALL", overall());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-6s %7d %7d %7d %7.4f %7.4f %7.4f%n", name, c.goldCount(),
                c.predictedCount(), c.truePositives(), c.precision(), c.recall(), c.f1()));
    }
}
