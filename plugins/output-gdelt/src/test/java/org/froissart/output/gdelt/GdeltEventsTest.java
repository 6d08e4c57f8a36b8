package org.froissart.output.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GdeltEventsTest {

    private static String col(List<String> row, String name) {
        return row.get(GdeltEvents.COLUMNS.indexOf(name));
    }

    @Test
    void theGdelt20EventTableHas61ColumnsInCodebookOrder() {
        assertEquals(61, GdeltEvents.COLUMNS.size());
        assertEquals("GLOBALEVENTID", GdeltEvents.COLUMNS.get(0));
        assertEquals(26, GdeltEvents.COLUMNS.indexOf("EventCode"));
        assertEquals(39, GdeltEvents.COLUMNS.indexOf("Actor1Geo_ADM2Code"));
        assertEquals(59, GdeltEvents.COLUMNS.indexOf("DATEADDED"));
        assertEquals("SOURCEURL", GdeltEvents.COLUMNS.get(60));
    }

    @Test
    void idsAreDeterministicAndDistinct() {
        assertEquals(GdeltEvents.eventId("a", 0), GdeltEvents.eventId("a", 0));
        assertNotEquals(GdeltEvents.eventId("a", 0), GdeltEvents.eventId("a", 1));
        assertNotEquals(GdeltEvents.eventId("a", 10), GdeltEvents.eventId("a1", 0));
        assertTrue(GdeltEvents.eventId("x", 3) > 0);
    }

    @Test
    void fillsWhatFroissartKnows() {
        List<List<String>> rows = GdeltEvents.rows(Samples.document(), false);
        assertEquals(1, rows.size(), "the negated event is left out by default");
        List<String> r = rows.get(0);
        assertEquals(61, r.size());
        assertEquals(Long.toString(GdeltEvents.eventId("doc-1", 0)), col(r, "GLOBALEVENTID"));
        assertEquals("20241121", col(r, "SQLDATE"));
        assertEquals("202411", col(r, "MonthYear"));
        assertEquals("2024", col(r, "Year"));
        assertEquals("2024.8932", col(r, "FractionDate"));
        assertEquals("RUS", col(r, "Actor1Code"));
        assertEquals("RUSSIA", col(r, "Actor1Name"));
        assertEquals("RUS", col(r, "Actor1CountryCode"));
        assertEquals("Russia", col(r, "Actor1Geo_FullName"));
        assertEquals("IGOUNO", col(r, "Actor2Code"));
        assertEquals("UNO", col(r, "Actor2KnownGroupCode"));
        assertEquals("IGO", col(r, "Actor2Type1Code"));
        assertEquals("", col(r, "Actor2CountryCode"));
        assertEquals("1", col(r, "IsRootEvent"));
        assertEquals("111", col(r, "EventCode"));
        assertEquals("111", col(r, "EventBaseCode"));
        assertEquals("11", col(r, "EventRootCode"));
        assertEquals("3", col(r, "QuadClass"));
        assertEquals("-2", col(r, "GoldsteinScale"));
        assertEquals("1", col(r, "NumMentions"));
        assertEquals("", col(r, "AvgTone"));
        assertEquals("20241123000000", col(r, "DATEADDED"));
        assertEquals("https://example.org/a", col(r, "SOURCEURL"));
    }

    @Test
    void allEventsKeepsNegatedOnesAndSplitsActorCodes() {
        List<List<String>> rows = GdeltEvents.rows(Samples.document(), true);
        assertEquals(2, rows.size());
        List<String> r = rows.get(1);
        assertEquals(Long.toString(GdeltEvents.eventId("doc-1", 1)), col(r, "GLOBALEVENTID"));
        assertEquals("0431", col(r, "EventCode"));
        assertEquals("043", col(r, "EventBaseCode"));
        assertEquals("04", col(r, "EventRootCode"));
        assertEquals("2.8", col(r, "GoldsteinScale"));
        assertEquals("RUSGOV", col(r, "Actor1Code"));
        assertEquals("RUS", col(r, "Actor1CountryCode"));
        assertEquals("GOV", col(r, "Actor1Type1Code"));
        assertEquals("20241123", col(r, "SQLDATE"), "no event date: the publication date");
        assertEquals("", col(r, "Actor2Code"));
    }

    @Test
    void cellsNeverHoldTabsOrLineBreaks() {
        assertEquals("a b c d", GdeltEvents.clean("a\tb\nc\rd"));
    }
}
