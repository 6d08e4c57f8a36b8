package org.froissart.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.froissart.api.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    static final Set<String> ABBR = Set.of("m", "mme", "dr", "st", "u.s", "gen", "etc", "p", "no", "mr", "jan");
    static final Tokenizer TOK = new Tokenizer(ABBR);
    static final SentenceSplitter SPLIT = new SentenceSplitter(ABBR);

    static List<String> sentences(String text) {
        return SPLIT.split(text, TOK.tokenize(text)).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void basicEndMarks() {
        assertEquals(List.of("Il pleut.", "Vraiment ?!", "Oui…", "Non!", "Fin"),
                sentences("  Il pleut. Vraiment ?! Oui… Non! Fin  "));
        assertEquals(List.of("Il est 10h30.", "150 personnes sont venues."),
                sentences("Il est 10h30. 150 personnes sont venues."));
        assertEquals(List.of("Il dit... et puis rien."), sentences("Il dit... et puis rien."));
    }

    @Test
    void spansAreTrimmedOffsets() {
        String s = "  Un.  Deux.\n";
        assertEquals(List.of(new Span(2, 5), new Span(7, 12)), SPLIT.split(s, TOK.tokenize(s)));
    }

    @Test
    void emptyText() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of(), sentences(" \n\n "));
    }

    @Test
    void quotes() {
        assertEquals(List.of("« C’est fini. »", "Il est parti."), sentences("« C’est fini. » Il est parti."));
        assertEquals(List.of("« Allez ! » a-t-il lancé."), sentences("« Allez ! » a-t-il lancé."));
        assertEquals(List.of("He said: \"It is over.\"", "Then he left."), sentences("He said: \"It is over.\" Then he left."));
        assertEquals(List.of("He left.", "\"Never again,\" she said."), sentences("He left. \"Never again,\" she said."));
        assertEquals(List.of("“Yes.”", "(It was late.)", "Done."), sentences("“Yes.” (It was late.) Done."));
    }

    @Test
    void abbreviationsAndInitials() {
        assertEquals(List.of("M. Macron a reçu Mme Dupont et le Dr. House à St. Louis."),
                sentences("M. Macron a reçu Mme Dupont et le Dr. House à St. Louis."));
        assertEquals(List.of("The U.S. Army and Gen. Smith met J. K. Rowling on Jan. 5.", "It rained."),
                sentences("The U.S. Army and Gen. Smith met J. K. Rowling on Jan. 5. It rained."));
        assertEquals(List.of("He said no.", "Then he left."), sentences("He said no. Then he left."));
        assertEquals(List.of("Troops came from the U.S.", "\"We're ready,\" he said."),
                sentences("Troops came from the U.S. \"We're ready,\" he said."));
        assertEquals(List.of("Des pommes, des poires, etc.", "Le reste suit."),
                sentences("Des pommes, des poires, etc. Le reste suit."));
        assertEquals(List.of("Voir p. 12 et No. 5 ici."), sentences("Voir p. 12 et No. 5 ici."));
    }

    @Test
    void gluedSentences() {
        assertEquals(List.of("Ils ont traversé les Pyrénées.", "Alors il a neigé."),
                sentences("Ils ont traversé les Pyrénées.Alors il a neigé."));
    }

    @Test
    void lineBreaks() {
        assertEquals(List.of("Le gouvernement annonce un plan", "PARIS (AFP)", "Le Premier ministre a parlé."),
                sentences("Le gouvernement annonce un plan\nPARIS (AFP)\nLe Premier ministre a parlé."));
        assertEquals(List.of("Premier paragraphe sans point", "second paragraphe."),
                sentences("Premier paragraphe sans point\n\nsecond paragraphe."));
        // a wrapped sentence continues across a single line break
        assertEquals(List.of("Le ministre a déclaré lundi que la réforme serait présentée au\nconseil des ministres en mai."),
                sentences("Le ministre a déclaré lundi que la réforme serait présentée au\nconseil des ministres en mai."));
        assertEquals(List.of("Les mesures :", "- une taxe", "- un impôt"), sentences("Les mesures :\n- une taxe\n- un impôt"));
        assertEquals(List.of("1. Le premier point.", "2. Le second."), sentences("1. Le premier point.\n2. Le second."));
    }
}
