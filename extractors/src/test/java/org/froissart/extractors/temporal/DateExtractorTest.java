package org.froissart.extractors.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.froissart.api.TemporalExpression;
import org.junit.jupiter.api.Test;

/** Engine tests with a tiny inline table (the real tables live in the language modules). */
class DateExtractorTest {
    static final String TSV = String.join("\n",
            "# tiny test table",
            "setting\tnumeric_order\tMDY",
            "month\tjanuary\t1",
            "month\tfebruary\t2",
            "month\tmay\t5\tno_alone",
            "month\tnov\t11\tabbr",
            "month\tnovember\t11",
            "weekday\tmonday\t1",
            "weekday\tsaturday\t6",
            "weekday\tsunday\t7",
            "rel_day\tyesterday\t-1",
            "rel_week\tlast week\t-1",
            "rel_month\tlast month\t-1",
            "rel_year\tlast year\t-1",
            "before_name\tlast\t-1",
            "after_name\tnext\t1",
            "period_prefix\tmid-",
            "year_prep\tin",
            "day_suffix\tth",
            "");
    static final DateExtractor X = new DateExtractor(DateRules.parse("xx", TSV));
    static final LocalDate SAT = LocalDate.of(2024, 11, 23);

    static TemporalExpression te(int s, int e, String text, String value) {
        return new TemporalExpression(s, e, text, value);
    }

    @Test
    void weekdayAgainstEveryPublicationDay() {
        // Monday 2024-11-18 .. Sunday 2024-11-24: "monday" is the most recent Monday on or before
        String[] expected = {"2024-11-18", "2024-11-18", "2024-11-18", "2024-11-18", "2024-11-18", "2024-11-18",
            "2024-11-18"};
        for (int d = 0; d < 7; d++) {
            assertEquals(List.of(te(0, 6, "monday", expected[d])), X.find("monday", LocalDate.of(2024, 11, 18 + d)));
        }
        assertEquals(List.of(te(0, 6, "sunday", "2024-11-17")), X.find("sunday", SAT));
        assertEquals(List.of(te(0, 8, "saturday", "2024-11-23")), X.find("saturday", SAT));
        assertEquals(List.of(te(0, 13, "last saturday", "2024-11-16")), X.find("last saturday", SAT));
        assertEquals(List.of(te(0, 13, "saturday next", "2024-11-30")), X.find("saturday next", SAT));
        assertEquals(List.of(te(0, 6, "monday", null)), X.find("monday", null));
    }

    @Test
    void dayMonthWindowIsMinusNinePlusThreeMonths() {
        assertEquals("2024-02-24", X.find("24 february", SAT).get(0).value());
        // 2024-02-23 (-9 months) and 2025-02-23 (+3 months) are both inside: the nearer wins
        assertEquals("2025-02-23", X.find("23 february", SAT).get(0).value());
        assertEquals("2025-02-22", X.find("22 february", SAT).get(0).value());
        // 29 February: only leap years inside the window count
        assertEquals(null, X.find("29 february", LocalDate.of(2023, 6, 1)).get(0).value());
        assertEquals("2024-02-29", X.find("29 february", LocalDate.of(2024, 6, 1)).get(0).value());
        assertEquals(List.of(te(0, 7, "nov. 12", "2024-11-12")), X.find("nov. 12", SAT));
        assertEquals(List.of(te(0, 9, "12th nov.", "2024-11-12")), X.find("12th nov.", SAT));
    }

    @Test
    void monthsAndYears() {
        assertEquals(List.of(te(0, 8, "november", "2024-11")), X.find("november", SAT));
        assertEquals(List.of(te(0, 7, "january", "2025-01")), X.find("january", SAT));
        assertEquals(List.of(te(0, 8, "february", "2025-02")), X.find("february", SAT));
        assertEquals(List.of(), X.find("may", SAT));
        assertEquals(List.of(te(0, 8, "may 2019", "2019-05")), X.find("may 2019", SAT));
        assertEquals(List.of(te(0, 7, "mid-may", "2024-05")), X.find("mid-may", SAT));
        assertEquals(List.of(te(0, 13, "november next", "2025-11")), X.find("november next", SAT));
        assertEquals(List.of(te(0, 13, "last november", "2023-11")), X.find("last november", SAT));
        assertEquals(List.of(te(3, 7, "2019", "2019")), X.find("in 2019", null));
        assertEquals(List.of(), X.find("2019", SAT));
        assertEquals(List.of(te(0, 8, "mid-2019", "2019")), X.find("mid-2019", SAT));
    }

    @Test
    void relative() {
        assertEquals(List.of(te(0, 9, "yesterday", "2024-11-22"), te(10, 19, "last week", null),
                te(20, 30, "last month", "2024-10"), te(31, 40, "last year", "2023")),
                X.find("yesterday last week last month last year", SAT));
        assertEquals(List.of(te(0, 10, "last month", "2023-12")), X.find("last month", LocalDate.of(2024, 1, 31)));
    }

    @Test
    void numericDatesFollowTheOrderSettingAndSwapWhenOnlyTheOtherIsValid() {
        assertEquals("2024-11-12", X.find("11/12/2024", null).get(0).value());
        assertEquals("2024-11-13", X.find("13/11/2024", null).get(0).value());
        assertEquals("2024-11-12", X.find("12.11.2024", null).get(0).value());
        assertEquals("2024-11-12", X.find("2024-11-12", null).get(0).value());
        DateExtractor dmy = new DateExtractor(DateRules.parse("xx", TSV.replace("MDY", "DMY")));
        assertEquals("2024-12-11", dmy.find("11/12/2024", null).get(0).value());
        assertEquals(List.of(), X.find("13/13/2024 2024-02-30 1/2 12/11/24", null));
    }

    @Test
    void robustness() {
        assertEquals(List.of(), X.find("", SAT));
        assertEquals(List.of(), X.find(null, SAT));
        assertEquals(List.of(), X.find("\uD800\uDC00\uDBFF \u0000 \uFEFF\u200B", SAT));
        assertEquals(List.of(), X.find("1".repeat(50_000), SAT));
        assertEquals(List.of(), X.find("12 ".repeat(10_000) + "/ - . 1-1-1 9999-99-99", SAT));
        assertEquals(List.of(te(2, 8, "MONDAY", "2024-11-18")), X.find("\u2028 MONDAY!", SAT));
    }

    @Test
    void loaderReportsMissingResourcesAndBadLines() {
        Map<String, String> files = Map.of("froissart/lang/xx/dates.tsv", TSV);
        DateRules r = DateRules.load(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null, "xx");
        assertEquals("xx", r.language());
        assertTrue(r.table().phraseCount() > 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateRules.load(name -> null, "yy"));
        assertTrue(e.getMessage().contains("froissart/lang/yy/dates.tsv"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateRules.load(name -> null, "../etc"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> DateRules.parse("xx", "# c\nmonth\tfoo\t13\n"));
        assertTrue(bad.getMessage().contains(":2:"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateRules.parse("xx", "bogus\tfoo\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> DateRules.parse("xx", "month\tfoo\t1\tweird\n"));
    }
}
