package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.froissart.api.FroissartApi;
import org.froissart.runner.testjars.BrokenConstructorFactory;
import org.froissart.runner.testjars.IsolationProbeFactory;
import org.froissart.runner.testjars.NoNameFactory;
import org.froissart.runner.testjars.NotARecordFactory;
import org.froissart.runner.testjars.OutsideSpansFactory;
import org.froissart.runner.testjars.ShadowTokensFactory;
import org.froissart.runner.testjars.StrictConfigFactory;
import org.froissart.runner.testjars.TwinFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact messages a plugin author meets, from jars built the way their builds make them. */
class PluginErrorsTest {
    private static final String PKG = "org.froissart.runner.testjars.";

    @TempDir
    Path tmp;

    private Path plugins() {
        return tmp.resolve("plugins");
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--plugins";
        all[1] = plugins().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private Path pipeline(String steps) throws IOException {
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, "version: 1\nname: t\nsteps:\n" + steps, StandardCharsets.UTF_8);
        return p;
    }

    private Path input(String text) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), text, StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void aJarWithoutServicesFileSaysWhichFileToAdd() throws IOException {
        Path jar = TestJars.of(TwinFactory.class).apiVersion("1.0").write(plugins().resolve("no-services.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: plugin jar " + jar + " registers no factory: it has no META-INF/services entry; "
                + "add a file META-INF/services/org.froissart.api.ExtractorFactory (or SourceReaderFactory, OutputFactory) "
                + "listing your factory classes, one fully qualified class name per line "
                + "(src/main/resources/META-INF/services/... in a Maven project)\n", r.err());
    }

    @Test
    void aMisnamedServicesFileIsNamed() throws IOException {
        Path jar = TestJars.of(TwinFactory.class).add("META-INF/services/org.froissart.api.Extractor", PKG + "TwinFactory\n")
                .write(plugins().resolve("typo.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("froissart: error: plugin jar " + jar + " registers no factory: it has "
                + "META-INF/services/org.froissart.api.Extractor but none of META-INF/services/org.froissart.api.SourceReaderFactory, "
                + "META-INF/services/org.froissart.api.ExtractorFactory, META-INF/services/org.froissart.api.OutputFactory"), r.err());
    }

    @Test
    void anEmptyServicesFile() throws IOException {
        Path jar = TestJars.of(TwinFactory.class).add(TestJars.EXTRACTORS, "# nothing yet\n").write(plugins().resolve("empty.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("froissart: error: plugin jar " + jar + " registers no factory: its "
                + TestJars.EXTRACTORS + " lists no factory class; add a file"), r.err());
    }

    @Test
    void aServicesEntryNamingAMissingClass() throws IOException {
        TestJars.of().add(TestJars.EXTRACTORS, "com.acme.Missing\n").write(plugins().resolve("missing.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("froissart: error: plugin missing.jar: broken META-INF/services entry for ExtractorFactory: "), r.err());
        assertTrue(r.err().contains("com.acme.Missing not found"), r.err());
    }

    @Test
    void aFactoryWithoutNameField() throws IOException {
        TestJars.of(NoNameFactory.class).services(NoNameFactory.class).write(plugins().resolve("noname.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: plugin noname.jar: " + PKG + "NoNameFactory must declare "
                + "'public static final String NAME = \"...\";' with the name pipelines use\n", r.err());
    }

    @Test
    void twoJarsWithOneNameNameBothJars() throws IOException {
        TestJars.of(TwinFactory.class).services(TwinFactory.class).write(plugins().resolve("a.jar"));
        TestJars.of(TwinFactory.class).services(TwinFactory.class).write(plugins().resolve("b.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: two extractors are named 'test-twin': " + PKG + "TwinFactory (a.jar) and "
                + PKG + "TwinFactory (b.jar); rename one (its NAME field) or remove one jar\n", r.err());
    }

    @Test
    void aPluginTakingABundledNameNamesBoth() throws IOException {
        TestJars.of(ShadowTokensFactory.class).services(ShadowTokensFactory.class).write(plugins().resolve("shadow.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: two extractors are named 'tokens': org.froissart.extractors.tokens.TokensFactory (bundled) and "
                + PKG + "ShadowTokensFactory (shadow.jar); rename one (its NAME field) or remove one jar\n", r.err());
    }

    @Test
    void aConfigTypeThatIsNotARecord() throws IOException {
        TestJars.of(NotARecordFactory.class).services(NotARecordFactory.class).write(plugins().resolve("bean.jar"));
        CliRun r = cli("describe", "test-not-a-record");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: extractor 'test-not-a-record' (" + PKG + "NotARecordFactory, bean.jar): configType() returns "
                + PKG + "NotARecordFactory$Settings, which is not a record; declare the settings as a record whose components "
                + "are the keys under 'with:', e.g. 'public record Config(Integer minLength) { }', and return Config.class\n", r.err());
        CliRun v = cli("validate", pipeline("  - type: test-not-a-record\n").toString());
        assertEquals(Main.USAGE, v.exit(), v::toString);
        assertTrue(v.err().contains("configType() returns " + PKG + "NotARecordFactory$Settings, which is not a record"), v.err());
    }

    @Test
    void aConfigRecordRefusingAValueNamesFileLineStepAndKey() throws IOException {
        TestJars.of(StrictConfigFactory.class).services(StrictConfigFactory.class).write(plugins().resolve("strict.jar"));
        Path p = pipeline("  - type: test-strict\n    with: { threshold: 2 }\n");
        CliRun r = cli("validate", p.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: " + p + ":5:11: invalid settings for extractor 'test-strict': "
                + "threshold must be between 0 and 1, not 2.0\n", r.err());
        CliRun ok = cli("validate", pipeline("  - type: test-strict\n    with: { threshold: 0.2 }\n").toString());
        assertEquals(Main.OK, ok.exit(), ok::toString);
    }

    @Test
    void aFactoryWhoseConstructorThrows() throws IOException {
        TestJars.of(BrokenConstructorFactory.class).services(BrokenConstructorFactory.class).write(plugins().resolve("broken.jar"));
        CliRun r = cli("describe", "test-broken");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("froissart: error: extractor 'test-broken' (" + PKG + "BrokenConstructorFactory, broken.jar): "
                + "cannot create the factory: java.lang.IllegalStateException: model file not found; a factory needs a public "
                + "no-argument constructor that does no heavy work"), r.err());
    }

    @Test
    void spansOutsideTheTextFailTheDocumentNamingStepAndOffsets() throws IOException {
        TestJars.of(OutsideSpansFactory.class).services(OutsideSpansFactory.class).apiVersion("1.0")
                .write(plugins().resolve("outside.jar"));
        Path out = tmp.resolve("out");
        CliRun r = cli("run", "--quiet", "--pipeline", pipeline("  - type: test-outside\n").toString(), "-o", out.toString(),
                input("Twenty chars of text").toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        List<JsonNode> failures = CliRun.jsonLines(out.resolve("failures.jsonl"));
        assertEquals(1, failures.size(), failures::toString);
        JsonNode f = failures.get(0);
        assertEquals("failed", f.get("status").asText());
        assertEquals("test-outside", f.get("step").asText());
        int n = "Twenty chars of text".length();
        assertTrue(f.get("message").asText().startsWith("annotation 'bad' [0, " + (n + 5) + ") lies outside the text (length "
                + n + "): offsets are Java String indices into Document.text(), end exclusive"), f.toString());
    }

    @Test
    void aPluginBuiltAgainstANewerMinorIsRefused() throws IOException {
        TestJars.of(TwinFactory.class).services(TwinFactory.class).apiVersion("1.1").write(plugins().resolve("newer.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: plugin " + PKG + "TwinFactory (newer.jar) was built against Froissart API 1.1, newer than "
                + "this runner's API " + FroissartApi.VERSION + " (it may call methods this runner lacks): upgrade the runner to one "
                + "with API 1.1 or later, or rebuild the plugin against froissart-api " + FroissartApi.buildVersion()
                + " (api.version=" + FroissartApi.VERSION + ")\n", r.err());
    }

    @Test
    void aPluginBuiltAgainstAnotherMajorIsRefused() throws IOException {
        TestJars.of(TwinFactory.class).services(TwinFactory.class).apiVersion("2.0").write(plugins().resolve("next.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: plugin " + PKG + "TwinFactory (next.jar) was built against Froissart API 2.0 but this "
                + "runner has API " + FroissartApi.VERSION + "; a plugin runs only on a runner of the same API major version: "
                + "rebuild the plugin against froissart-api " + FroissartApi.buildVersion() + " (api.version="
                + FroissartApi.VERSION + "), or use a runner with API 2.x\n", r.err());
    }

    @Test
    void anUnfilteredDescriptorSaysToEnableFiltering() throws IOException {
        TestJars.of(TwinFactory.class).services(TwinFactory.class).apiVersion("${froissart.api.version}")
                .write(plugins().resolve("raw.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertEquals("froissart: error: plugin jar raw.jar: META-INF/froissart-plugin.properties has "
                + "api.version=${froissart.api.version}, expected MAJOR.MINOR such as " + FroissartApi.VERSION
                + "; the Maven property was not replaced: enable resource filtering for "
                + "src/main/resources/META-INF/froissart-plugin.properties\n", r.err());
    }

    @Test
    void anOlderMinorAndNoDescriptorAreAccepted() throws IOException {
        TestJars.of(TwinFactory.class).services(TwinFactory.class).apiVersion("1.0").write(plugins().resolve("same.jar"));
        TestJars.of(StrictConfigFactory.class).services(StrictConfigFactory.class).write(plugins().resolve("plain.jar"));
        CliRun r = cli("plugins");
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.out().matches("(?s).*\ntest-twin +extractor +same\\.jar .*"), r.out());
        assertTrue(r.out().matches("(?s).*\ntest-strict +extractor +plain\\.jar .*"), r.out());
    }

    @Test
    void aPluginSeesTheApiButNotTheRunnerItsLibrariesOrOtherPlugins() throws IOException {
        TestJars.of(IsolationProbeFactory.class).services(IsolationProbeFactory.class).apiVersion("1.0")
                .write(plugins().resolve("probe.jar"));
        TestJars.of(TwinFactory.class).services(TwinFactory.class).write(plugins().resolve("twin.jar"));
        Path out = tmp.resolve("out");
        CliRun r = cli("run", "--quiet", "--pipeline", pipeline("  - type: test-probe\n").toString(), "-o", out.toString(),
                input("Probe.").toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        JsonNode a = CliRun.jsonLines(out.resolve("documents.jsonl")).get(0).get("annotations").get(0);
        assertEquals("isolation", a.get("type").asText());
        JsonNode seen = a.get("attributes");
        assertEquals("loaded", seen.get("org.froissart.api.Document").asText(), a::toString);
        assertEquals("ClassNotFoundException", seen.get("org.froissart.runner.Main").asText(), a::toString);
        assertEquals("ClassNotFoundException", seen.get("com.google.inject.Guice").asText(), a::toString);
        assertEquals("ClassNotFoundException", seen.get("com.fasterxml.jackson.databind.ObjectMapper").asText(), a::toString);
        assertEquals("ClassNotFoundException", seen.get(PKG + "TwinFactory").asText(), a::toString);
    }
}
