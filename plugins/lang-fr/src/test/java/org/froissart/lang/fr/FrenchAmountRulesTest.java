package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.froissart.api.Amount;
import org.froissart.extractors.amounts.AmountExtractor;
import org.froissart.extractors.amounts.AmountRules;
import org.froissart.extractors.temporal.DateExtractor;
import org.froissart.extractors.temporal.DateRules;
import org.junit.jupiter.api.Test;

class FrenchAmountRulesTest {
    static final AmountExtractor FR = new AmountExtractor(
            AmountRules.load(FrenchAmountRulesTest.class.getClassLoader()::getResourceAsStream, "fr"));
    static final DateExtractor DATES = new DateExtractor(
            DateRules.load(FrenchAmountRulesTest.class.getClassLoader()::getResourceAsStream, "fr"));

    /** Asserts the single amount of {@code text} covers {@code span} (first occurrence). */
    static void one(String text, String span, double value, String object) {
        List<Amount> l = FR.find(text);
        assertEquals(1, l.size(), () -> "expected one amount in '" + text + "' but got " + l);
        int s = text.indexOf(span);
        assertTrue(s >= 0, span);
        assertEquals(new Amount(s, s + span.length(), span, value, object), l.get(0), text);
    }

    static void none(String text) {
        assertEquals(List.of(), FR.find(text), text);
    }

    @Test
    void countedObjects() {
        assertEquals(List.of(new Amount(17, 29, "quatre morts", 4, "morts")),
                FR.find("L'attaque a fait quatre morts."));
        one("Il y a eu quatre morts.", "quatre morts", 4, "morts");
        one("21 personnes ont été blessées", "21 personnes", 21, "personnes");
        one("huit navires de guerre", "huit navires de guerre", 8, "navires de guerre");
        one("21 personnes de la ville", "21 personnes", 21, "personnes");
        one("300 habitants de Paris", "300 habitants", 300, "habitants");
        one("3 navires-hôpitaux", "3 navires-hôpitaux", 3, "navires-hôpitaux");
        one("Ils étaient 300.", "300", 300, null);
    }

    @Test
    void money() {
        one("un plan de 10 millions d'euros", "10 millions d'euros", 10_000_000, "euros");
        one("un plan de 10 millions d’euros", "10 millions d’euros", 10_000_000, "euros");
        one("839.000 euros", "839.000 euros", 839_000, "euros");
        one("1,5 milliard de dollars", "1,5 milliard de dollars", 1.5e9, "dollars");
        one("10 M€", "10 M€", 10_000_000, "€");
        one("2,3 Mds d'euros", "2,3 Mds d'euros", 2.3e9, "euros");
        one("un million de dollars", "un million de dollars", 1_000_000, "dollars");
        one("trois millions de personnes", "trois millions de personnes", 3_000_000, "personnes");
        one("1 500 000 €", "1 500 000 €", 1_500_000, "€");
        one("€10", "€10", 10, "€");
    }

    @Test
    void percentAndDecimals() {
        one("une hausse de 8,5 % en un an", "8,5 %", 8.5, "%");
        one("8,5% de croissance", "8,5%", 8.5, "%");
        one("12 pour cent", "12 pour cent", 12, "pour cent");
        one("0,5 point", "0,5 point", 0.5, "point");
    }

    @Test
    void thousandsSeparators() {
        one("1 500 soldats", "1 500 soldats", 1500, "soldats");
        one("1\u00A0500 soldats", "1\u00A0500 soldats", 1500, "soldats");
        one("1\u202F500 soldats", "1\u202F500 soldats", 1500, "soldats");
        one("12 345 678 manifestants", "12 345 678 manifestants", 12_345_678, "manifestants");
    }

    @Test
    void numberWords() {
        one("vingt et un otages", "vingt et un otages", 21, "otages");
        one("vingt-et-un otages", "vingt-et-un otages", 21, "otages");
        one("quatre-vingt-dix manifestants", "quatre-vingt-dix manifestants", 90, "manifestants");
        one("quatre-vingt-dix-sept", "quatre-vingt-dix-sept", 97, null);
        one("soixante-dix-huit blessés", "soixante-dix-huit blessés", 78, "blessés");
        one("deux cent mille réfugiés", "deux cent mille réfugiés", 200_000, "réfugiés");
        one("trois cent vingt-deux élus", "trois cent vingt-deux élus", 322, "élus");
        one("mille personnes", "mille personnes", 1000, "personnes");
        one("Quatre morts", "Quatre morts", 4, "morts");
        one("dix-sept", "dix-sept", 17, null);
        assertEquals(List.of(new Amount(0, 4, "deux", 2, null), new Amount(8, 19, "trois morts", 3, "morts")),
                FR.find("deux ou trois morts"));
    }

    @Test
    void notAmounts() {
        none("en 2019");
        none("Le 14 juillet, la fête");
        none("le 1er janvier");
        none("à 10h30 et à 10 h 30 et à 10h");
        none("le premier ministre");
        none("un bateau et une femme");
        none("le 2e jour, la 3ème fois");
        none("le 12/11/2024 et 2024-11-12 et 12.11.2024");
        none("la COVID-19 et l'A320");
        none("le 007");
        none("");
        none(null);
        none("1" + "0".repeat(40) + " euros");
        none("mardi 12 novembre");
    }

    @Test
    void skipSpansFromTheDateExtractor() {
        String t = "Le 14 juillet 2019, 300 personnes sont venues ; mercredi 20 novembre, 12 morts.";
        LocalDate pub = LocalDate.of(2024, 11, 23);
        List<Amount> l = FR.find(t, AmountExtractor.spansOf(DATES.find(t, pub)));
        int a = t.indexOf("300 personnes");
        int b = t.indexOf("12 morts");
        assertEquals(List.of(new Amount(a, a + 13, "300 personnes", 300, "personnes"),
                new Amount(b, b + 8, "12 morts", 12, "morts")), l);
        assertEquals(List.of(), FR.find("2 mai", List.of(new org.froissart.api.Span(0, 1))));
    }

    @Test
    void robustness() {
        String digits = "1234567890 ".repeat(1000);
        List<Amount> l = FR.find(digits);
        assertEquals(1000, l.size());
        assertEquals(new Amount(0, 10, "1234567890", 1234567890d, null), l.get(0));
        assertEquals(List.of(), FR.find("9".repeat(100_000)));
        assertEquals(List.of(new Amount(2, 11, "4 blessés", 4, "blessés")), FR.find("\u200B 4 blessés \uD800"));
        assertEquals(List.of(new Amount(0, 1, "4", 4, null)), FR.find("4 \uD83D\uDE00 morts"));
        assertEquals(List.of(new Amount(0, 10, "1\u00A0500,25 €", 1500.25, "€")), FR.find("1\u00A0500,25 €"));
    }
}
