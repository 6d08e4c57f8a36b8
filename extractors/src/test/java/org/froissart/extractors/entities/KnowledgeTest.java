package org.froissart.extractors.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.froissart.api.EntityType;
import org.froissart.api.Token;
import org.froissart.extractors.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Knowledge compiled from word lists, and the same written and read back as a language pack ships it. */
class KnowledgeTest {
    private static final Map<String, String> PACK = Map.of(
            "froissart/lang/xx/entity-cues.tsv", "# word\tkind\nMinistre\ttitle\nParti\torg\nde\tconnector\n",
            "froissart/lang/xx/places.tsv", "Paris\tcity\tFRA\tParis\t2138551\n"
                    + "France\tcountry\tFRA\tFrance\t67000000\n"
                    + "République française\tcountry\tFRA\tFrance (République)\t\n"
                    + "Europe\tcontinent\t\tEurope\t\n"
                    + "Saint-Denis\tcity\tFRA\tSaint-Denis\t113000\n"
                    + "Saint-Denis\tcity\tREU\tSaint-Denis (La Réunion)\t153000\n",
            "froissart/actors/actors.tsv", "Emmanuel Macron\tFRAGOV\t2017-05-14\t\tPERSON\t\n"
                    + "Elysée\tFRAGOV\t\t\tORGANIZATION\tprésidence de la République\n"
                    + "France\tFRA\t\t\tLOCATION\t\n",
            "froissart/lang/xx/demonyms.tsv", "français\tFRA\tFrance\n",
            "froissart/lang/xx/agents.tsv", "police\tCOP\tpolice\nporte-parole\tGOV\tgouvernement\n");
    private static final Function<String, InputStream> OPENER = path -> {
        String s = PACK.get(path);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    };
    private static final Tokenizer TOKENIZER = new Tokenizer(Set.of());

    private static byte[] bytes(Knowledge k) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        k.write(out);
        return out.toByteArray();
    }

    private static List<Token> tokens(String text) {
        return TOKENIZER.tokenize(text);
    }

    @Test
    void compiledKnowledgeAnswersAsTheWordLists() throws IOException {
        Knowledge fromLists = Knowledge.load(OPENER, "xx", TOKENIZER);
        byte[] compiled = bytes(fromLists);
        Knowledge read = Knowledge.read(new ByteArrayInputStream(compiled), "xx", TOKENIZER);
        assertArrayEquals(compiled, bytes(read), "written again, the same bytes");
        assertArrayEquals(compiled, bytes(Knowledge.load(OPENER, "xx", TOKENIZER)), "compiled again, the same bytes");
        for (Knowledge k : List.of(fromLists, read)) {
            assertEquals(List.of(new Knowledge.Place("Saint-Denis", "city", "FRA", "Saint-Denis", 113000),
                    new Knowledge.Place("Saint-Denis", "city", "REU", "Saint-Denis (La Réunion)", 153000)),
                    k.places.get(k.norms("Saint-Denis")));
            assertEquals(List.of(new Knowledge.Place("Europe", "continent", null, "Europe", 0)), k.places.get(List.of("europe")));
            List<Token> t = tokens("selon Emmanuel Macron");
            var actor = k.actors.longest(t, 1, t.size());
            assertEquals(List.of(new Knowledge.Actor("Emmanuel Macron", "FRAGOV", LocalDate.of(2017, 5, 14), null,
                    EntityType.PERSON, "Emmanuel Macron")), actor.values());
            assertEquals(3, actor.end());
            assertEquals("présidence de la République", k.actors.get(List.of("elysée")).get(0).canonical());
            assertEquals(List.of("FRA"), k.demonymAt(tokens("les français"), 1, 2).values());
            assertEquals(List.of("GOV"), k.agentAt(tokens("un porte-parole"), 1, 2).values());
            assertNull(k.agentAt(tokens("un porte"), 1, 2));
            assertEquals("France", k.countryName("FRA"), "the first country row of a code names it");
            assertEquals("FRA", k.countryOf("FRAGOV"));
            assertNull(k.countryOf("REUGOV"), "a city's country is not a country row");
            assertEquals(Set.of("ministre"), k.titleWords);
            assertEquals(Set.of("parti"), k.orgKeywords);
            assertEquals(Set.of("de"), k.connectors);
        }
    }

    @Test
    void theCompiledFormOfAnotherLanguageOrVersionIsRefused() throws IOException {
        byte[] compiled = bytes(Knowledge.load(OPENER, "xx", TOKENIZER));
        IOException e = assertThrows(IOException.class, () -> Knowledge.read(new ByteArrayInputStream(compiled), "fr", TOKENIZER));
        assertTrue(e.getMessage().contains("'xx'"), e.getMessage());
        compiled[7]++; // the format version
        e = assertThrows(IOException.class, () -> Knowledge.read(new ByteArrayInputStream(compiled), "xx", TOKENIZER));
        assertTrue(e.getMessage().contains("rebuild the language pack"), e.getMessage());
    }
}
