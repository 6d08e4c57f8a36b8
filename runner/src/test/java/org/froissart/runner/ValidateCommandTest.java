package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    private CliRun validate(String yaml) throws IOException {
        Path f = tmp.resolve("p.yaml");
        Files.writeString(f, yaml);
        return CliRun.of("validate", f.toString());
    }

    private String error(String yaml) throws IOException {
        CliRun r = validate(yaml);
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("froissart: error: "), r::toString);
        return r.err().substring("froissart: error: ".length()).strip();
    }

    private String p() {
        return tmp.resolve("p.yaml").toString();
    }

    @Test
    void validPipeline() throws IOException {
        CliRun r = validate("version: 1\nname: ok\nlanguage: fr\nsteps:\n  - type: language\n  - type: tokens\n  - type: test-needs-tokens\n");
        assertEquals(Main.OK, r.exit(), r::toString);
        assertEquals(p() + ": valid pipeline 'ok' (language fr): steps language → tokens → test-needs-tokens; outputs jsonl",
                r.out().strip());
    }

    @Test
    void unknownStepType() throws IOException {
        String e = error("version: 1\nname: t\nsteps:\n  - type: language\n  - type: tokenz\n");
        assertTrue(e.startsWith(p() + ":5:11: unknown extractor 'tokenz' (did you mean 'tokens'?); valid extractors: "), e);
        assertTrue(e.contains("boilerplate, ") && e.contains("language, ") && e.contains("metadata, ") && e.contains("tokens"), e);
    }

    @Test
    void unknownKeyInWith() throws IOException {
        assertEquals(p() + ":4:13: unknown key 'overide' for extractor 'language' (did you mean 'override'?); valid keys: override",
                error("version: 1\nsteps:\n  - type: language\n    with: { overide: true }\n"));
        assertEquals(p() + ":4:13: unknown key 'colour' for extractor 'test-needs-tokens'; valid keys: level, strict",
                error("version: 1\nsteps:\n  - type: test-needs-tokens\n    with: { colour: red }\n"));
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        assertEquals(p() + ":2:1: unknown key 'stepz' in the pipeline (did you mean 'steps'?); valid keys: language, limits, name, outputs, source, steps, version",
                error("version: 1\nstepz: []\n"));
    }

    @Test
    void wrongValueType() throws IOException {
        String e = error("version: 1\nsteps:\n  - type: language\n    with:\n      override: 3\n");
        assertTrue(e.startsWith(p() + ":5:7: wrong value for key 'override' of extractor 'language': expected true or false ("), e);
        String e2 = error("version: 1\nsource:\n  type: text\n  with: { maxBytes: lots }\n");
        assertTrue(e2.startsWith(p() + ":4:11: wrong value for key 'maxBytes' of reader 'text': expected an integer ("), e2);
        String e3 = error("version: 1\nlimits: { timeoutSeconds: 0 }\n");
        assertEquals(p() + ":2:9: invalid settings for limits: timeoutSeconds must be positive", e3);
    }

    @Test
    void missingVersion() throws IOException {
        assertEquals(p() + ": missing 'version: 1' at the top of the pipeline", error("name: x\nsteps: []\n"));
        assertEquals(p() + ":1:10: unsupported version '2'; this runner reads 'version: 1'", error("version: 2\n"));
    }

    @Test
    void badYaml() throws IOException {
        String e = error("version: 1\nsteps:\n  - type: language\n   - bad: [\n");
        assertTrue(e.startsWith(p() + ":4:4: invalid YAML: "), e);
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder y = new StringBuilder("version: 1\nname: &a0 lol\n");
        for (int i = 1; i < 10; i++) {
            y.append("l").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        long t0 = System.nanoTime();
        String e = error(y.toString());
        assertTrue((System.nanoTime() - t0) < 5_000_000_000L, "refused quickly");
        assertEquals(p() + ":3:10: YAML aliases ('*a0') are not supported in pipelines; write the value out in full", e);
    }

    @Test
    void aliasIsNotReadAsItsAnchorName() throws IOException {
        String e = error("version: 1\nname: &n lol\nsteps:\n  - type: language\n    with: { override: *n }\n");
        assertEquals(p() + ":5:23: YAML aliases ('*n') are not supported in pipelines; write the value out in full", e);
    }

    @Test
    void stepOrderViolation() throws IOException {
        assertEquals(p() + ":4: step 'test-needs-tokens' requires 'tokens', which no earlier step produces; add one of [tokens] before it",
                error("version: 1\nsteps:\n  - type: language\n  - type: test-needs-tokens\n  - type: tokens\n"));
    }

    @Test
    void missingFile() {
        CliRun r = CliRun.of("validate", tmp.resolve("nope.yaml").toString());
        assertEquals(Main.USAGE, r.exit());
        assertEquals("froissart: error: pipeline file " + tmp.resolve("nope.yaml") + " not found", r.err().strip());
    }
}
