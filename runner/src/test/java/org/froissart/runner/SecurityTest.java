package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.froissart.api.SafeNames;
import org.froissart.runner.testjars.TwinFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile pipelines, output paths and ids; plugins only from the configured directories, with checksums. */
class SecurityTest {
    @TempDir
    Path tmp;

    private Path yaml(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private Path input() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"../../etc/passwd\",\"text\":\"Un texte.\"}\n");
        return in;
    }

    @Test
    void deeplyNestedYamlIsRefused() throws IOException {
        Path p = yaml("deep.yaml", "version: 1\nname: x\nlimits: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("validate", p.toString());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "refused quickly");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("froissart: error: " + p), r::toString);
        assertTrue(r.err().toLowerCase().contains("nest"), r::toString);
        CliRun run = CliRun.of("run", "-p", p.toString(), "-o", tmp.resolve("out").toString(), input().toString());
        assertEquals(Main.USAGE, run.exit(), run::toString);
    }

    @Test
    void billionLaughsIsRefusedByRunToo() throws IOException {
        StringBuilder y = new StringBuilder("version: 1\nname: &a0 lol\n");
        for (int i = 1; i < 12; i++) {
            y.append("l").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        CliRun r = CliRun.of("run", "-p", yaml("lol.yaml", y.toString()).toString(), "-o", tmp.resolve("out").toString(),
                input().toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("YAML aliases ('*a0') are not supported"), r::toString);
    }

    @Test
    void pipelineOverOneMegabyteIsRefused() throws IOException {
        Path p = yaml("big.yaml", "version: 1\nname: big\n# " + "x".repeat(1_100_000) + "\n");
        CliRun r = CliRun.of("validate", p.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: pipeline file " + p + " is 1100024 bytes; pipelines are limited to 1000000 bytes "
                + "(is this really a pipeline?)", r.err().strip());
    }

    @Test
    void outputPathsCannotLeaveTheOutputDirectory() throws IOException {
        Path out = tmp.resolve("out");
        for (String path : List.of("../escape.jsonl", "a/../../escape.jsonl", "./../../escape.jsonl")) {
            Path p = yaml("escape.yaml", "version: 1\nsteps:\n  - type: tokens\noutputs:\n  - type: jsonl\n    with: { path: \""
                    + path + "\" }\n");
            CliRun r = CliRun.of("run", "-p", p.toString(), "-o", out.toString(), input().toString());
            assertEquals(Main.USAGE, r.exit(), r::toString);
            assertTrue(r.err().contains("output path '" + path + "' leaves the output directory"), r::toString);
        }
        assertFalse(Files.exists(tmp.resolve("escape.jsonl")));
        assertFalse(Files.exists(tmp.getParent().resolve("escape.jsonl")));

        Path nul = yaml("nul.yaml", "version: 1\noutputs:\n  - type: jsonl\n    with: { path: \"a\\0b.jsonl\" }\n");
        CliRun r = CliRun.of("run", "-p", nul.toString(), "-o", out.toString(), input().toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("is not a valid path") || r.err().contains("special characters are not allowed"), r::toString);

        // An absolute path is an explicit choice: allowed.
        Path elsewhere = tmp.resolve("elsewhere").resolve("docs.jsonl");
        Path abs = yaml("abs.yaml", "version: 1\nsteps:\n  - type: tokens\noutputs:\n  - type: jsonl\n    with: { path: \""
                + elsewhere + "\" }\n");
        CliRun ok = CliRun.of("run", "--quiet", "-p", abs.toString(), "-o", out.toString(), input().toString());
        assertEquals(Main.OK, ok.exit(), ok::toString);
        assertEquals("../../etc/passwd", CliRun.jsonLines(elsewhere).get(0).get("id").asText());
    }

    @Test
    void safeNamesKeepIdsInsideTheDirectory() {
        for (String id : List.of("../../etc/passwd", "..", ".", "", "a/b", "a\\b", "C:\\x", "\u0000", "CON", "con.txt", "nul",
                "\u202Egnp.exe", "é", "a".repeat(1000), "ok-id_1.2", "\n", "a.", ".hidden", "-rf", "--help")) {
            String name = SafeNames.fileName(id);
            assertTrue(name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*"), id + " -> " + name);
            assertTrue(name.length() <= SafeNames.MAX_LENGTH, name);
            assertEquals(tmp, tmp.resolve(name).normalize().getParent(), id + " -> " + name);
            assertFalse(name.equalsIgnoreCase("con") || name.equalsIgnoreCase("nul"), name);
        }
        assertEquals("ok-id_1.2", SafeNames.fileName("ok-id_1.2"), "safe ids are kept as they are");
        assertFalse(SafeNames.fileName("a/b").equals(SafeNames.fileName("a_b")), "different ids, different names");
        assertFalse(SafeNames.fileName("a/b").equals(SafeNames.fileName("a\\b")), "different ids, different names");
    }

    @Test
    void pluginsLoadOnlyFromConfiguredDirectoriesAndAreListedWithTheirChecksum() throws Exception {
        Path plugins = tmp.resolve("plugins");
        Path jar = TestJars.of(TwinFactory.class).services(TwinFactory.class).apiVersion("1.0").write(plugins.resolve("twin.jar"));
        Path p = yaml("twin.yaml", "version: 1\nsteps:\n  - type: test-twin\n");

        CliRun without = CliRun.of("run", "-p", p.toString(), "-o", tmp.resolve("out0").toString(), input().toString());
        assertEquals(Main.USAGE, without.exit(), "a jar lying around is not loaded: " + without);
        assertTrue(without.err().contains("unknown extractor 'test-twin'"), without::toString);

        Path out = tmp.resolve("out");
        CliRun with = CliRun.of("--plugins", plugins.toString(), "run", "--quiet", "-p", p.toString(), "-o", out.toString(),
                input().toString());
        assertEquals(Main.OK, with.exit(), with::toString);
        JsonNode jars = CliRun.JSON.readTree(out.resolve("report.json").toFile()).get("pluginJars");
        assertEquals(1, jars.size());
        assertEquals(jar.toString(), jars.get(0).get("path").asText());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        assertEquals(sha, jars.get(0).get("sha256").asText());
    }
}
