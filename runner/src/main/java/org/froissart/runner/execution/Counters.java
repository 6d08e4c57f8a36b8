package org.froissart.runner.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run counts, updated by the writer thread only, item by item, in input order: so a
 * checkpoint's counters describe exactly the items before it, and a resumed run carries them on.
 */
final class Counters {
    /** Per reader: files, read, documents, written, failed, skipped. */
    static final int FILES = 0, READ = 1, DOCUMENTS = 2, WRITTEN = 3, FAILED = 4, SKIPPED = 5;
    /** Per step: read (reached the step), passed, failed, skipped (language), nanoseconds. */
    static final int S_READ = 0, S_PASSED = 1, S_FAILED = 2, S_SKIPPED = 3, S_NANOS = 4;

    long items;
    long read;
    long written;
    long failed;
    long skipped;
    long characters;
    long warnings;
    long inputFiles;
    long ignoredFiles;
    long inputProblems;
    long inputSkipped;
    double seconds;
    final Map<String, long[]> readers = new LinkedHashMap<>();
    final long[][] steps;

    Counters(int stepCount) {
        steps = new long[stepCount][5];
    }

    long[] reader(String name) {
        return readers.computeIfAbsent(name, k -> new long[6]);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("read", read);
        m.put("written", written);
        m.put("failed", failed);
        m.put("skipped", skipped);
        m.put("characters", characters);
        m.put("warnings", warnings);
        m.put("inputFiles", inputFiles);
        m.put("ignoredFiles", ignoredFiles);
        m.put("inputProblems", inputProblems);
        m.put("inputSkipped", inputSkipped);
        m.put("seconds", seconds);
        Map<String, Object> r = new LinkedHashMap<>();
        readers.forEach((k, v) -> r.put(k, toList(v)));
        m.put("readers", r);
        List<Object> s = new ArrayList<>();
        for (long[] st : steps) {
            s.add(toList(st));
        }
        m.put("steps", s);
        return m;
    }

    @SuppressWarnings("unchecked")
    static Counters fromMap(Map<String, Object> m, int stepCount) {
        Counters c = new Counters(stepCount);
        c.items = num(m, "items");
        c.read = num(m, "read");
        c.written = num(m, "written");
        c.failed = num(m, "failed");
        c.skipped = num(m, "skipped");
        c.characters = num(m, "characters");
        c.warnings = num(m, "warnings");
        c.inputFiles = num(m, "inputFiles");
        c.ignoredFiles = num(m, "ignoredFiles");
        c.inputProblems = num(m, "inputProblems");
        c.inputSkipped = num(m, "inputSkipped");
        c.seconds = ((Number) m.get("seconds")).doubleValue();
        ((Map<String, List<Number>>) m.get("readers")).forEach((k, v) -> c.readers.put(k, fromList(v, 6)));
        List<List<Number>> s = (List<List<Number>>) m.get("steps");
        if (s.size() != stepCount) {
            throw new IllegalArgumentException("checkpoint has " + s.size() + " steps, the pipeline " + stepCount);
        }
        for (int i = 0; i < stepCount; i++) {
            c.steps[i] = fromList(s.get(i), 5);
        }
        return c;
    }

    private static long num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("missing counter '" + key + "'");
        }
        return n.longValue();
    }

    private static List<Long> toList(long[] a) {
        List<Long> l = new ArrayList<>(a.length);
        for (long x : a) {
            l.add(x);
        }
        return l;
    }

    private static long[] fromList(List<Number> l, int size) {
        if (l.size() != size) {
            throw new IllegalArgumentException("expected " + size + " numbers, found " + l.size());
        }
        long[] a = new long[size];
        for (int i = 0; i < size; i++) {
            a[i] = l.get(i).longValue();
        }
        return a;
    }
}
