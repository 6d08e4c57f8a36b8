package org.froissart.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.froissart.api.TemporalExpression;
import org.froissart.extractors.temporal.DateExtractor;
import org.froissart.extractors.temporal.DateRules;
import org.junit.jupiter.api.Test;

class EnglishDateRulesTest {
    /** Saturday. */
    static final LocalDate PUB = LocalDate.of(2024, 11, 23);
    static final DateExtractor EN = new DateExtractor(
            DateRules.load(EnglishDateRulesTest.class.getClassLoader()::getResourceAsStream, "en"));

    static void one(String text, LocalDate pub, String span, String value) {
        List<TemporalExpression> l = EN.find(text, pub);
        assertEquals(1, l.size(), () -> "expected one expression in '" + text + "' but got " + l);
        int s = text.indexOf(span);
        assertTrue(s >= 0, span);
        assertEquals(new TemporalExpression(s, s + span.length(), span, value), l.get(0), text);
    }

    @Test
    void weekdays() {
        assertEquals(List.of(new TemporalExpression(27, 35, "Thursday", "2024-11-21")),
                EN.find("Police arrested two men on Thursday.", PUB));
        one("on Wednesday", PUB, "Wednesday", "2024-11-20");
        one("on Sunday", PUB, "Sunday", "2024-11-17");
        one("last Tuesday", PUB, "last Tuesday", "2024-11-19");
        one("last Saturday", PUB, "last Saturday", "2024-11-16");
        one("next Tuesday", PUB, "next Tuesday", "2024-11-26");
        one("Tuesday, Nov. 12", PUB, "Tuesday, Nov. 12", "2024-11-12");
    }

    @Test
    void relative() {
        one("yesterday", PUB, "yesterday", "2024-11-22");
        one("Today, the", PUB, "Today", "2024-11-23");
        one("tomorrow", PUB, "tomorrow", "2024-11-24");
        one("the day before yesterday", PUB, "the day before yesterday", "2024-11-21");
        one("last year", PUB, "last year", "2023");
        one("next year", PUB, "next year", "2025");
        one("earlier this month", PUB, "earlier this month", "2024-11");
        one("early this month", PUB, "early this month", "2024-11");
        one("last month", PUB, "last month", "2024-10");
        one("last week", PUB, "last week", null);
    }

    @Test
    void absolute() {
        one("on Nov. 12", PUB, "Nov. 12", "2024-11-12");
        one("on 12 November 2024", PUB, "12 November 2024", "2024-11-12");
        one("on November 12, 2024", PUB, "November 12, 2024", "2024-11-12");
        one("on July 14, 2019", null, "July 14, 2019", "2019-07-14");
        one("on July 14th", PUB, "July 14th", "2024-07-14");
    }

    @Test
    void yearsMonthsAndNumeric() {
        one("in 2019", PUB, "2019", "2019");
        one("in 2019", null, "2019", "2019");
        one("in May 2019", PUB, "May 2019", "2019-05");
        one("in March", PUB, "March", "2024-03");
        one("in mid-November", PUB, "mid-November", "2024-11");
        one("late 2019", PUB, "late 2019", "2019");
        one("last November", PUB, "last November", "2023-11");
        one("on 11/12/2024", PUB, "11/12/2024", "2024-11-12");
        one("on 13/11/2024", PUB, "13/11/2024", "2024-11-13");
        one("on 2024-11-12", PUB, "2024-11-12", "2024-11-12");
    }

    @Test
    void notDates() {
        assertEquals(List.of(), EN.find("You may march on. May I? It may be 2019 cars.", PUB));
        assertEquals(List.of(), EN.find("", PUB));
        assertEquals(List.of(), EN.find("sunday thursday november", PUB));
    }
}
