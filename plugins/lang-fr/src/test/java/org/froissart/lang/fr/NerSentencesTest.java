package org.froissart.lang.fr;

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

/** The bundled French model finds obvious names in hand-written sentences. */
class NerSentencesTest {
    @Test
    void findsObviousNames() {
        ClassLoader cl = getClass().getClassLoader();
        NameTagger tagger = NerResources.load(cl::getResourceAsStream, "fr");
        Set<String> abbr = NerResources.abbreviations(cl::getResourceAsStream, "fr");
        String text = "Mardi, M. Jean Dupont s’est rendu à Marseille avec des représentants de l’Université de Lyon. "
                + "Le ministre a ensuite rencontré Marie Lefèvre en Espagne.";
        List<Token> tokens = new Tokenizer(abbr).tokenize(text);
        List<NameSpan> spans = tagger.tag(text, tokens, new SentenceSplitter(abbr).split(text, tokens));
        assertFound(text, spans, "Jean Dupont", EntityType.PERSON);
        assertFound(text, spans, "Marseille", EntityType.LOCATION);
        assertFound(text, spans, "Université de Lyon", EntityType.ORGANIZATION);
        assertFound(text, spans, "Marie Lefèvre", EntityType.PERSON);
        assertFound(text, spans, "Espagne", EntityType.LOCATION);
    }

    static void assertFound(String text, List<NameSpan> spans, String name, EntityType type) {
        int at = text.indexOf(name);
        assertTrue(spans.contains(new NameSpan(at, at + name.length(), type)), name + " not in " + spans);
    }
}
