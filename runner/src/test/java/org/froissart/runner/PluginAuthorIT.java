package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.froissart.api.FroissartApi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin author's afternoon, end to end, with the packaged froissart.jar: {@code init-plugin}, build
 * the generated project with Maven (offline, against the froissart artifacts installed in the local
 * repository), drop the jar into a plugins folder, list it, run a pipeline that uses it, and check
 * that the plugin cannot reach the runner's classes.
 *
 * <p>Needs {@code mvn install} of the parent, bom, api and test kit first (CI runs {@code mvn -B
 * install}, which installs them before the runner's integration tests); skipped when they are not in
 * the local repository or Maven is not on the PATH.
 */
class PluginAuthorIT {
    private static final String NAME = "it-probe";

    @TempDir
    Path tmp;

    private String jar;
    private Path mvn;

    @BeforeEach
    void prerequisites() {
        jar = System.getProperty("froissart.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "system property froissart.jar must name the built jar: " + jar);
        String version = FroissartApi.buildVersion();
        Path repo = System.getProperty("maven.repo.local") != null ? Path.of(System.getProperty("maven.repo.local"))
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        for (String artifact : List.of("froissart-parent", "froissart-bom", "froissart-api", "froissart-testkit")) {
            Path dir = repo.resolve("org/froissart/" + artifact + "/" + version);
            Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " is absent; run 'mvn -B install' so that a "
                    + "generated plugin can build against the installed froissart artifacts");
        }
        mvn = onPath(System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn");
        Assumptions.assumeTrue(mvn != null, "skipped: mvn is not on the PATH");
    }

    private static Path onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    record Result(int exit, String out) {
    }

    private static Result exec(Path dir, List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(cmd + " did not finish in " + timeoutSeconds + " s:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private Result froissart(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        cmd.addAll(List.of(args));
        return exec(tmp, cmd, 120);
    }

    @Test
    void generateBuildInstallListAndRunAPlugin() throws Exception {
        // 1. Generate.
        Path project = tmp.resolve("probe");
        Result init = froissart("init-plugin", "--name", NAME, "--package", "com.example.probe", "--dir", project.toString());
        assertEquals(0, init.exit(), init.out());

        // The generated project, plus a second factory that probes what a plugin's class loader can see.
        Path src = project.resolve("src/main/java/com/example/probe");
        Files.writeString(src.resolve("IsolationFactory.java"), ISOLATION_FACTORY, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("src/main/resources/META-INF/services/org.froissart.api.ExtractorFactory"),
                "com.example.probe.IsolationFactory\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        // 2. Build it offline, as its README says (runs the generated contract and harness tests).
        List<String> build = new ArrayList<>(List.of(mvn.toString(), "-B", "-o", "-q", "package"));
        if (System.getProperty("maven.repo.local") != null) {
            build.add("-Dmaven.repo.local=" + System.getProperty("maven.repo.local"));
        }
        Result built = exec(project, build, 600);
        assertEquals(0, built.exit(), "mvn package of the generated plugin failed:\n" + built.out());
        String jarName = NAME + "-0.1.0-SNAPSHOT.jar";
        Path pluginJar = project.resolve("target").resolve(jarName);
        assertTrue(Files.isRegularFile(pluginJar), "no " + pluginJar);
        assertTrue(Files.readString(project.resolve("target/surefire-reports/com.example.probe.ItProbeContractTest.txt"))
                .contains("Failures: 0, Errors: 0"));

        // 3. Drop it into a plugins folder.
        Path plugins = tmp.resolve("plugins");
        Files.createDirectories(plugins);
        Files.copy(pluginJar, plugins.resolve(jarName));

        // 4. The runner lists it with its jar.
        Result list = froissart("--plugins", plugins.toString(), "plugins");
        assertEquals(0, list.exit(), list.out());
        assertTrue(list.out().matches("(?s).*\n" + NAME + " +extractor +" + jarName.replace(".", "\\.") + " .*"), list.out());
        assertTrue(list.out().matches("(?s).*\nit-isolation +extractor +" + jarName.replace(".", "\\.") + " .*"), list.out());
        Result describe = froissart("--plugins", plugins.toString(), "describe", NAME);
        assertEquals(0, describe.exit(), describe.out());
        assertTrue(describe.out().matches("(?s).*\n    words +a list +default \\[example\\] +Words to tag\n.*"), describe.out());

        // 5. A pipeline using it.
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        String text = "PARIS (AFP) - Froissart wrote chronicles; froissartian is not a match.";
        Files.writeString(input.resolve("a.txt"), text, StandardCharsets.UTF_8);
        Path pipeline = tmp.resolve("pipeline.yaml");
        Files.writeString(pipeline, String.join("\n",
                "version: 1",
                "name: plugin-author-it",
                "steps:",
                "  - type: " + NAME,
                "    with: { words: [Froissart, Paris] }",
                "  - type: it-isolation",
                "outputs:",
                "  - type: jsonl",
                "    with: { path: documents.jsonl }",
                ""), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Result run = froissart("--plugins", plugins.toString(), "run", "--pipeline", pipeline.toString(), "-o", out.toString(),
                input.toString());
        assertEquals(0, run.exit(), run.out());
        List<JsonNode> docs = CliRun.jsonLines(out.resolve("documents.jsonl"));
        assertEquals(1, docs.size());
        List<String> tagged = new ArrayList<>();
        JsonNode isolation = null;
        for (JsonNode a : docs.get(0).get("annotations")) {
            if (a.get("type").asText().equals(NAME)) {
                tagged.add(text.substring(a.get("start").asInt(), a.get("end").asInt()) + "=" + a.get("attributes").get("word").asText());
            } else if (a.get("type").asText().equals("isolation")) {
                isolation = a.get("attributes");
            }
        }
        assertEquals(List.of("Froissart=Froissart", "PARIS=Paris"), tagged, docs.get(0).toString());

        // 6. The plugin sees the API and the JDK, nothing of the runner or its libraries.
        assertTrue(isolation != null, docs.get(0).toString());
        assertEquals("loaded", isolation.get("org.froissart.api.Document").asText(), isolation.toString());
        assertEquals("loaded", isolation.get("java.sql.Connection").asText(), isolation.toString());
        assertEquals("ClassNotFoundException", isolation.get("org.froissart.runner.Main").asText(), isolation.toString());
        assertEquals("ClassNotFoundException", isolation.get("org.froissart.runner.plugins.PluginRegistry").asText(), isolation.toString());
        assertEquals("ClassNotFoundException", isolation.get("com.google.inject.Guice").asText(), isolation.toString());
        assertEquals("ClassNotFoundException", isolation.get("com.fasterxml.jackson.databind.ObjectMapper").asText(), isolation.toString());
    }

    /** Added to the generated project: records in an annotation which classes Class.forName can load. */
    private static final String ISOLATION_FACTORY = String.join("\n",
            "package com.example.probe;",
            "",
            "import java.util.LinkedHashMap;",
            "import java.util.List;",
            "import java.util.Map;",
            "",
            "import org.froissart.api.Annotation;",
            "import org.froissart.api.Document;",
            "import org.froissart.api.Extractor;",
            "import org.froissart.api.ExtractorFactory;",
            "import org.froissart.api.PluginContext;",
            "",
            "public final class IsolationFactory implements ExtractorFactory<IsolationFactory.Config> {",
            "    public static final String NAME = \"it-isolation\";",
            "",
            "    public record Config() {",
            "    }",
            "",
            "    @Override",
            "    public Class<Config> configType() {",
            "        return Config.class;",
            "    }",
            "",
            "    @Override",
            "    public Extractor create(Config config, PluginContext context) {",
            "        return (Document d) -> {",
            "            Map<String, String> seen = new LinkedHashMap<>();",
            "            for (String name : List.of(\"org.froissart.api.Document\", \"java.sql.Connection\", \"org.froissart.runner.Main\",",
            "                    \"org.froissart.runner.plugins.PluginRegistry\", \"com.google.inject.Guice\",",
            "                    \"com.fasterxml.jackson.databind.ObjectMapper\")) {",
            "                try {",
            "                    Class.forName(name);",
            "                    seen.put(name, \"loaded\");",
            "                } catch (ClassNotFoundException | LinkageError e) {",
            "                    seen.put(name, e.getClass().getSimpleName());",
            "                }",
            "            }",
            "            d.annotations().add(new Annotation(\"isolation\", 0, 0, seen));",
            "        };",
            "    }",
            "}",
            "");
}
