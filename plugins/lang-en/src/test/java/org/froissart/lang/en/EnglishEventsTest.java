package org.froissart.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Event;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.TestPipelines;
import org.junit.jupiter.api.Test;

/** Event coding on English sentences written for these tests. */
class EnglishEventsTest {
    private static List<Event> events(String text) {
        Document d = PipelineHarness.document("t", text);
        d.setLanguage("en");
        return TestPipelines.harness(List.of("tokens", "entities", "quotes", "events")).run(d).get(0).events();
    }

    private static Event first(List<Event> events, String cameoPrefix) {
        return events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + cameoPrefix + " event in " + events));
    }

    @Test
    void condemnationHasSourceAndTargetCountries() {
        Event e = first(events("Russia condemned Ukraine on Monday."), "11");
        assertEquals("RUS", e.source().code());
        assertEquals("UKR", e.target().code());
    }

    @Test
    void demonymAndRoleMakeTheActor() {
        Event e = first(events("Palestinian officials demanded an end to the blockade."), "10");
        assertTrue(e.source().code().startsWith("PSE"), e.toString());
    }

    @Test
    void negationIsFlaggedNotDropped() {
        Event e = first(events("France did not condemn Israel."), "11");
        assertTrue(e.negated(), e.toString());
        assertEquals("FRA", e.source().code());
    }

    @Test
    void monthNameIsNoProtest() {
        assertTrue(events("Germany signed the agreement with Poland in March.").stream().noneMatch(e -> e.cameo().startsWith("14")));
    }
}
