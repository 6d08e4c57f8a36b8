package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real `java -jar froissart.jar run` half-way (SIGKILL, then SIGTERM), resumes it with
 * `run --resume`, and compares with an uninterrupted run: documents.jsonl must be identical, nothing
 * duplicated, nothing lost. Uses the bundled pipeline on a few thousand generated articles.
 */
class ResumeIT {
    @TempDir
    Path tmp;

    private Process start(Path out, Path input, String... extra) throws IOException {
        String jar = System.getProperty("froissart.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "system property froissart.jar must name the built jar: " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "run", "--threads", "1", "-o", out.toString()));
        cmd.addAll(List.of(extra));
        cmd.add(input.toString());
        File log = tmp.resolve("log-" + System.nanoTime() + ".txt").toFile();
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).directory(tmp.toFile()).start();
    }

    private static String log(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith("log-")).sorted().toList()) {
                sb.append("--- ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    private static int finish(Process p) throws InterruptedException {
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "froissart did not finish");
        return p.exitValue();
    }

    /** Waits until the run has written some documents and a checkpoint after them, then kills it. */
    private void interruptMidway(Process p, Path out, boolean forcibly) throws Exception {
        Path docs = out.resolve("documents.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(docs) && Files.size(docs) > 0 && checkpointItems(out) > 0) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the run ended before it could be interrupted: give it more input\n" + log(tmp));
        if (forcibly) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    }

    private static long checkpointItems(Path out) {
        try {
            return CliRun.JSON.readTree(out.resolve("progress.json").toFile()).get("items").asLong();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void interruptAndResume(boolean forcibly) throws Exception {
        Path input = ConcurrencyTest.articles(tmp.resolve("articles.jsonl"), 4000, 7);
        Path ref = tmp.resolve("ref");
        CliRun r = CliRun.of("run", "--quiet", "--threads", "2", "-o", ref.toString(), input.toString());
        assertEquals(Main.OK, r.exit(), r::toString);

        Path out = tmp.resolve("out");
        Process p = start(out, input);
        interruptMidway(p, out, forcibly);
        assertFalse(Files.exists(out.resolve("report.json")), "no report for an interrupted run");
        assertTrue(Files.exists(out.resolve("progress.json")), "a checkpoint is left behind\n" + log(tmp));
        byte[] partial = Files.readAllBytes(out.resolve("documents.jsonl"));
        assertTrue(partial.length > 0 && partial[partial.length - 1] == '\n', "an interrupted run leaves complete lines only");
        List<JsonNode> lines = CliRun.jsonLines(out.resolve("documents.jsonl"));
        JsonNode progress = CliRun.JSON.readTree(out.resolve("progress.json").toFile());
        long written = progress.get("counters").get("written").asLong();
        assertTrue(lines.size() >= written, "the checkpoint never claims more than is on disk");
        if (!forcibly) {
            assertEquals(written, lines.size(), "SIGTERM: the shutdown hook flushed and checkpointed exactly what was written");
        }
        assertTrue(written < 4000, "interrupted mid-way");

        Process resumed = start(out, input, "--resume");
        assertEquals(0, finish(resumed), log(tmp));
        assertArrayEquals(Files.readAllBytes(ref.resolve("documents.jsonl")), Files.readAllBytes(out.resolve("documents.jsonl")),
                "resumed run's documents.jsonl must equal the uninterrupted run's\n" + log(tmp));
        JsonNode report = CliRun.JSON.readTree(out.resolve("report.json").toFile());
        assertEquals(CliRun.JSON.readTree(ref.resolve("report.json").toFile()).get("documents"), report.get("documents"));
        assertEquals(progress.get("items").asLong(), report.get("resumedAt").asLong());
        assertFalse(Files.exists(out.resolve("progress.json")));
        assertTrue(new String(Files.readAllBytes(out.resolve("failures.jsonl")), StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void killedRunResumesWithoutLossOrDuplicates() throws Exception {
        interruptAndResume(true);
    }

    @Test
    void terminatedRunCheckpointsAndResumes() throws Exception {
        interruptAndResume(false);
    }
}
