package org.froissart.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Span;
import org.froissart.extractors.boilerplate.BoilerplateFactory;
import org.froissart.extractors.language.LanguageFactory;
import org.froissart.extractors.tokens.TokensFactory;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.SampleDocuments;
import org.junit.jupiter.api.Test;

/** What the English pack changes: boilerplate rules and abbreviations are found and used. */
class EnglishPackTest {
    private static Document run(String text) {
        return PipelineHarness.of(new LanguageFactory()).then(new BoilerplateFactory()).then(new TokensFactory())
                .run(PipelineHarness.document("en", text)).get(0);
    }

    @Test
    void packIsFound() {
        assertTrue(new org.froissart.testkit.TestPluginContext().hasResource("froissart/lang/en/pack.properties"));
    }

    @Test
    void readMoreLineIsBoilerplate() {
        Document d = run(SampleDocuments.ENGLISH);
        assertEquals("en", d.language());
        int start = SampleDocuments.ENGLISH.indexOf("Read more");
        assertEquals(1, d.boilerplate().size(), d.boilerplate().toString());
        Span s = d.boilerplate().get(0);
        assertEquals(start, s.start());
        assertTrue(s.of(d.text()).startsWith("Read more: what the package contains"), s.of(d.text()));
    }

    @Test
    void abbreviationDoesNotEndASentence() {
        String text = "Sen. Mitch McConnell spoke on Tuesday. The vote passed.";
        // Too short for identification to be sure: the pipeline language is set, as a user would.
        Document d = PipelineHarness.of(new TokensFactory()).language("en").run(text);
        List<String> sentences = d.sentences().stream().map(s -> s.of(text)).toList();
        assertEquals(List.of("Sen. Mitch McConnell spoke on Tuesday.", "The vote passed."), sentences);
    }
}
