package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.froissart.api.FroissartApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init-plugin} writes a whole project; PluginAuthorIT builds and runs it. */
class InitPluginCommandTest {
    @TempDir
    Path tmp;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void writesACompleteProject() throws IOException {
        Path dir = tmp.resolve("tagger");
        CliRun r = CliRun.of("init-plugin", "--name", "my-tagger", "--package", "com.acme.tagger", "--dir", dir.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertEquals(List.of(".gitignore", "README.md", "pipeline.yaml", "pom.xml", "samples/example.txt",
                "src/main/java/com/acme/tagger/MyTaggerConfig.java",
                "src/main/java/com/acme/tagger/MyTaggerExtractor.java",
                "src/main/java/com/acme/tagger/MyTaggerFactory.java",
                "src/main/resources/META-INF/froissart-plugin.properties",
                "src/main/resources/META-INF/services/org.froissart.api.ExtractorFactory",
                "src/test/java/com/acme/tagger/MyTaggerContractTest.java",
                "src/test/java/com/acme/tagger/MyTaggerTest.java"), files(dir));
        for (String f : files(dir)) {
            String content = Files.readString(dir.resolve(f), StandardCharsets.UTF_8);
            assertFalse(content.contains("{{"), f + " keeps a placeholder");
        }
        String pom = Files.readString(dir.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<artifactId>froissart-bom</artifactId>"), pom);
        assertTrue(pom.contains("<froissart.version>" + FroissartApi.buildVersion() + "</froissart.version>"), pom);
        assertTrue(pom.contains("<froissart.api.version>" + FroissartApi.VERSION + "</froissart.api.version>"), pom);
        assertTrue(pom.contains("<artifactId>froissart-api</artifactId>\n      <scope>provided</scope>"), pom);
        assertTrue(pom.contains("<artifactId>froissart-testkit</artifactId>\n      <scope>test</scope>"), pom);
        assertEquals("com.acme.tagger.MyTaggerFactory\n",
                Files.readString(dir.resolve("src/main/resources/META-INF/services/org.froissart.api.ExtractorFactory")));
        assertTrue(Files.readString(dir.resolve("src/main/java/com/acme/tagger/MyTaggerFactory.java"))
                .contains("public static final String NAME = \"my-tagger\";"));
        assertTrue(Files.readString(dir.resolve("src/main/resources/META-INF/froissart-plugin.properties"))
                .contains("\napi.version=${froissart.api.version}\n"));
        assertTrue(r.out().startsWith("froissart: created extractor plugin 'my-tagger' (com.acme.tagger.MyTaggerFactory) in " + dir),
                r.out());
    }

    @Test
    void refusesBadNamesPackagesAndNonEmptyDirectories() throws IOException {
        CliRun r = CliRun.of("init-plugin", "--name", "MyTagger", "--package", "com.acme", "--dir", tmp.resolve("a").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: --name 'MyTagger' is not a plugin name: use lower-case words joined by '-', starting "
                + "with a letter, e.g. 'my-tagger'; pipelines will write 'type: my-tagger'\n", r.err());

        r = CliRun.of("init-plugin", "--name", "tagger", "--package", "com.acme.new", "--dir", tmp.resolve("b").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("--package 'com.acme.new' is not a Java package name"), r.err());

        r = CliRun.of("init-plugin", "--name", "tagger", "--package", "org.froissart.api.tagger", "--dir", tmp.resolve("c").toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("--package 'org.froissart.api.tagger' is reserved"), r.err());

        Path full = tmp.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("keep.txt"), "mine");
        r = CliRun.of("init-plugin", "--name", "tagger", "--package", "com.acme", "--dir", full.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: directory " + full + " exists and is not empty: init-plugin never overwrites files; "
                + "choose another --dir or remove it\n", r.err());

        r = CliRun.of("init-plugin", "--name", "tagger");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("init-plugin needs --name and --package"), r.err());
    }
}
