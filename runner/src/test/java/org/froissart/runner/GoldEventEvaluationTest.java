package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval events --gold}: triples scored per article, from a corpus the gold file only names. */
class GoldEventEvaluationTest {
    @TempDir
    Path dir;

    private static final String CORPUS = """
            {"id": "a", "published": "2024-11-23", "text": "La Russie a condamné jeudi l'attaque. Le Venezuela a signé un accord avec la Russie."}
            {"id": "unused", "text": "Rien ici."}
            {"id": "b", "published": "2024-11-23", "text": "La France a critiqué l'Allemagne. Il pleut à Paris."}
            """;

    @Test
    void scoresTriplesPerArticleAndListsMissesAndFalseEvents() throws IOException {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), CORPUS, StandardCharsets.UTF_8);
        // a: one right (VEN 05 RUS, code 057 exact), one missed (RUS 19 USA); b: one right (FRA 11 DEU, code 112 not exact).
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id": "a", "events": [{"source": "VEN", "cameo": "057", "target": "RUS"}, {"source": "RUS", "cameo": "190", "target": "USA"}]}
                {"id": "b", "events": [{"source": "FRA", "cameo": "112", "target": "DEU"}]}
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("eval", "events", "--gold", gold.toString(), "--corpus", corpus.toString(), "--details");
        assertEquals(Main.OK, r.exit(), r::toString);
        String out = r.out();
        assertTrue(out.contains("(2 articles)"), out);
        assertTrue(out.contains("\na\n  ok     VEN 05 RUS  [057]\n  missed RUS 19 USA  [190]\n"), out);
        assertTrue(out.contains("\nb (held out)\n  ok     FRA 11 DEU  [112]\n"), out);
        // the gold's 3 triples, 2 found; "exact" counts the one whose full code matches too
        assertTrue(out.matches("(?s).*\nall +3 +\\d+ +2 .*"), out);
    }

    @Test
    void aGoldIdMissingFromTheCorpusIsAnError() throws IOException {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), CORPUS, StandardCharsets.UTF_8);
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"zz\", \"events\": []}\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("eval", "events", "--gold", gold.toString(), "--corpus", corpus.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("has no article with id zz"), r.err());
    }

    @Test
    void goldWithoutCorpusSaysWhatToAdd() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"a\", \"events\": []}\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("eval", "events", "--gold", gold.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("needs --corpus"), r.err());
    }
}
