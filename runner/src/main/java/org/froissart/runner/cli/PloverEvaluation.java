package org.froissart.runner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.froissart.api.Document;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.runner.execution.InMemoryRunner;

/**
 * Scores the events pipeline on PLOVER gold records (one coded sentence each): whether an event of
 * the gold type was found, and whether its source and target countries match the gold actors'.
 */
final class PloverEvaluation {
    /**
     * The gold records use PLOVER 0.5 type names; our table uses the 2021 names. Renames only, from
     * the PLOVER changelog: DISAPPROVE and INVESTIGATE became ACCUSE, DEMAND became REQUEST, FIGHT was
     * merged into ASSAULT.
     */
    private static final Map<String, String> RENAMED = Map.of(
            "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "DEMAND", "REQUEST", "FIGHT", "ASSAULT");

    private final InMemoryRunner.Steps steps;

    PloverEvaluation(InMemoryRunner.Steps steps) {
        this.steps = steps;
    }

    /** Counts per gold type: records, records with an event of that type, source and target country matches. */
    static final class Counts {
        int records;
        int typeFound;
        int anyEvent;
        int predicted;
        int predictedOfGoldType;
        int sourceGold;
        int sourceRight;
        int targetGold;
        int targetRight;

        void add(Counts o) {
            records += o.records;
            typeFound += o.typeFound;
            anyEvent += o.anyEvent;
            predicted += o.predicted;
            predictedOfGoldType += o.predictedOfGoldType;
            sourceGold += o.sourceGold;
            sourceRight += o.sourceRight;
            targetGold += o.targetGold;
            targetRight += o.targetRight;
        }
    }

    record Report(Map<String, Counts> byType, Counts total) {
        String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%-12s %7s %9s %8s %9s %9s %9s%n", "type", "records", "found", "recall", "precision",
                    "src ctry", "tgt ctry"));
            b.append("-".repeat(70)).append('\n');
            byType.forEach((k, c) -> b.append(row(k, c)));
            b.append("-".repeat(70)).append('\n');
            b.append(row("overall", total));
            b.append("found: records with an event of the gold PLOVER type; recall = found/records;\n");
            b.append("precision = predicted events of the gold type / all predicted events;\n");
            b.append("src/tgt ctry: among found records whose gold actor has a code, the share whose event's actor\n");
            b.append("has the same country (first three letters of the code). PLOVER 0.5 names mapped to 2021: " + RENAMED + "\n");
            return b.toString();
        }

        private static String row(String name, Counts c) {
            return String.format("%-12s %7d %9d %7.1f%% %8.1f%% %8s %9s%n", name, c.records, c.typeFound,
                    pct(c.typeFound, c.records), pct(c.predictedOfGoldType, c.predicted),
                    c.sourceGold == 0 ? "-" : String.format("%.1f%%", pct(c.sourceRight, c.sourceGold)),
                    c.targetGold == 0 ? "-" : String.format("%.1f%%", pct(c.targetRight, c.targetGold)));
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    Report evaluate(Path goldFile) throws IOException {
        JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
        Map<String, Counts> byType = new TreeMap<>();
        for (JsonNode r : root) {
            String type = r.path("event").asText();
            if (type.equals("DOCUMENT") || !r.hasNonNull("text")) {
                continue;
            }
            String gold = RENAMED.getOrDefault(type, type);
            Document d = new Document(r.path("id").asText(), goldFile + "#" + r.path("id").asText(), r.path("text").asText());
            d.setLanguage(r.path("language").asText("en"));
            try {
                d.setPublished(LocalDate.parse(r.path("date").asText()));
            } catch (DateTimeParseException e) {
                d.setPublished(null);
            }
            steps.process(d);
            Counts c = byType.computeIfAbsent(gold, k -> new Counts());
            c.records++;
            c.predicted += d.events().size();
            Event match = null;
            for (Event e : d.events()) {
                if (gold.equals(e.ploverType())) {
                    c.predictedOfGoldType++;
                    if (match == null) {
                        match = e;
                    }
                }
            }
            if (!d.events().isEmpty()) {
                c.anyEvent++;
            }
            if (match == null) {
                continue;
            }
            c.typeFound++;
            String src = goldCountry(r.path("source"));
            String tgt = goldCountry(r.path("target"));
            if (src != null) {
                c.sourceGold++;
                if (src.equals(country(match.source()))) {
                    c.sourceRight++;
                }
            }
            if (tgt != null) {
                c.targetGold++;
                if (tgt.equals(country(match.target()))) {
                    c.targetRight++;
                }
            }
        }
        Counts total = new Counts();
        byType.values().forEach(total::add);
        return new Report(byType, total);
    }

    private static String goldCountry(JsonNode actors) {
        if (!actors.isArray() || actors.isEmpty()) {
            return null;
        }
        String code = actors.get(0).path("code").asText("");
        return code.length() >= 3 ? code.substring(0, 3) : null;
    }

    private static String country(EventActor a) {
        return a == null || a.code() == null || a.code().length() < 3 ? null : a.code().substring(0, 3);
    }

}
