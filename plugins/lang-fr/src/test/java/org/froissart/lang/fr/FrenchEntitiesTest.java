package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.TestPipelines;
import org.junit.jupiter.api.Test;

/** Entities, codes and roles on French sentences written for these tests. */
class FrenchEntitiesTest {
    private static Document run(String text) {
        Document d = PipelineHarness.document("t", text);
        d.setLanguage("fr");
        return TestPipelines.harness(java.util.List.of("tokens", "entities", "quotes", "events")).run(d).get(0);
    }

    private static Entity named(Document d, String name) {
        for (Entity e : d.entities()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void roleAndDemonymGiveTheActorCode() {
        // A name the actor dictionaries do not know (Sergueï Choïgou, used before, is now in the
        // actor supplement, whose undated default code is RUSELI).
        Document d = run("Le ministre russe de la Défense Igor Sokolov a rencontré mardi son homologue chinois à Pékin.");
        Entity e = named(d, "Igor Sokolov");
        assertNotNull(e, d.entities().toString());
        assertEquals(EntityType.PERSON, e.type());
        assertEquals("RUSGOV", e.code());
    }

    @Test
    void countriesAndCapitalsAreCoded() {
        Document d = run("La France et l'Allemagne ont signé un accord à Berlin.");
        assertEquals("FRA", named(d, "France").code());
        assertEquals("DEU", named(d, "Allemagne").country());
        assertEquals("DEU", named(d, "Berlin").country());
    }

    @Test
    void surnameJoinsTheFullName() {
        Document d = run("Le président Jean Martinet a démissionné. Martinet a expliqué sa décision jeudi.");
        Entity e = named(d, "Jean Martinet");
        assertNotNull(e, d.entities().toString());
        assertEquals(2, e.mentions().size(), e.mentions().toString());
    }

    @Test
    void titleBeforeAnElidedNameDoesNotFail() {
        // Regression: "chef de L'Incorrect" once made an empty candidate and a failed document.
        Document d = run("Jacques Durand, rédacteur en chef de L'Incorrect, qui organise l'événement, a parlé.");
        assertNotNull(d.entities());
    }

    @Test
    void demonymsAreNotPlaceMentions() {
        Document d = run("Les soldats russes sont entrés dans la ville.");
        assertNull(named(d, "Russie"), d.entities().toString());
    }

    @Test
    void arrestInThePassiveHasTheTargetAsSubject() {
        Document d = run("Deux officiers de l'armée bolivienne ont été arrêtés mercredi.");
        assertEquals(1, d.events().stream().filter(e -> e.cameo().startsWith("17")).count(), d.events().toString());
        assertEquals("BOLMIL", d.events().stream().filter(e -> e.cameo().startsWith("17")).findFirst().get().target().code());
    }

    @Test
    void futureAndHypotheticalAreFlaggedNotDropped() {
        Document d = run("La Russie signera un accord avec la Chine. La Turquie pourrait bombarder la Syrie.");
        // An announced agreement is an intent to cooperate in CAMEO (030), still flagged as future.
        var sign = d.events().stream().filter(e -> e.cameo().equals("030")).findFirst().orElseThrow(() ->
                new AssertionError(d.events().toString()));
        assertEquals(true, sign.future());
        assertEquals("CHN", sign.target().code());
        assertEquals(false, sign.hypothetical());
        var strike = d.events().stream().filter(e -> e.cameo().startsWith("19")).findFirst().orElseThrow(() ->
                new AssertionError(d.events().toString()));
        assertEquals(true, strike.hypothetical());
        assertEquals(false, strike.factual());
    }
}
