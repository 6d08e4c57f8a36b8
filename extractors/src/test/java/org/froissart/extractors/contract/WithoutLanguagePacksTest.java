package org.froissart.extractors.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.extractors.boilerplate.BoilerplateFactory;
import org.froissart.extractors.language.LanguageFactory;
import org.froissart.extractors.metadata.MetadataFactory;
import org.froissart.extractors.tokens.TokensFactory;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.SampleDocuments;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;

/** The extractors module has no language pack on its class path: the bundled steps still run. */
class WithoutLanguagePacksTest {

    @Test
    void noPackIsInstalledHere() {
        TestPluginContext c = new TestPluginContext();
        assertFalse(c.hasResource("froissart/lang/fr/pack.properties"));
        assertFalse(c.hasResource("froissart/lang/en/pack.properties"));
    }

    @Test
    void bundledPipelineRunsAndLeavesBoilerplateUntouched() {
        List<Document> out = PipelineHarness.of(new LanguageFactory()).then(new MetadataFactory())
                .then(new BoilerplateFactory()).then(new TokensFactory())
                .run(PipelineHarness.documents("fr", SampleDocuments.FRENCH, "en", SampleDocuments.ENGLISH));
        Document fr = out.get(0);
        Document en = out.get(1);
        assertEquals("fr", fr.language());
        assertEquals("en", en.language());
        assertEquals(List.of("PARIS"), fr.dateline());
        assertEquals(List.of("WASHINGTON"), en.dateline());
        assertEquals("Inondations : Paris débloque une aide d'urgence pour les agriculteurs", fr.title());
        assertEquals(List.of(), fr.boilerplate(), "no pack: no boilerplate rules, the document is left as it was");
        assertEquals(List.of(), en.boilerplate());
        assertFalse(fr.tokens().isEmpty(), "the generic tokenizer needs no pack");
        assertFalse(fr.sentences().isEmpty());
    }

    @Test
    void fixedPipelineLanguageIsGivenToDocumentsWithoutOne() {
        Document d = PipelineHarness.of(new LanguageFactory()).language("de").run("Der Text ist kurz.");
        assertEquals("de", d.language());
    }
}
