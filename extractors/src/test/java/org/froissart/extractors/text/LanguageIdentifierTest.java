package org.froissart.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    static final LanguageIdentifier ID = LanguageIdentifier.load();

    @Test
    void identifiesEachLanguage() {
        assertEquals("fr", ID.identify("Le gouvernement a présenté mardi un projet de loi sur l’énergie. "
                + "Selon le ministre, la réforme sera votée avant l’été et les prix devraient baisser."));
        assertEquals("en", ID.identify("The government presented an energy bill on Tuesday. According to the "
                + "minister, the reform will be passed before the summer and prices should fall."));
        assertEquals("de", ID.identify("Die Regierung hat am Dienstag einen Gesetzentwurf zur Energie vorgestellt. "
                + "Nach Angaben des Ministers wird die Reform noch vor dem Sommer verabschiedet."));
        assertEquals("es", ID.identify("El gobierno presentó el martes un proyecto de ley sobre la energía. "
                + "Según el ministro, la reforma será aprobada antes del verano y los precios bajarán."));
        assertEquals("it", ID.identify("Il governo ha presentato martedì un disegno di legge sull’energia. "
                + "Secondo il ministro, la riforma sarà approvata prima dell’estate e i prezzi scenderanno."));
        assertEquals("pt", ID.identify("O governo apresentou na terça-feira um projeto de lei sobre a energia. "
                + "Segundo o ministro, a reforma será aprovada antes do verão e os preços vão cair."));
        assertEquals("nl", ID.identify("De regering heeft dinsdag een wetsvoorstel over energie gepresenteerd. "
                + "Volgens de minister wordt de hervorming voor de zomer aangenomen en zullen de prijzen dalen."));
    }

    @Test
    void frenchWithEnglishQuoteIsFrench() {
        assertEquals("fr", ID.identify("« We will not give up », a déclaré le président américain lors d’une "
                + "conférence de presse à la Maison-Blanche, avant de partir pour le Texas où il doit "
                + "rencontrer les élus de la région."));
    }

    @Test
    void tooLittleEvidenceIsUndetermined() {
        assertEquals("und", ID.identify(""));
        assertEquals("und", ID.identify("Emmanuel Macron à Berlin"));
        assertEquals("und", ID.identify("12 345 678 !!!"));
        assertEquals("und", ID.identify(null));
    }

    @Test
    void longTextsAreCheap() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("Le président et la ministre ont parlé de la guerre. ");
        }
        assertEquals("fr", ID.identify(sb));
        assertEquals("und", ID.identify("x".repeat(1_000_000)));
    }
}
