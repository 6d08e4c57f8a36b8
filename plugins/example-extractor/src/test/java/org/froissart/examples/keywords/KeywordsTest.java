package org.froissart.examples.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.froissart.api.Annotation;
import org.froissart.api.ConfigException;
import org.froissart.api.Document;
import org.froissart.api.FroissartApi;
import org.froissart.api.Span;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.SampleDocuments;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the step finds, through the test kit's harness (the path the runner takes, on one thread). */
class KeywordsTest {
    @TempDir
    Path tmp;

    private static KeywordsFactory.Config lists(Map<String, List<String>> lists) {
        return new KeywordsFactory.Config(lists, null, null, null);
    }

    /** "type [start,end) text" of every annotation. */
    private static List<String> found(Document d) {
        List<String> out = new ArrayList<>();
        for (Annotation a : d.annotations()) {
            out.add(a.type() + " " + d.text().substring(a.start(), a.end()) + " (" + a.attributes().get("phrase") + ")");
        }
        return out;
    }

    @Test
    void tagsPhrasesOfEveryListIgnoringCaseWithWholeWords() {
        Document d = PipelineHarness.of(new KeywordsFactory(), lists(Map.of(
                        "sanctions", List.of("embargo", "asset freeze"),
                        "agency", List.of("Frontex"))))
                .run("L'EMBARGO et le gel (asset\u00A0Freeze) ; frontexien n'est pas Frontex.");
        assertEquals(List.of("sanctions EMBARGO (embargo)", "sanctions asset\u00A0Freeze (asset freeze)", "agency Frontex (Frontex)"),
                found(d));
    }

    @Test
    void caseSensitiveAndPartialWordsWhenAsked() {
        KeywordsFactory.Config c = new KeywordsFactory.Config(Map.of("org", List.of("UN")), null, true, false);
        Document d = PipelineHarness.of(new KeywordsFactory(), c).run("The UN and un UNESCO");
        assertEquals(List.of("org UN (UN)", "org UN (UN)"), found(d));
        assertEquals(14, d.annotations().get(1).start()); // in UNESCO
    }

    @Test
    void leftmostLongestPerLabelAndOneAnnotationPerLabel() {
        Document d = PipelineHarness.of(new KeywordsFactory(), lists(Map.of(
                        "org", List.of("Union", "Union européenne", "européenne"),
                        "eu", List.of("Union européenne"))))
                .run("L’Union européenne a parlé.");
        assertEquals(List.of("eu Union européenne (Union européenne)", "org Union européenne (Union européenne)"), found(d));
    }

    @Test
    void typographicApostrophesMatchStraightOnes() {
        Document d = PipelineHarness.of(new KeywordsFactory(), lists(Map.of("aid", List.of("aide d'urgence"))))
                .run("une aide d’urgence");
        assertEquals(List.of("aid aide d’urgence (aide d'urgence)"), found(d));
    }

    @Test
    void skipsBoilerplate() {
        String text = "Embargo levé.\nLire aussi : l'embargo";
        Document d = PipelineHarness.document("d", text);
        d.boilerplate().add(new Span(text.indexOf("Lire"), text.length()));
        PipelineHarness.of(new KeywordsFactory(), lists(Map.of("sanctions", List.of("embargo")))).run(d);
        assertEquals(List.of("sanctions Embargo (embargo)"), found(d));
    }

    @Test
    void defaultListIsPackagedAndFindsTheSampleTopics() {
        Document d = PipelineHarness.of(new KeywordsFactory()).run(SampleDocuments.FRENCH);
        List<String> f = found(d);
        assertTrue(f.contains("disaster Inondations (inondations)"), f.toString());
        assertTrue(f.contains("aid aide d'urgence (aide d'urgence)"), f.toString());
    }

    @Test
    void readsATsvFile() throws IOException {
        Path tsv = tmp.resolve("lists.tsv");
        Files.writeString(tsv, "# comment\n\nperson\tGabriel Attal\nplace\tSaint-Omer\n", StandardCharsets.UTF_8);
        Document d = PipelineHarness.of(new KeywordsFactory(), new KeywordsFactory.Config(null, tsv.toString(), null, null))
                .run(SampleDocuments.FRENCH);
        assertEquals(List.of("person Gabriel Attal (Gabriel Attal)", "place Saint-Omer (Saint-Omer)"), found(d));
    }

    @Test
    void aBadTsvLineNamesFileAndLine() throws IOException {
        Path tsv = tmp.resolve("bad.tsv");
        Files.writeString(tsv, "person\tGabriel Attal\nSaint-Omer\n", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> new KeywordsFactory()
                .create(new KeywordsFactory.Config(null, tsv.toString(), null, null), new TestPluginContext()));
        assertEquals("keywords: " + tsv + ":2: expected 'label<TAB>phrase', found 'Saint-Omer'", e.getMessage());
    }

    @Test
    void aMissingFileIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class, () -> new KeywordsFactory()
                .create(new KeywordsFactory.Config(null, "no/such.tsv", null, null), new TestPluginContext()));
        assertTrue(e.getMessage().startsWith("keywords: file 'no/such.tsv' not found"), e.getMessage());
    }

    @Test
    void theConfigRefusesBlankLabelsAndPhrases() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lists(Map.of("x", List.of(" "))));
        assertEquals("lists: label 'x' has a blank phrase", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lists(Map.of("x", List.of())));
    }

    @Test
    void theAutomatonIsBuiltOncePerRun() {
        TestPluginContext context = new TestPluginContext();
        KeywordsFactory f = new KeywordsFactory();
        KeywordsFactory.Config c = lists(Map.of("a", List.of("b")));
        f.create(c, context);
        f.create(c, context);
        assertEquals(1, context.sharedCount());
    }

    @Test
    void manyPhrasesInOnePass() {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            phrases.add("mot" + i);
        }
        Document d = PipelineHarness.of(new KeywordsFactory(), lists(Map.of("w", phrases))).run("mot1 mot10 mot4999 mot5000 mot49990");
        assertEquals(List.of("w mot1 (mot1)", "w mot10 (mot10)", "w mot4999 (mot4999)"), found(d));
    }

    @Test
    void descriptorNamesTheApiVersionOfTheBuild() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/froissart-plugin.properties")) {
            p.load(in);
        }
        assertEquals(FroissartApi.VERSION, p.getProperty("api.version"));
    }
}
