package org.froissart.lang.fr;

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

/** What the French pack changes: boilerplate rules and abbreviations are found and used. */
class FrenchPackTest {
    private static Document run(String text) {
        return PipelineHarness.of(new LanguageFactory()).then(new BoilerplateFactory()).then(new TokensFactory())
                .run(PipelineHarness.document("fr", text)).get(0);
    }

    @Test
    void packIsFound() {
        assertTrue(new org.froissart.testkit.TestPluginContext().hasResource("froissart/lang/fr/pack.properties"));
    }

    @Test
    void lireAussiLineIsBoilerplate() {
        Document d = run(SampleDocuments.FRENCH);
        assertEquals("fr", d.language());
        int start = SampleDocuments.FRENCH.indexOf("Lire aussi");
        assertEquals(1, d.boilerplate().size(), d.boilerplate().toString());
        Span s = d.boilerplate().get(0);
        assertEquals(start, s.start());
        assertTrue(s.of(d.text()).startsWith("Lire aussi : la colère des éleveurs"), s.of(d.text()));
    }

    @Test
    void abbreviationDoesNotEndASentence() {
        String text = "Selon M. Dupont, le vote aura lieu demain. La séance est levée.";
        // Too short for identification to be sure: the pipeline language is set, as a user would.
        Document d = PipelineHarness.of(new TokensFactory()).language("fr").run(text);
        List<String> sentences = d.sentences().stream().map(s -> s.of(text)).toList();
        assertEquals(List.of("Selon M. Dupont, le vote aura lieu demain.", "La séance est levée."), sentences);
    }
}
