package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordering, failures and timeouts of `froissart run`, in this JVM. */
class RunBehaviourTest {
    @TempDir
    Path tmp;

    private Path jsonl(String name, List<String> texts) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            sb.append(CliRun.JSON.writeValueAsString(java.util.Map.of("id", String.format("d%03d", i), "text", texts.get(i))))
                    .append('\n');
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    private Path pipeline(String yaml) throws IOException {
        Path f = tmp.resolve("pipeline-" + Math.abs(yaml.hashCode()) + ".yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private static List<String> ids(Path documents) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : CliRun.jsonLines(documents)) {
            ids.add(n.get("id").asText());
        }
        return ids;
    }

    @Test
    void outputOrderIsInputOrderWhateverTheThreads() throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Lengths vary a lot so that workers finish out of order.
            String para = (i % 2 == 0 ? "Le gouvernement a annoncé mardi une aide de " + i + " millions d'euros. "
                    : "The Senate approved the bill on Tuesday by " + i + " votes. ");
            texts.add(para.repeat(1 + (i * 37) % 60));
            expected.add(String.format("d%03d", i));
        }
        Path input = jsonl("many.jsonl", texts);
        Path out1 = tmp.resolve("out1");
        Path out4 = tmp.resolve("out4");
        CliRun r1 = CliRun.of("run", "--quiet", "--threads", "1", "-o", out1.toString(), input.toString());
        CliRun r4 = CliRun.of("run", "--quiet", "--threads", "4", "-o", out4.toString(), input.toString());
        assertEquals(Main.OK, r1.exit(), r1::toString);
        assertEquals(Main.OK, r4.exit(), r4::toString);
        assertEquals(expected, ids(out1.resolve("documents.jsonl")));
        assertEquals(expected, ids(out4.resolve("documents.jsonl")));
        assertArrayEquals(Files.readAllBytes(out1.resolve("documents.jsonl")), Files.readAllBytes(out4.resolve("documents.jsonl")),
                "documents.jsonl must not depend on the number of threads");
        JsonNode report = CliRun.JSON.readTree(out4.resolve("report.json").toFile());
        assertEquals(4, report.get("threads").asInt());
        assertEquals(300, report.get("documents").get("written").asLong());
    }

    @Test
    void failingDocumentsAreReportedAndTheOthersWritten() throws IOException {
        Path input = jsonl("mixed.jsonl", List.of("Un texte calme.", "Ici BOOM explose.", "Encore un texte calme.",
                "Second BOOM.", "Dernier texte."));
        Path p = pipeline("version: 1\nname: boom\nsteps:\n  - type: language\n  - type: test-boom\n  - type: tokens\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--threads", "2", "-p", p.toString(), "-o", out.toString(), input.toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        assertTrue(r.err().contains("froissart: 5 read, 3 written, 2 failed, 0 skipped"), r::toString);
        assertEquals(List.of("d000", "d002", "d004"), ids(out.resolve("documents.jsonl")));
        List<JsonNode> failures = CliRun.jsonLines(out.resolve("failures.jsonl"));
        assertEquals(2, failures.size());
        assertEquals("d001", failures.get(0).get("id").asText());
        assertEquals(input + ":2", failures.get(0).get("source").asText());
        assertEquals("test-boom", failures.get(0).get("step").asText());
        assertEquals("java.lang.IllegalStateException", failures.get(0).get("error").asText());
        assertEquals("boom in d001", failures.get(0).get("message").asText());
        assertEquals("failed", failures.get(0).get("status").asText());
        assertEquals("jsonl", failures.get(0).get("reader").asText());
        assertEquals("d003", failures.get(1).get("id").asText());
        assertEquals(input + ":4", failures.get(1).get("source").asText());
        JsonNode report = CliRun.JSON.readTree(out.resolve("report.json").toFile());
        assertEquals(2, report.get("steps").get("test-boom").get("failed").asLong());
        assertEquals(3, report.get("steps").get("tokens").get("documents").asLong());
    }

    @Test
    void unreadableInputsAreReportedNotFatal() throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "Titre\n\nUn corps.");
        Files.write(dir.resolve("b.txt"), new byte[] {'x', 0, 1, 2});
        Files.writeString(dir.resolve("notes.md"), "ignored");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--quiet", "-o", out.toString(), dir.toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        assertEquals(List.of("a"), ids(out.resolve("documents.jsonl")));
        List<JsonNode> failures = CliRun.jsonLines(out.resolve("failures.jsonl"));
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).get("id").isNull());
        assertEquals("read", failures.get(0).get("step").asText());
        JsonNode report = CliRun.JSON.readTree(out.resolve("report.json").toFile());
        assertEquals(1, report.get("ignoredFiles").asLong());
        JsonNode d = report.get("documents");
        assertEquals(d.get("read").asLong(), d.get("written").asLong() + d.get("failed").asLong() + d.get("skipped").asLong());
    }

    @Test
    void hangingStepTimesOutAndTheRunFinishes() throws IOException {
        Path input = jsonl("hang.jsonl", List.of("Premier texte.", "Celui-ci HANG pour toujours.", "Troisième texte."));
        Path p = pipeline("version: 1\nname: hang\nlimits: { timeoutSeconds: 1 }\nsteps:\n  - type: test-hang\n  - type: tokens\n");
        Path out = tmp.resolve("out");
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("run", "--quiet", "--threads", "2", "-p", p.toString(), "-o", out.toString(), input.toString());
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(seconds < 20, "run took " + seconds + " s");
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        assertEquals(List.of("d000", "d002"), ids(out.resolve("documents.jsonl")));
        List<JsonNode> failures = CliRun.jsonLines(out.resolve("failures.jsonl"));
        assertEquals(1, failures.size());
        assertEquals("d001", failures.get(0).get("id").asText());
        assertEquals("test-hang", failures.get(0).get("step").asText());
        assertEquals("java.util.concurrent.TimeoutException", failures.get(0).get("error").asText());
        assertEquals("step ran longer than limits.timeoutSeconds (1 s) on this document and was stopped",
                failures.get(0).get("message").asText());
    }

    @Test
    void tooLongDocumentsAreSkipped() throws IOException {
        Path input = jsonl("long.jsonl", List.of("court", "x".repeat(50)));
        Path p = pipeline("version: 1\nlimits: { maxDocumentChars: 20 }\nsteps:\n  - type: tokens\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--quiet", "-p", p.toString(), "-o", out.toString(), input.toString());
        assertEquals(Main.OK, r.exit(), "skipping is not failing: " + r);
        JsonNode d = CliRun.JSON.readTree(out.resolve("report.json").toFile()).get("documents");
        assertEquals(2, d.get("read").asLong());
        assertEquals(1, d.get("written").asLong());
        assertEquals(1, d.get("skipped").asLong());
        JsonNode f = CliRun.jsonLines(out.resolve("failures.jsonl")).get(0);
        assertEquals("skipped", f.get("status").asText());
        assertEquals("limits", f.get("step").asText());
    }
}
