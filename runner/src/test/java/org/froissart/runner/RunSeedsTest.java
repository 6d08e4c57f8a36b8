package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSeedsTest {
    @TempDir
    Path tmp;

    @Test
    void seedsRunWithTheBundledPipeline() throws IOException {
        Path seeds = CliRun.copySeeds(tmp);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "-o", out.toString(), "--threads", "2", seeds.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.err().contains("froissart: 2 read, 2 written, 0 failed, 0 skipped"), r::toString);

        List<JsonNode> docs = CliRun.jsonLines(out.resolve("documents.jsonl"));
        assertEquals(2, docs.size());
        JsonNode a = docs.get(0);
        assertEquals("000_4c7b9e1461507b76", a.get("id").asText());
        assertEquals(seeds.resolve("000_4c7b9e1461507b76.txt").toString(), a.get("source").asText());
        assertEquals("fr", a.get("language").asText());
        assertEquals("2024-11-23", a.get("published").asText());
        assertEquals("Relations Internationales", a.get("section").asText());
        assertEquals("La Russie condamne la tentative de coup d’État militaire en Bolivie", a.get("title").asText());
        assertEquals("[]", a.get("dateline").toString());
        assertEquals(Files.readString(seeds.resolve("000_4c7b9e1461507b76.txt")), a.get("text").asText());

        JsonNode b = docs.get(1);
        assertEquals("002_a8e763d6d1033859", b.get("id").asText());
        assertEquals("fr", b.get("language").asText());
        assertTrue(b.get("published").isNull());
        assertTrue(b.get("section").isNull());
        assertEquals("Après les récents meurtres américains dans les Caraïbes, la Russie se tient aux côtés du Venezuela",
                b.get("title").asText());
        assertEquals("[\"Caracas\",\"Moscou\"]", b.get("dateline").toString());

        JsonNode report = CliRun.JSON.readTree(out.resolve("report.json").toFile());
        JsonNode counts = report.get("documents");
        assertEquals(2, counts.get("read").asLong());
        assertEquals(2, counts.get("written").asLong());
        assertEquals(counts.get("read").asLong(),
                counts.get("written").asLong() + counts.get("failed").asLong() + counts.get("skipped").asLong());
        assertEquals("news", report.get("pipeline").asText());
        assertEquals(2, report.get("inputFiles").asLong());
        assertEquals(2, report.get("readers").get("text").get("documents").asLong());
        assertEquals(List.of("language", "metadata", "boilerplate", "tokens"), fieldNames(report.get("steps")).subList(0, 4),
                "the bundled pipeline starts with these steps");
        assertEquals("", Files.readString(out.resolve("failures.jsonl")));
        try (var files = Files.list(out)) {
            assertEquals(List.of("documents.jsonl", "failures.jsonl", "report.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> l = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(l::add);
        return l;
    }
}
