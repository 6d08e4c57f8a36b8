package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.froissart.api.TemporalExpression;
import org.froissart.extractors.temporal.DateExtractor;
import org.froissart.extractors.temporal.DateRules;
import org.junit.jupiter.api.Test;

class FrenchDateRulesTest {
    /** Saturday. */
    static final LocalDate PUB = LocalDate.of(2024, 11, 23);
    static final DateExtractor FR = new DateExtractor(
            DateRules.load(FrenchDateRulesTest.class.getClassLoader()::getResourceAsStream, "fr"));

    static TemporalExpression only(String text, LocalDate pub) {
        List<TemporalExpression> l = FR.find(text, pub);
        assertEquals(1, l.size(), () -> "expected one expression in '" + text + "' but got " + l);
        return l.get(0);
    }

    /** Asserts the single expression of {@code text} is {@code span} (first occurrence) with {@code value}. */
    static void one(String text, LocalDate pub, String span, String value) {
        TemporalExpression e = only(text, pub);
        int s = text.indexOf(span);
        assertTrue(s >= 0, span);
        assertEquals(new TemporalExpression(s, s + span.length(), span, value), e, text);
        assertEquals(text.substring(e.start(), e.end()), e.text());
    }

    @Test
    void weekdaysResolveToTheMostRecentOnOrBeforePublication() {
        assertEquals(List.of(new TemporalExpression(0, 5, "Jeudi", "2024-11-21")),
                FR.find("Jeudi, la police a arrêté deux suspects.", PUB));
        one("Il est arrivé mercredi à Paris.", PUB, "mercredi", "2024-11-20");
        one("Les faits remontent à dimanche.", PUB, "dimanche", "2024-11-17");
        one("Samedi, ils ont manifesté.", PUB, "Samedi", "2024-11-23");
        one("Vendredi soir", PUB, "Vendredi", "2024-11-22");
        one("mardi dernier", PUB, "mardi dernier", "2024-11-19");
        one("samedi dernier", PUB, "samedi dernier", "2024-11-16");
        one("lundi prochain", PUB, "lundi prochain", "2024-11-25");
        one("ce lundi", PUB, "ce lundi", "2024-11-18");
    }

    @Test
    void relativeDays() {
        one("hier", PUB, "hier", "2024-11-22");
        one("Il est mort avant-hier.", PUB, "avant-hier", "2024-11-21");
        one("Il viendra demain.", PUB, "demain", "2024-11-24");
        one("aujourd'hui", PUB, "aujourd'hui", "2024-11-23");
        one("Aujourd’hui encore", PUB, "Aujourd’hui", "2024-11-23");
        one("hier soir", PUB, "hier soir", "2024-11-22");
    }

    @Test
    void relativeMonthsYearsWeeks() {
        one("l'an dernier", PUB, "l'an dernier", "2023");
        one("depuis l’année dernière", PUB, "l’année dernière", "2023");
        one("l'an prochain", PUB, "l'an prochain", "2025");
        one("Le mois dernier, il pleuvait.", PUB, "Le mois dernier", "2024-10");
        one("au début du mois", PUB, "au début du mois", "2024-11");
        one("Dès le début du mois, tout a changé", PUB, "début du mois", "2024-11");
        one("ce mois-ci", PUB, "ce mois-ci", "2024-11");
        one("la semaine dernière", PUB, "la semaine dernière", null);
        one("le mois dernier", LocalDate.of(2024, 1, 5), "le mois dernier", "2023-12");
    }

    @Test
    void absoluteAndPartialDates() {
        one("Le 14 juillet 2019, il a défilé.", PUB, "14 juillet 2019", "2019-07-14");
        one("le 14 juillet", PUB, "14 juillet", "2024-07-14");
        one("le 1er janvier", PUB, "1er janvier", "2025-01-01");
        one("le 1er janvier 2020", PUB, "1er janvier 2020", "2020-01-01");
        one("le 14 février", PUB, "14 février", "2025-02-14");
        one("le 24 février", PUB, "24 février", "2024-02-24");
        one("mardi 12 novembre", PUB, "mardi 12 novembre", "2024-11-12");
        one("Mardi, 12 novembre 2024", PUB, "Mardi, 12 novembre 2024", "2024-11-12");
        one("le 12/11/2024 à Paris", PUB, "12/11/2024", "2024-11-12");
        one("le 12.11.2024", PUB, "12.11.2024", "2024-11-12");
        one("publié le 2024-11-12", PUB, "2024-11-12", "2024-11-12");
        one("le 12 nov. à Paris", PUB, "12 nov.", "2024-11-12");
        one("le 12 nov à Paris", PUB, "12 nov", "2024-11-12");
        one("le 12 sept. 2024", PUB, "12 sept. 2024", "2024-09-12");
        one("le 3 déc.", PUB, "3 déc.", "2024-12-03");
        one("le 3 decembre", PUB, "3 decembre", "2024-12-03");
        one("en 2019", PUB, "2019", "2019");
        one("En 2019, la France", null, "2019", "2019");
        one("en novembre 2019", PUB, "novembre 2019", "2019-11");
        one("en mars", PUB, "mars", "2024-03");
        one("en janvier", PUB, "janvier", "2025-01");
        one("à la mi-novembre", PUB, "à la mi-novembre", "2024-11");
        one("mi-novembre", PUB, "mi-novembre", "2024-11");
        one("fin 2019", PUB, "fin 2019", "2019");
        one("début mars 2020", PUB, "début mars 2020", "2020-03");
        one("novembre dernier", PUB, "novembre dernier", "2023-11");
        one("en octobre dernier", PUB, "octobre dernier", "2024-10");
    }

    @Test
    void nullPublicationDate() {
        one("hier", null, "hier", null);
        one("jeudi", null, "jeudi", null);
        one("le 14 juillet", null, "14 juillet", null);
        one("le mois dernier", null, "le mois dernier", null);
        one("l'an dernier", null, "l'an dernier", null);
        one("mardi 12 novembre", null, "mardi 12 novembre", null);
        one("Le 14 juillet 2019", null, "14 juillet 2019", "2019-07-14");
        one("en 2019", null, "2019", "2019");
        one("le 12/11/2024", null, "12/11/2024", "2024-11-12");
        one("novembre 2019", null, "novembre 2019", "2019-11");
    }

    @Test
    void severalExpressionsInTextOrderWithoutOverlap() {
        String t = "Hier, avant-hier et le 14 juillet 2019 ; en 2019 puis jeudi dernier.";
        List<TemporalExpression> l = FR.find(t, PUB);
        assertEquals(List.of(
                new TemporalExpression(0, 4, "Hier", "2024-11-22"),
                new TemporalExpression(6, 16, "avant-hier", "2024-11-21"),
                new TemporalExpression(23, 38, "14 juillet 2019", "2019-07-14"),
                new TemporalExpression(44, 48, "2019", "2019"),
                new TemporalExpression(54, 67, "jeudi dernier", "2024-11-21")), l);
    }

    @Test
    void notDates() {
        assertEquals(List.of(), FR.find("", PUB));
        assertEquals(List.of(), FR.find(null, PUB));
        assertEquals(List.of(), FR.find("Sept morts et 2019 voitures. Le dernier mois.", PUB));
        assertEquals(List.of(), FR.find("le 30/02/2024 et le 2024-13-01", PUB));
        one("le 31 février 2024", PUB, "31 février 2024", null);
        one("le 31 avril", PUB, "31 avril", null);
        assertEquals(List.of(), FR.find("les 20 sept otages", PUB));
        assertEquals(List.of(), FR.find("en 2019,5 %", PUB));
    }

    @Test
    void oddUnicodeAndNoise() {
        String t = "\uD83D\uDE00\u200B le 14 fe\u0301vrier 2019 \u00A0\u202F 𝔘 ↯";
        one(t, PUB, "14 fe\u0301vrier 2019", "2019-02-14");
        String digits = "1234567890".repeat(2000) + " 12 12/12 1/1/1 99/99/9999 2024-99-99 -- 00.00.0000";
        assertEquals(List.of(), FR.find(digits, PUB));
        String longNum = "9".repeat(100_000);
        assertEquals(List.of(), FR.find(longNum, PUB));
        assertEquals(List.of(), FR.find("'''---...///\u0000\uFFFF\uD800", PUB));
    }

    @Test
    void missingLanguageIsAnIllegalArgumentNamingTheResource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateRules.load(getClass().getClassLoader()::getResourceAsStream, "xx"));
        assertTrue(e.getMessage().contains("froissart/lang/xx/dates.tsv"), e.getMessage());
    }

    @Test
    void nullValuesOnlyWhereExpected() {
        TemporalExpression e = only("la semaine dernière", PUB);
        assertNull(e.value());
    }
}
