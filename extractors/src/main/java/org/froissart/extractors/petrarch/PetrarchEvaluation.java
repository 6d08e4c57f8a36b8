package org.froissart.extractors.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the coder over a PETRARCH validation file and scores it against the expected codings.
 *
 * <p>Metrics, per record and summed overall and per record category. Codings are compared as
 * exact (source, target, code) triples, duplicates within a record counted once:
 * <ul>
 * <li>correct = expected triples that were produced;</li>
 * <li>missed = expected triples not produced (expected - correct);</li>
 * <li>false = produced triples not expected (produced - correct), including any event produced for
 * a record that expects none ({@code noevents} or {@code error} records);</li>
 * <li>correct% = correct / expected; false% = false / produced.</li>
 * </ul>
 * A record whose parse is malformed is coded as producing nothing. {@code <Config>} elements
 * switching {@code require_dyad} are honoured; the dictionaries are picked from the directory by
 * kind, preferring the files the records' {@code <Environment>} names.
 */
public final class PetrarchEvaluation {
    private PetrarchEvaluation() {
    }

    /** Counts for a set of records. */
    public record Counts(int records, int expected, int produced, int correct) {
        static final Counts ZERO = new Counts(0, 0, 0, 0);

        public int missed() {
            return expected - correct;
        }

        public int falsePositives() {
            return produced - correct;
        }

        public double correctPercent() {
            return expected == 0 ? 0 : 100.0 * correct / expected;
        }

        public double falsePercent() {
            return produced == 0 ? 0 : 100.0 * falsePositives() / produced;
        }

        Counts plus(Counts other) {
            return new Counts(records + other.records, expected + other.expected, produced + other.produced,
                    correct + other.correct);
        }
    }

    /** Outcome of one record, kept for diagnostics. */
    public record RecordResult(String id, String category, List<CodedEvent> expected, List<CodedEvent> produced) {
        Counts counts() {
            Set<CodedEvent> hit = new LinkedHashSet<>(expected);
            hit.retainAll(produced);
            return new Counts(1, expected.size(), produced.size(), hit.size());
        }
    }

    /** Overall and per-category counts (categories in file order) and every record's outcome. */
    public record Report(Counts total, Map<String, Counts> categories, List<RecordResult> records) {

        /** A fixed-width table: expected, produced, correct (n, %), missed, false (n, %). */
        public String format() {
            StringBuilder out = new StringBuilder();
            String header = String.format(Locale.ROOT, "%-12s %7s %8s %8s %8s %7s %7s %7s %7s%n", "category",
                    "records", "expected", "produced", "correct", "%", "missed", "false", "%");
            out.append(header);
            out.append("-".repeat(header.length() - 1)).append('\n');
            categories.forEach((name, counts) -> row(out, name, counts));
            out.append("-".repeat(header.length() - 1)).append('\n');
            row(out, "overall", total);
            out.append("correct% = correct/expected, false% = false/produced; triples (source, target, code)\n");
            return out.toString();
        }

        private static void row(StringBuilder out, String name, Counts c) {
            out.append(String.format(Locale.ROOT, "%-12s %7d %8d %8d %8d %6.1f%% %7d %7d %6.1f%%%n", name,
                    c.records(), c.expected(), c.produced(), c.correct(), c.correctPercent(), c.missed(),
                    c.falsePositives(), c.falsePercent()));
        }
    }

    public static Report evaluate(Path recordsXml, Path dictionaryDir) throws IOException {
        ValidationRecords.Suite suite = ValidationRecords.read(recordsXml);
        PetrarchCoder coder = new PetrarchCoder(PetrarchDictionaries.load(dictionaryDir, suite.dictionaryFiles()));
        List<RecordResult> results = new ArrayList<>();
        for (ValidationRecord record : suite.records()) {
            results.add(new RecordResult(record.id(), record.category(),
                    List.copyOf(new LinkedHashSet<>(record.expected())), code(coder, record)));
        }
        Map<String, Counts> categories = new LinkedHashMap<>();
        Counts total = Counts.ZERO;
        for (RecordResult result : results) {
            Counts counts = result.counts();
            categories.merge(result.category(), counts, Counts::plus);
            total = total.plus(counts);
        }
        return new Report(total, categories, List.copyOf(results));
    }

    private static List<CodedEvent> code(PetrarchCoder coder, ValidationRecord record) {
        ParseTree tree;
        try {
            tree = ParseTree.parse(record.parse());
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
        return coder.code(record.text(), tree, record.date(), record.options());
    }
}
