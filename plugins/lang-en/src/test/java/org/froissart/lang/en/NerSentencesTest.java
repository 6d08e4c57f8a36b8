package org.froissart.lang.en;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.froissart.api.EntityType;
import org.froissart.api.Token;
import org.froissart.extractors.ner.NameSpan;
import org.froissart.extractors.ner.NameTagger;
import org.froissart.extractors.ner.NerResources;
import org.froissart.extractors.text.SentenceSplitter;
import org.froissart.extractors.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The bundled English model finds obvious names in hand-written sentences. */
class NerSentencesTest {
    @Test
    void findsObviousNames() {
        ClassLoader cl = getClass().getClassLoader();
        NameTagger tagger = NerResources.load(cl::getResourceAsStream, "en");
        Set<String> abbr = NerResources.abbreviations(cl::getResourceAsStream, "en");
        String text = "President Barack Obama arrived in Berlin on Tuesday. "
                + "He later met executives of Microsoft Corporation and officials from the United Nations in Germany.";
        List<Token> tokens = new Tokenizer(abbr).tokenize(text);
        List<NameSpan> spans = tagger.tag(text, tokens, new SentenceSplitter(abbr).split(text, tokens));
        assertFound(text, spans, "Barack Obama", EntityType.PERSON);
        assertFound(text, spans, "Berlin", EntityType.LOCATION);
        assertFound(text, spans, "Germany", EntityType.LOCATION);
        assertFound(text, spans, "Microsoft Corporation", EntityType.ORGANIZATION);
    }

    static void assertFound(String text, List<NameSpan> spans, String name, EntityType type) {
        int at = text.indexOf(name);
        assertTrue(spans.contains(new NameSpan(at, at + name.length(), type)), name + " not in " + spans);
    }
}
