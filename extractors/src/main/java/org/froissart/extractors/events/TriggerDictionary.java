package org.froissart.extractors.events;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.froissart.api.Token;
import org.froissart.extractors.util.Tsv;

/**
 * A language's event triggers (froissart/lang/xx/event-triggers.tsv, format in
 * docs/event-dictionaries.md), compiled once: patterns are indexed by the literal words or the
 * four-letter stem their first element accepts, so a token only tries the few patterns that can
 * start there. Matching walks at most three gap tokens: no backtracking blow-up.
 *
 * <p>A dictionary may merge several files ({@link #load(Function, List, CameoTable)}): the first is
 * the hand-written one, read strictly; the others are supplementary (generated) files, read
 * leniently (bad lines are skipped and counted, see {@link #skipped()}). Where a hand-written and a
 * supplementary trigger match the same tokens, only the hand-written one is reported.
 */
public final class TriggerDictionary {
    static final int MAX_GAP = 3;
    private static final int STEM = 4;

    /** One element of a pattern: literal words, prefixes, or a gap of 0 to 3 tokens. */
    record Element(Set<String> literals, List<String> prefixes, boolean gap) {
        boolean accepts(String norm) {
            if (literals.contains(norm)) {
                return true;
            }
            for (String p : prefixes) {
                if (norm.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One trigger line; {@code file} is the index of its file in the merged list (0: the
     * hand-written file, which takes precedence).
     */
    public record Trigger(String cameo, boolean nominal, List<Element> elements, Set<String> targetPreps, String source, int line,
                          int file) {
        public Trigger(String cameo, boolean nominal, List<Element> elements, Set<String> targetPreps, String source, int line) {
            this(cameo, nominal, elements, targetPreps, source, line, 0);
        }

        /** True for a trigger from a supplementary (generated) file. */
        public boolean supplementary() {
            return file > 0;
        }
    }

    /** A trigger found over tokens [start, end). */
    public record Hit(Trigger trigger, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private final Map<String, List<Trigger>> byWord = new HashMap<>();
    private final Map<String, List<Trigger>> byStem = new HashMap<>();
    private final Set<String> keys = new java.util.HashSet<>();
    private int size;
    private int skipped;
    private boolean merged;

    public static TriggerDictionary load(Function<String, InputStream> opener, String path, CameoTable cameo) {
        return load(opener, List.of(path), cameo);
    }

    /**
     * Merges trigger files: the first (hand-written) is read strictly and fails on a bad line; the
     * others are supplementary: a bad line is skipped and counted, a line repeating a (cameo, kind,
     * pattern) already loaded is dropped, and their hits give way to hand-written hits over the
     * same tokens.
     */
    public static TriggerDictionary load(Function<String, InputStream> opener, List<String> paths, CameoTable cameo) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no trigger file to load");
        }
        TriggerDictionary d = new TriggerDictionary();
        for (int f = 0; f < paths.size(); f++) {
            d.read(opener, paths.get(f), f, cameo);
        }
        d.merged = paths.size() > 1;
        return d;
    }

    private void read(Function<String, InputStream> opener, String path, int file, CameoTable cameo) {
        int line = 0;
        for (String[] row : Tsv.read(opener, path)) {
            line++;
            if (row[0].equals("cameo")) {
                continue; // header
            }
            Trigger t;
            try {
                t = parseRow(row, path, line, file, cameo);
            } catch (RuntimeException e) {
                if (file == 0) {
                    throw e;
                }
                skipped++; // a generated file must not stop the run
                continue;
            }
            if (!keys.add(t.cameo() + "\t" + (t.nominal() ? "N" : "V") + "\t" + t.source().strip())) {
                continue; // the same line again (hand-written first)
            }
            add(t);
        }
    }

    private static Trigger parseRow(String[] row, String path, int line, int file, CameoTable cameo) {
        String code = Tsv.column(row, 0);
        if (!cameo.contains(code)) {
            throw new IllegalArgumentException(path + ": unknown CAMEO code '" + code + "' in trigger " + line);
        }
        String kind = Tsv.column(row, 1);
        if (!kind.equals("V") && !kind.equals("N")) {
            throw new IllegalArgumentException(path + ": kind must be V or N in trigger " + line + ", not '" + kind + "'");
        }
        List<Element> elements = parse(Tsv.column(row, 2), path, line);
        if (file > 0) {
            validateSupplementary(elements, path, line);
        }
        Set<String> preps = new java.util.HashSet<>();
        for (String p : Tsv.column(row, 3).split(",")) {
            if (!p.isBlank()) {
                preps.add(p.strip());
            }
        }
        return new Trigger(code, kind.equals("N"), elements, preps, Tsv.column(row, 2), line, file);
    }

    /** Extra checks for generated lines: no empty alternatives, no trailing or doubled gaps, no short prefixes. */
    private static void validateSupplementary(List<Element> elements, String path, int line) {
        Element last = elements.get(elements.size() - 1);
        if (last.gap()) {
            throw new IllegalArgumentException(path + ": trigger " + line + " ends with a gap");
        }
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e.gap()) {
                if (i > 0 && elements.get(i - 1).gap()) {
                    throw new IllegalArgumentException(path + ": trigger " + line + " has two gaps in a row");
                }
                continue;
            }
            if (e.literals().isEmpty() && e.prefixes().isEmpty()) {
                throw new IllegalArgumentException(path + ": trigger " + line + " has an empty element");
            }
            for (String p : e.prefixes()) {
                if (p.length() < STEM) {
                    throw new IllegalArgumentException(path + ": trigger " + line + " has a prefix shorter than " + STEM);
                }
            }
        }
    }

    private static List<Element> parse(String pattern, String path, int line) {
        List<Element> out = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            if (part.equals("...")) {
                out.add(new Element(Set.of(), List.of(), true));
                continue;
            }
            Set<String> literals = new java.util.HashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (String alt : part.split("\\|")) {
                if (alt.endsWith("*")) {
                    prefixes.add(alt.substring(0, alt.length() - 1));
                } else if (!alt.isEmpty()) {
                    literals.add(alt);
                }
            }
            out.add(new Element(Set.copyOf(literals), List.copyOf(prefixes), false));
        }
        if (out.isEmpty() || out.get(0).gap()) {
            throw new IllegalArgumentException(path + ": trigger " + line + " must start with a word: '" + pattern + "'");
        }
        return List.copyOf(out);
    }

    private void add(Trigger t) {
        Element first = t.elements().get(0);
        for (String w : first.literals()) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(t);
        }
        for (String p : first.prefixes()) {
            String stem = p.length() >= STEM ? p.substring(0, STEM) : p;
            byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(t);
        }
        size++;
    }

    public int size() {
        return size;
    }

    /** Lines of supplementary files that could not be read and were skipped. */
    public int skipped() {
        return skipped;
    }

    /**
     * Every trigger that matches starting at token {@code i}, ending before {@code limit}; a
     * supplementary hit is left out when a hand-written hit covers the same tokens.
     */
    public void matchAt(List<Token> tokens, int i, int limit, List<Hit> out) {
        matchAt(tokens, i, limit, out, Set.of());
    }

    /**
     * As {@link #matchAt(List, int, int, List)}, letting up to two {@code skippable} words (adverbs,
     * days) stand between two elements of a pattern: "a demandé mardi à", "called again for".
     */
    public void matchAt(List<Token> tokens, int i, int limit, List<Hit> out, Set<String> skippable) {
        int first = out.size();
        collect(tokens, i, limit, out, skippable);
        if (merged && out.size() > first + 1) {
            Set<Integer> handEnds = new java.util.HashSet<>();
            for (int h = first; h < out.size(); h++) {
                if (!out.get(h).trigger().supplementary()) {
                    handEnds.add(out.get(h).end());
                }
            }
            if (!handEnds.isEmpty()) {
                for (int h = out.size() - 1; h >= first; h--) {
                    Hit hit = out.get(h);
                    if (hit.trigger().supplementary() && handEnds.contains(hit.end())) {
                        out.remove(h);
                    }
                }
            }
        }
    }

    private void collect(List<Token> tokens, int i, int limit, List<Hit> out, Set<String> skippable) {
        String norm = tokens.get(i).norm();
        List<Trigger> words = byWord.get(norm);
        if (words != null) {
            for (Trigger t : words) {
                tryMatch(t, tokens, i, limit, out, skippable);
            }
        }
        for (int len = 1; len <= Math.min(STEM, norm.length()); len++) {
            List<Trigger> stems = byStem.get(norm.substring(0, len));
            if (stems != null) {
                for (Trigger t : stems) {
                    tryMatch(t, tokens, i, limit, out, skippable);
                }
            }
        }
    }

    private static void tryMatch(Trigger t, List<Token> tokens, int i, int limit, List<Hit> out, Set<String> skippable) {
        int end = match(t.elements(), 0, tokens, i, limit, skippable);
        if (end > i) {
            out.add(new Hit(t, i, end));
        }
    }

    /** End token of the shortest match of elements[e..] at token i, or -1. */
    private static int match(List<Element> elements, int e, List<Token> tokens, int i, int limit, Set<String> skippable) {
        if (e == elements.size()) {
            return i;
        }
        Element el = elements.get(e);
        if (el.gap()) {
            for (int skip = 0; skip <= MAX_GAP && i + skip <= limit; skip++) {
                int r = match(elements, e + 1, tokens, i + skip, limit, skippable);
                if (r >= 0) {
                    return r;
                }
                if (i + skip < limit && isBoundary(tokens.get(i + skip).norm())) {
                    return -1; // gaps do not cross clause punctuation
                }
            }
            return -1;
        }
        if (e > 0 && !elements.get(e - 1).gap()) {
            // At most two adverbs between two words of the pattern; the pattern's own words come first.
            for (int k = 0; k < 2 && i < limit && !el.accepts(tokens.get(i).norm()) && skippable.contains(tokens.get(i).norm()); k++) {
                i++;
            }
        }
        if (i >= limit || !el.accepts(tokens.get(i).norm())) {
            return -1;
        }
        return match(elements, e + 1, tokens, i + 1, limit, skippable);
    }

    private static boolean isBoundary(String norm) {
        return norm.equals(".") || norm.equals(";") || norm.equals(":") || norm.equals("\"");
    }
}
