package org.froissart.extractors.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {
    private static NerScorer.Mention m(int s, int e, String t) {
        return new NerScorer.Mention(s, e, t);
    }

    @Test
    void exactSpanAndTypeOnly() {
        NerScorer sc = new NerScorer();
        sc.add(List.of(m(0, 5, "PER"), m(10, 15, "LOC"), m(20, 30, "ORG")),
                List.of(m(0, 5, "PER"), m(10, 15, "ORG"), m(20, 29, "ORG"), m(40, 45, "LOC")));
        assertEquals(1, sc.counts("PER").truePositives());
        assertEquals(1.0, sc.counts("PER").f1(), 1e-9);
        assertEquals(0, sc.counts("ORG").truePositives());
        assertEquals(2, sc.counts("ORG").predictedCount());
        assertEquals(1, sc.counts("ORG").goldCount());
        assertEquals(0.0, sc.counts("LOC").f1(), 1e-9);
        NerScorer.Counts all = sc.overall();
        assertEquals(1, all.truePositives());
        assertEquals(3, all.goldCount());
        assertEquals(4, all.predictedCount());
        assertEquals(0.25, all.precision(), 1e-9);
        assertEquals(1.0 / 3, all.recall(), 1e-9);
        assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), all.f1(), 1e-9);
    }

    @Test
    void accumulatesOverDocumentsWithoutCrossMatching() {
        NerScorer sc = new NerScorer();
        sc.add(List.of(m(0, 4, "LOC")), List.of());
        sc.add(List.of(), List.of(m(0, 4, "LOC")));
        sc.add(List.of(m(3, 8, "PER")), List.of(m(3, 8, "PER")));
        assertEquals(3, sc.documents());
        assertEquals(0, sc.counts("LOC").truePositives());
        assertEquals(0.5, sc.overall().precision(), 1e-9);
        assertEquals(0.5, sc.overall().recall(), 1e-9);
        assertEquals(0.5, sc.overall().f1(), 1e-9);
    }

    @Test
    void emptyIsZeroAndTableHasAllRow() {
        NerScorer sc = new NerScorer();
        assertEquals(0.0, sc.overall().f1(), 1e-9);
        sc.add(List.of(m(0, 1, "PER")), List.of(m(0, 1, "PER")));
        String table = sc.formatTable();
        assertTrue(table.contains("ALL"), table);
        assertTrue(table.contains("1.0000"), table);
    }

    @Test
    void goldReaderConvertsCodePointOffsets() {
        NerGold.Doc d = NerGold.parseDoc("{\"id\": \"x\", \"lang\": \"en\", \"text\": \"\\ud83d\\ude00 Paris \\\"is\\\"\","
                + " \"entities\": [{\"type\": \"LOC\", \"start\": 2, \"end\": 7}]}");
        NerScorer.Mention e = d.entities().get(0);
        assertEquals("Paris", d.text().substring(e.start(), e.end()));
        assertEquals("LOC", e.type());
    }
}
