package org.froissart.extractors.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.froissart.api.EntityType;
import org.froissart.api.Token;
import org.froissart.extractors.text.SentenceSplitter;
import org.froissart.extractors.text.Tokenizer;
import org.junit.jupiter.api.Test;

class NerTaggerTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(Set.of());
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Set.of());

    /** Hand-written training sentences: words with tags P/O/L (person, organisation, location) or '-'. */
    private static final String[][] TRAIN = {
        {"Anna Berg visited Lund on Monday .", "P P - L - - -"},
        {"The mayor of Ostia , Karl Moll , met Anna Berg .", "- - - L - P P - - P P -"},
        {"Karl Moll works for Brightwater Holdings in Ostia .", "P P - - O O - L -"},
        {"Brightwater Holdings opened an office in Lund .", "O O - - - - L -"},
        {"Nina Holt left Ostia for Lund .", "P P - L - L -"},
        {"Officials at Redfield Bank said Nina Holt was right .", "- - O O - P P - - -"},
    };

    private static Gazetteer gazetteer() {
        return new Gazetteer.Builder().add("loc", List.of("lund")).add("orgkey", List.of("bank"))
                .add("first", List.of("anna")).build();
    }

    private static NameTagger train() {
        List<NerCorpora.Sample> samples = new ArrayList<>();
        for (String[] s : TRAIN) {
            List<String> words = Arrays.asList(s[0].split(" "));
            String[] tags = s[1].split(" ");
            int[] types = new int[words.size()];
            boolean[] begins = new boolean[words.size()];
            for (int i = 0; i < tags.length; i++) {
                types[i] = "-POL".indexOf(tags[i].charAt(0));
                begins[i] = types[i] != 0 && (i == 0 || types[i - 1] != types[i]);
            }
            samples.add(NerCorpora.toSample(new NerCorpora.Sentence(words, types, begins), TOKENIZER::tokenize));
        }
        return TrainNer.train(samples, gazetteer(), 16, 8, 42L);
    }

    private static List<NameSpan> tag(NameTagger t, String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        return t.tag(text, tokens, SPLITTER.split(text, tokens));
    }

    @Test
    void learnsAndRoundTrips() throws Exception {
        NameTagger tagger = train();
        String text = "Karl Moll met Nina Holt in Lund. Brightwater Holdings and Redfield Bank agreed.";
        List<NameSpan> before = tag(tagger, text);
        assertTrue(before.contains(new NameSpan(0, 9, EntityType.PERSON)), before.toString());
        assertTrue(before.contains(new NameSpan(27, 31, EntityType.LOCATION)), before.toString());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.save(bytes);
        NameTagger loaded = NameTagger.load(new ByteArrayInputStream(bytes.toByteArray()), gazetteer());
        assertEquals(before, tag(loaded, text));
    }

    @Test
    void emptyInputAndNoSentences() {
        NameTagger tagger = train();
        assertEquals(List.of(), tagger.tag("", List.of(), List.of()));
        String text = "Anna Berg visited Lund";
        List<NameSpan> spans = tagger.tag(text, TOKENIZER.tokenize(text), null);
        for (NameSpan s : spans) {
            assertTrue(s.end() <= text.length());
        }
    }

    @Test
    void gazetteerMatchesTokenSequences() {
        Gazetteer g = new Gazetteer.Builder().add("loc", List.of("new", "york")).add("per", List.of("new")).build();
        long h = Gazetteer.extend(Gazetteer.start(), "new");
        assertEquals(1 << g.categoryIndex("per"), g.lookup(h));
        assertEquals(1 << g.categoryIndex("loc"), g.lookup(Gazetteer.extend(h, "york")));
        assertEquals(0, g.lookup(Gazetteer.extend(h, "jersey")));
    }

    @Test
    void bioConstraints() {
        assertTrue(NerModel.allowed(NerModel.O, 1));
        assertTrue(NerModel.allowed(1, 2));
        assertTrue(!NerModel.allowed(NerModel.O, 2));
        assertTrue(!NerModel.allowed(3, 2));
    }
}
