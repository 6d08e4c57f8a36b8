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

    @Test
    void anAnnouncedVisitGoesToEachPlaceListed() {
        List<Event> visits = events("Foreign Secretary Jack Straw is to visit Thailand and Indonesia this week.").stream()
                .filter(e -> e.cameo().equals("036")).toList();
        assertEquals(List.of("THA", "IDN"), visits.stream().map(e -> e.target().code()).toList(), visits.toString());
        assertTrue(visits.stream().allMatch(e -> e.source().code().startsWith("GBR")), visits.toString());
    }

    @Test
    void aWordThatIsBothNounAndVerbIsTheVerbAfterAModal() {
        Event e = first(events("Russia will protest against the new sanctions."), "14");
        assertEquals("RUS", e.source().code().substring(0, 3), e.toString());
    }

    @Test
    void aPlaceBeforeARoleGivesTheRoleItsCountry() {
        Event e = first(events("UK Foreign Secretary Jack Straw condemned Iran."), "11");
        assertTrue(e.source().code().startsWith("GBR"), e.toString());
        assertEquals("IRN", e.target().code());
    }

    @Test
    void aListAfterACommaCountsOnlyWhenAndClosesIt() {
        List<Event> calls = events("Mr Blair spoke on the telephone to US President George Bush, and the presidents of Sri Lanka and Indonesia.")
                .stream().filter(e -> e.cameo().startsWith("04")).toList();
        assertEquals(List.of("USA", "LKA", "IDN"), calls.stream().map(e -> e.target().code().substring(0, 3)).toList(), calls.toString());
        List<Event> apposition = events("Germany criticised Gordon Brown, the chancellor, over the plan.").stream()
                .filter(e -> e.cameo().startsWith("11")).toList();
        assertEquals(1, apposition.size(), apposition.toString());
    }

    @Test
    void aPersonWithAPoliticalTitleActsForTheArticlesCountry() {
        List<Event> found = events("Britain's new rules. The British government announced new rules for police in Britain on Monday. "
                + "Tory leader Michael Howard criticised the plans.");
        Event e = first(found, "11");
        assertEquals("GBR", e.source().code().substring(0, 3), found.toString());
        assertTrue(events("Arsenal striker Thierry Henry criticised the referee.").stream().noneMatch(x -> x.cameo().startsWith("11")));
    }

    @Test
    void coordinatedSubjectsOfAnAppealBothAct() {
        List<Event> calls = events("Germany and France called on Iran to stop.").stream().filter(e -> e.cameo().startsWith("02")).toList();
        assertEquals(List.of("DEU>IRN", "FRA>IRN"), calls.stream()
                .map(e -> e.source().code().substring(0, 3) + ">" + e.target().code().substring(0, 3)).toList(), calls.toString());
    }

    @Test
    void aParticipleWithAnAgentIsPassive() {
        Event e = first(events("Two Russian journalists arrested by Belarusian police were released."), "17");
        assertTrue(e.source().code().startsWith("BLR"), e.toString());
        assertTrue(e.target().code().startsWith("RUS"), e.toString());
    }

    @Test
    void aDemonymBeforeANounTriggerIsItsSource() {
        Event e = first(events("Russian strikes on Ukraine continued."), "19");
        assertEquals("RUS", e.source().code());
        assertEquals("UKR", e.target().code());
    }

    @Test
    void asWellAsListsAnotherTarget() {
        List<Event> visits = events("The British foreign minister will visit Aceh in Indonesia, as well as Sri Lanka.").stream()
                .filter(e -> e.cameo().startsWith("03")).toList();
        assertEquals(List.of("IDN", "LKA"), visits.stream().map(e -> e.target().code().substring(0, 3)).toList(), visits.toString());
    }

    @Test
    void protestersWithoutANameAreFromThePlaceNamed() {
        Event e = first(events("Thousands of farm workers took to the streets in Brasilia to protest against the new tax."), "14");
        assertEquals("BRA", e.source().code().substring(0, 3), e.toString());
    }

    @Test
    void countedPeopleArrestedAreThePlacesCivilians() {
        Event e = first(events("In Moscow, about 45 people were arrested after the march."), "17");
        assertEquals("RUS", e.source().code());
        assertEquals("RUSCVL", e.target().code());
    }

    @Test
    void bothIsThePairNamedLast() {
        List<Event> found = events("Relations between Egypt and Israel have improved. Both exchanged prisoners earlier this month.")
                .stream().filter(e -> e.cameo().startsWith("08")).toList();
        assertEquals(List.of("EGY>ISR", "ISR>EGY"), found.stream()
                .map(e -> e.source().code().substring(0, 3) + ">" + e.target().code().substring(0, 3)).toList(), found.toString());
    }
}
