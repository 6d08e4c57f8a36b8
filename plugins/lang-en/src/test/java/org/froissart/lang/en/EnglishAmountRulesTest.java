package org.froissart.lang.en;

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

class EnglishAmountRulesTest {
    static final AmountExtractor EN = new AmountExtractor(
            AmountRules.load(EnglishAmountRulesTest.class.getClassLoader()::getResourceAsStream, "en"));
    static final DateExtractor DATES = new DateExtractor(
            DateRules.load(EnglishAmountRulesTest.class.getClassLoader()::getResourceAsStream, "en"));

    static void one(String text, String span, double value, String object) {
        List<Amount> l = EN.find(text);
        assertEquals(1, l.size(), () -> "expected one amount in '" + text + "' but got " + l);
        int s = text.indexOf(span);
        assertTrue(s >= 0, span);
        assertEquals(new Amount(s, s + span.length(), span, value, object), l.get(0), text);
    }

    static void none(String text) {
        assertEquals(List.of(), EN.find(text), text);
    }

    @Test
    void examples() {
        assertEquals(List.of(new Amount(0, 11, "four people", 4, "people")), EN.find("four people were killed"));
        one("a $10 million aid package", "$10 million", 10_000_000, "$");
        one("1,500 troops", "1,500 troops", 1500, "troops");
        one("twenty-one hostages", "twenty-one hostages", 21, "hostages");
        one("one hundred and five votes", "one hundred and five votes", 105, "votes");
        one("a million people", "a million people", 1_000_000, "people");
        one("three bottles of water", "three bottles of water", 3, "bottles of water");
        one("2.5 billion dollars", "2.5 billion dollars", 2.5e9, "dollars");
        one("$10m", "$10m", 10_000_000, "$");
        one("£5bn", "£5bn", 5e9, "£");
        one("8.5% growth", "8.5%", 8.5, "%");
        one("12 percent", "12 percent", 12, "percent");
        one("a 10m wall", "10m", 10, "m");
        one("1 500 troops", "1 500 troops", 1500, "troops");
        one("were 1,234,567 votes", "1,234,567 votes", 1_234_567, "votes");
    }

    @Test
    void notAmounts() {
        none("one person died and a ship sank");
        none("in 2019");
        none("on July 14 and Nov. 12");
        none("at 10:30 am and at 10 pm and at 9am");
        none("the 21st century, the first time");
        none("version 1.2.3 on 11/12/2024");
    }

    @Test
    void withDateSpans() {
        String t = "On November 12, 2024, 300 people marched.";
        List<Amount> l = EN.find(t, AmountExtractor.spansOf(DATES.find(t, LocalDate.of(2024, 11, 23))));
        assertEquals(List.of(new Amount(22, 32, "300 people", 300, "people")), l);
    }
}
