package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs, built here, run through the CLI in this JVM: each bad input is reported on
 * its own line of failures.jsonl with a clear message, the run goes on, and every input is counted.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private static final String PIPELINE = "version: 1\nname: bad-input\nsteps:\n  - type: language\n  - type: tokens\n";

    private Path pipeline() throws IOException {
        Path p = tmp.resolve("pipeline.yaml");
        Files.writeString(p, PIPELINE);
        return p;
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(b);
        }
        return bo.toByteArray();
    }

    /** Builds the corpus; the names sort in the order the runner reads them. */
    private Path corpus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), "23 novembre 2024\n\nLe gouvernement annonce une aide\n\n"
                + "Le gouvernement a annoncé mardi une aide de 3 millions d'euros.\n");
        Files.writeString(in.resolve("b-notitle.txt"), "Ceci est une longue phrase qui sert de corps à l'article, "
                + "sans titre au-dessus, et qui se termine par un point final.\n");
        Files.write(in.resolve("c-latin1.txt"), "Un café à Paris\n\nLe député a été élu à Genève.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("d-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(in.resolve("e-empty.txt"), new byte[0]);
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        for (int i = 80; i < huge.length; i += 81) {
            huge[i] = '\n';
        }
        Files.write(in.resolve("f-huge.txt"), huge);
        Files.writeString(in.resolve("g-bad.jsonl"), String.join("\n",
                "{\"id\":\"j1\",\"text\":\"Premier texte correct.\"}",
                "this is not json",
                "{\"id\":\"j3\",\"title\":\"no text field\"}",
                "{\"id\":\"j4\",\"text\":\"Dernier texte correct.\"}", ""));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"id\":\"h").append(i).append("\",\"text\":\"Texte numéro ").append(i)
                    .append(" avec assez de contenu pour remplir le fichier compressé.\"}\n");
        }
        byte[] full = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("h-cut.jsonl.gz"), Arrays.copyOf(full, full.length / 2));
        Files.writeString(in.resolve("i-long.jsonl"), "{\"id\":\"long\",\"text\":\"" + "mot ".repeat(1_500_001) + "\"}\n");
        Files.createSymbolicLink(in.resolve("loop"), in);
        Files.writeString(in.resolve("notes.md"), "not an article");
        return in;
    }

    @Test
    void everyBadInputIsReportedAndTheRunGoesOn() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--threads", "2", "-p", pipeline().toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);

        JsonNode report = CliRun.JSON.readTree(out.resolve("report.json").toFile());
        JsonNode d = report.get("documents");
        long read = d.get("read").asLong();
        assertEquals(read, d.get("written").asLong() + d.get("failed").asLong() + d.get("skipped").asLong(), report::toString);
        assertTrue(r.err().contains("froissart: " + read + " read, " + d.get("written").asLong() + " written, "
                + d.get("failed").asLong() + " failed, 2 skipped"), r::toString);
        assertEquals(9, report.get("inputFiles").asLong());
        assertEquals(1, report.get("ignoredFiles").asLong(), "notes.md");
        assertEquals(1, report.get("inputSkipped").asLong(), "the symbolic link loop");
        assertEquals(0, report.get("inputProblems").asLong());
        assertEquals(1, report.get("warnings").asLong(), "the Latin-1 file");

        JsonNode text = report.get("readers").get("text");
        assertEquals(6, text.get("files").asLong());
        assertEquals(6, text.get("read").asLong());
        assertEquals(3, text.get("documents").asLong());
        assertEquals(3, text.get("written").asLong());
        assertEquals(2, text.get("failed").asLong());
        assertEquals(1, text.get("skipped").asLong());
        JsonNode jsonl = report.get("readers").get("jsonl");
        assertEquals(3, jsonl.get("files").asLong());
        assertEquals(jsonl.get("read").asLong(), jsonl.get("written").asLong() + jsonl.get("failed").asLong()
                + jsonl.get("skipped").asLong());
        assertEquals(3, jsonl.get("failed").asLong(), "two bad lines and the truncated gzip");
        assertEquals(1, jsonl.get("skipped").asLong(), "the 6,000,000-character document");
        assertEquals(read, text.get("read").asLong() + jsonl.get("read").asLong());
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("steps").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            assertEquals(s.get("read").asLong(), s.get("passed").asLong() + s.get("failed").asLong() + s.get("skipped").asLong(),
                    e.getKey());
            assertEquals(d.get("written").asLong(), s.get("read").asLong(), "every document that went through the steps");
        }

        List<JsonNode> f = CliRun.jsonLines(out.resolve("failures.jsonl"));
        List<String> summary = new ArrayList<>();
        for (JsonNode n : f) {
            String src = n.get("source").asText();
            summary.add(src.substring(src.lastIndexOf('/') + 1).replaceAll("(:\\d+):\\d+$", "$1")
                    + " " + n.get("status").asText() + " " + n.get("step").asText());
        }
        assertEquals(List.of("d-binary.txt failed read", "e-empty.txt failed read", "f-huge.txt skipped limits",
                "g-bad.jsonl:2 failed read", "g-bad.jsonl:3 failed read", summary.get(5), "i-long.jsonl:1 skipped limits",
                "loop skipped input"), summary, f::toString);
        assertTrue(summary.get(5).matches("h-cut\\.jsonl\\.gz:\\d+ failed read"), summary.get(5));

        JsonNode binary = f.get(0);
        assertTrue(binary.get("id").isNull());
        assertEquals(in.resolve("d-binary.txt").toString(), binary.get("source").asText());
        assertEquals("text", binary.get("reader").asText());
        assertEquals("org.froissart.api.InputException", binary.get("error").asText());
        assertTrue(binary.get("message").asText().contains("binary file (NUL byte at offset 4), not text"), binary::toString);
        assertTrue(f.get(1).get("message").asText().endsWith("empty file: no text to read"), f.get(1)::toString);
        assertEquals("org.froissart.api.InputTooLargeException", f.get(2).get("error").asText());
        assertTrue(f.get(2).get("message").asText().contains("file is 52428800 bytes, more than the text reader's maxBytes"),
                f.get(2)::toString);
        assertTrue(f.get(3).get("message").asText().contains("not valid JSON"), f.get(3)::toString);
        assertTrue(f.get(4).get("message").asText().contains("no 'text' field"), f.get(4)::toString);
        assertTrue(f.get(5).get("message").asText().contains("truncated or corrupt gzip data"), f.get(5)::toString);
        assertEquals("long", f.get(6).get("id").asText());
        assertTrue(f.get(6).get("message").asText().contains("6000004 characters is longer than limits.maxDocumentChars (5000000)"),
                f.get(6)::toString);
        assertTrue(f.get(7).get("message").asText().contains("directory already visited (symbolic link loop"), f.get(7)::toString);

        List<JsonNode> docs = CliRun.jsonLines(out.resolve("documents.jsonl"));
        assertEquals(d.get("written").asLong(), docs.size());
        assertEquals(List.of("a-good", "b-notitle", "c-latin1", "j1", "j4", "h0"),
                docs.stream().limit(6).map(n -> n.get("id").asText()).toList());
        assertEquals("Le gouvernement annonce une aide", docs.get(0).get("title").asText());
        assertTrue(docs.get(1).get("title").isNull(), "a file without a title is read, title null");
        assertEquals("Un café à Paris", docs.get(2).get("title").asText(), "Latin-1 decoded");
        assertEquals("ISO-8859-1", docs.get(2).get("metadata").get("encoding").asText());
        assertTrue(docs.get(2).get("metadata").get("warning").asText().contains("not valid UTF-8"));
    }

    @Test
    void onlySkippedInputsExitZero() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("ok.jsonl"), "{\"id\":\"a\",\"text\":\"Un texte.\"}\n{\"id\":\"b\",\"text\":\"" + "x".repeat(300) + "\"}\n");
        Files.createSymbolicLink(in.resolve("again"), in);
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, "version: 1\nlimits: { maxDocumentChars: 100 }\nsteps:\n  - type: tokens\n");
        CliRun r = CliRun.of("run", "-p", p.toString(), "-o", tmp.resolve("out").toString(), in.toString());
        assertEquals(Main.OK, r.exit(), "skipping is not failing: " + r);
        assertTrue(r.err().contains("1 read") || r.err().contains("2 read, 1 written, 0 failed, 1 skipped"), r::toString);
        assertTrue(r.err().contains("failures.jsonl for what failed or was skipped"), r::toString);
    }

    @Test
    void unreadableFileFailsThatFileOnly() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Titre\n\nUn corps lisible.\n");
        Path locked = in.resolve("b.txt");
        Files.writeString(locked, "Titre\n\nIllisible.\n");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            boolean stillReadable;
            try {
                Files.readAllBytes(locked);
                stillReadable = true;
            } catch (IOException e) {
                stillReadable = false;
            }
            Assumptions.assumeFalse(stillReadable, "running as root (or on a file system without permissions): "
                    + "chmod 000 does not stop reads here");
            Path out = tmp.resolve("out");
            CliRun r = CliRun.of("run", "--quiet", "-p", pipeline().toString(), "-o", out.toString(), in.toString());
            assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
            List<JsonNode> f = CliRun.jsonLines(out.resolve("failures.jsonl"));
            assertEquals(1, f.size());
            assertEquals(locked.toString(), f.get(0).get("source").asText());
            assertEquals("read", f.get(0).get("step").asText());
            assertTrue(f.get(0).get("message").asText().contains("permission denied"), f.get(0)::toString);
            assertEquals(1, CliRun.jsonLines(out.resolve("documents.jsonl")).size());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void fifoIsNotReadForever() throws IOException, InterruptedException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Titre\n\nUn corps.\n");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--quiet", "-p", pipeline().toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        JsonNode f = CliRun.jsonLines(out.resolve("failures.jsonl")).get(0);
        assertEquals("input", f.get("step").asText());
        assertTrue(f.get("message").asText().contains("not a regular file"), f::toString);
        assertNull(f.get("reader"));
    }
}
