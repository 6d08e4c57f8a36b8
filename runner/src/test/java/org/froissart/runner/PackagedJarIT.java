package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded froissart.jar as users do: discovery must survive shading (META-INF/services merged). */
class PackagedJarIT {
    @TempDir
    Path tmp;

    record Result(int exit, String out) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("froissart.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "system property froissart.jar must name the built jar: " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(tmp.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "froissart did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void pluginsListsEveryBundledPlugin() throws Exception {
        Result r = java("plugins");
        assertEquals(0, r.exit(), r.out());
        List<String> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 2) {
                rows.add(cols[0] + " " + cols[1]);
            }
        }
        assertTrue(rows.containsAll(CommandsTest.BUNDLED), r.out());
        assertTrue(rows.stream().noneMatch(s -> s.startsWith("test-")), "test plugins must not be packaged: " + r.out());
    }

    @Test
    void runsTheSeeds() throws Exception {
        Path seeds = CliRun.copySeeds(tmp);
        Path out = tmp.resolve("out");
        Result r = java("run", "-o", out.toString(), seeds.toString());
        assertEquals(0, r.exit(), r.out());
        List<String> ids = new ArrayList<>();
        CliRun.jsonLines(out.resolve("documents.jsonl")).forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(List.of("000_4c7b9e1461507b76", "002_a8e763d6d1033859"), ids);
        assertTrue(r.out().contains("2 read, 2 written, 0 failed, 0 skipped"), r.out());
    }
}
