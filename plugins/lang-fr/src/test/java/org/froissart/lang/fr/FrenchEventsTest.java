package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Event;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.TestPipelines;
import org.junit.jupiter.api.Test;

/** Event coding rules on French sentences written for these tests. */
class FrenchEventsTest {
    private static List<Event> events(String text) {
        Document d = PipelineHarness.document("t", text);
        d.setLanguage("fr");
        return TestPipelines.harness(List.of("tokens", "entities", "quotes", "events")).run(d).get(0).events();
    }

    private static List<Event> withRoot(List<Event> events, String root) {
        return events.stream().filter(e -> e.cameo().startsWith(root)).toList();
    }

    @Test
    void anAdverbBetweenTheWordsOfATriggerIsLookedThrough() {
        List<Event> found = withRoot(events("Le gouvernement français a demandé mardi à l'Iran de respecter l'accord."), "02");
        assertEquals(1, found.size(), found.toString());
        assertEquals("IRN", found.get(0).target().code());
    }

    @Test
    void aSecondDemonymSharesTheRoleBeforeIt() {
        List<Event> talks = withRoot(events("Le ministre français s'est entretenu avec ses homologues allemand et chinois."), "04").stream()
                .filter(e -> e.source().code().startsWith("FRA")).toList();
        assertEquals(List.of("DEU", "CHN"), talks.stream().map(e -> e.target().code().substring(0, 3)).toList(), talks.toString());
    }

    @Test
    void talksAreCodedBothWays() {
        List<Event> talks = withRoot(events("Le ministre français s'est entretenu avec son homologue allemand."), "04");
        assertEquals(List.of("FRA>DEU", "DEU>FRA"), talks.stream()
                .map(e -> e.source().code().substring(0, 3) + ">" + e.target().code().substring(0, 3)).toList(), talks.toString());
    }

    @Test
    void everyCountryListedAfterTheVerbIsATarget() {
        List<Event> hosted = withRoot(events("Le président français a reçu les dirigeants de l'Allemagne, de l'Italie et de l'Espagne."), "04");
        assertEquals(List.of("DEU", "ITA", "ESP"), hosted.stream().map(e -> e.target().code().substring(0, 3)).toList(),
                hosted.toString());
        assertTrue(hosted.stream().allMatch(e -> e.source().code().startsWith("FRA")), hosted.toString());
    }

    @Test
    void aParticipleAfterEstIsPassiveUnlessReflexive() {
        List<Event> accused = withRoot(events("Le ministre russe est accusé par l'Ukraine de mensonge."), "11");
        assertEquals(1, accused.size(), accused.toString());
        assertEquals("UKR", accused.get(0).source().code());
        assertTrue(accused.get(0).target().code().startsWith("RUS"), accused.toString());
        List<Event> visit = withRoot(events("Le président russe s'est rendu en Chine."), "04");
        assertTrue(visit.get(0).source().code().startsWith("RUS"), visit.toString());
    }

    @Test
    void anAdjunctBeforeTheObjectIsLookedThrough() {
        List<Event> found = withRoot(events("Crise politique en France. Le gouvernement français a rejeté en revanche "
                + "d'autres propositions du rapport, a-t-on appris en France."), "12");
        assertEquals(1, found.size(), found.toString());
        assertEquals("FRA", found.get(0).target().code().substring(0, 3), found.toString());
        assertTrue(found.get(0).target().text().text().startsWith("d'autres propositions"), found.toString());
    }

    @Test
    void aDemonymAfterANounTriggerIsItsSource() {
        List<Event> found = withRoot(events("L'attaque américaine contre l'Iran a tué le général."), "19");
        assertTrue(found.stream().anyMatch(e -> "USA".equals(e.source().code()) && "IRN".equals(e.target().code())), found.toString());
    }

    @Test
    void theNgoIsTheInternationalOrganisationNamedBefore() {
        List<Event> found = withRoot(events("Le Maroc et Amnesty. Amnesty International a dénoncé la détention du journaliste au Maroc. "
                + "Le Conseil supérieur du pouvoir judiciaire marocain a fustigé les interférences de l'ONG."), "11");
        assertTrue(found.stream().anyMatch(e -> e.source().code().startsWith("MAR") && e.target().code().startsWith("NGO")),
                found.toString());
    }

    @Test
    void countedPeopleArrestedAreThePlacesCiviliansArrestedByItsAuthorities() {
        List<Event> found = withRoot(events("Quelque 70 personnes ont été interpellées à Bordeaux, selon un bilan."), "17");
        assertEquals(1, found.size(), found.toString());
        assertEquals("FRA", found.get(0).source().code());
        assertEquals("FRACVL", found.get(0).target().code());
        assertEquals("Quelque 70 personnes", found.get(0).target().text().text());
    }

    @Test
    void lesDeuxPaysIsThePairNamedLast() {
        List<Event> found = withRoot(events("Les relations entre la Russie et la Chine se sont réchauffées. "
                + "Les deux pays ont condamné les sanctions occidentales."), "11");
        assertEquals(List.of("RUS", "CHN"), found.stream().map(e -> e.source().code().substring(0, 3)).toList(), found.toString());
    }

    @Test
    void aParticipleAfterACommaHasTheSentencesSubject() {
        List<Event> found = withRoot(events("La Russie a rejeté ces propositions, accusant l'Ukraine de mentir."), "11");
        assertEquals(1, found.size(), found.toString());
        assertEquals("RUS", found.get(0).source().code());
        assertEquals("UKR", found.get(0).target().code());
    }

    @Test
    void aCliticObjectIsTheActorNamedBeforeTheSubject() {
        List<Event> found = withRoot(events("Le gouvernement russe a dénoncé une attaque, avant que le président ukrainien l'accuse de mensonge."),
                "11").stream().filter(e -> e.source().code().startsWith("UKR")).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).target().code().startsWith("RUS"), found.toString());
    }
}
