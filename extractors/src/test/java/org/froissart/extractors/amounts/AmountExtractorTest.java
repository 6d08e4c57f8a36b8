package org.froissart.extractors.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.froissart.api.Amount;
import org.froissart.api.Span;
import org.froissart.extractors.temporal.DateRules;
import org.junit.jupiter.api.Test;

/** Engine tests with a tiny inline table (the real tables live in the language modules). */
class AmountExtractorTest {
    static final String TSV = String.join("\n",
            "setting\tdecimal\tcomma",
            "setting\tgroup\tdot,space",
            "number\tone\t1\tarticle",
            "number\ttwo\t2",
            "number\tthree\t3",
            "number\tten\t10",
            "number\ttwenty\t20",
            "hundred\thundred",
            "scale\tthousand\t1000",
            "scale\tmillion\t1e6",
            "multiplier\tM\t1e6\tcs",
            "multiplier\tk\t1e3\tcurrency",
            "currency\t€\t\tprefix",
            "currency\teuros",
            "percent\t%",
            "complement\tof",
            "connector\tand",
            "ordinal_suffix\tth",
            "time\th",
            "stop\tthe",
            "stop\tare",
            "");
    static final DateRules DATES = DateRules.parse("xx", "month\tmarch\t3\nweekday\tmonday\t1\n");
    static final AmountExtractor X = new AmountExtractor(AmountRules.parse("xx", TSV, DATES));

    static Amount a(int s, int e, String text, double v, String o) {
        return new Amount(s, e, text, v, o);
    }

    @Test
    void digitsGroupsDecimalsAndMultipliers() {
        assertEquals(List.of(a(0, 9, "839.000 x", 839_000, "x")), X.find("839.000 x"));
        assertEquals(List.of(a(0, 13, "1 234 567,5 %", 1_234_567.5, "%")), X.find("1 234 567,5 %"));
        assertEquals(List.of(a(0, 9, "1\u202F500 men", 1500, "men")), X.find("1\u202F500 men"));
        // first group of 4 digits: no grouping; 2 digits after the dot: not a group, and dot is no decimal here
        assertEquals(List.of(a(0, 4, "1234", 1234, null), a(5, 8, "567", 567, null)), X.find("1234 567"));
        assertEquals(List.of(a(0, 13, "10 M of euros", 1e7, "euros")), X.find("10 M of euros"));
        assertEquals(List.of(a(0, 4, "€10k", 10_000, "€")), X.find("€10k"));
        // "k" needs a currency: 10k alone is 10 with object "k"
        assertEquals(List.of(a(0, 3, "10k", 10, "k")), X.find("10k"));
        assertEquals(List.of(a(0, 11, "2,5 million", 2_500_000, null)), X.find("2,5 million"));
    }

    @Test
    void wordsCombine() {
        assertEquals(List.of(a(0, 16, "twenty-two boats", 22, "boats")), X.find("twenty-two boats"));
        assertEquals(List.of(a(0, 24, "three hundred and twenty", 320, null)), X.find("three hundred and twenty"));
        assertEquals(List.of(a(0, 24, "two thousand three boats", 2003, "boats")), X.find("two thousand three boats"));
        assertEquals(List.of(a(0, 11, "one million", 1e6, null)), X.find("one million"));
        assertEquals(List.of(), X.find("one boat"));
        // "two and three": 2 + 3 do not combine
        assertEquals(List.of(a(0, 3, "two", 2, null), a(8, 13, "three", 3, null)), X.find("two and three"));
        assertEquals(List.of(a(0, 14, "ten thousand %", 10_000, "%")), X.find("ten thousand %"));
    }

    @Test
    void objects() {
        assertEquals(List.of(a(0, 7, "3 ships", 3, "ships")), X.find("3 ships of the line"));
        assertEquals(List.of(a(0, 14, "3 ships of war", 3, "ships of war")), X.find("3 ships of war"));
        assertEquals(List.of(a(0, 7, "3 ships", 3, "ships")), X.find("3 ships of War"));
        assertEquals(List.of(a(0, 1, "3", 3, null)), X.find("3 are"));
        assertEquals(List.of(a(0, 9, "3 x-ray-s", 3, "x-ray-s")), X.find("3 x-ray-s"));
        assertEquals(List.of(), X.find("3 monday"));
    }

    @Test
    void skipped() {
        assertEquals(List.of(), X.find("2019 1999 1800 2100"));
        assertEquals(List.of(a(0, 6, "1799 x", 1799, "x"), a(7, 13, "2101 y", 2101, "y")), X.find("1799 x 2101 y"));
        assertEquals(List.of(a(0, 10, "2019 euros", 2019, "euros")), X.find("2019 euros"));
        assertEquals(List.of(), X.find("12 march, march 12, monday 3"));
        assertEquals(List.of(), X.find("10h30 10 h 30 10h 3th 1/2 3:1 1.2.3 1-2-3 A320 B-52 007"));
        assertEquals(List.of(), X.find("1234567890123456 x"));
        assertEquals(List.of(a(0, 17, "123456789012345 x", 123456789012345d, "x")), X.find("123456789012345 x"));
        String t = "7 cats 8 dogs";
        assertEquals(List.of(a(7, 13, "8 dogs", 8, "dogs")), X.find(t, List.of(new Span(0, 1))));
        assertEquals(List.of(a(0, 1, "7", 7, null), a(7, 8, "8", 8, null)),
                X.find(t, List.of(new Span(2, 6), new Span(9, 13), new Span(3, 4))));
    }

    @Test
    void robustness() {
        assertEquals(List.of(), X.find(""));
        assertEquals(List.of(), X.find(null));
        assertEquals(List.of(), X.find("9".repeat(200_000)));
        assertEquals(List.of(), X.find("\uD800\uDFFF\uDBFF \u0000 \uFEFF\u200B \u0301"));
        List<Amount> l = X.find("1 2 3 4 5 6 7 8 9 ".repeat(1000));
        assertEquals(9000, l.size());
        // spaces-grouping "1 500" style chains: "100 200 300" is 100200300 (groups of 3)
        assertEquals(List.of(a(0, 11, "100 200 300", 100_200_300, null)), X.find("100 200 300"));
        assertEquals(List.of(), X.find("111 ".repeat(10_000)));
    }

    @Test
    void loader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AmountRules.load(name -> null, "zz"));
        assertTrue(e.getMessage().contains("froissart/lang/zz/numbers.tsv"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AmountRules.parse("xx", "number\thundred\t100\n", null));
        assertThrows(IllegalArgumentException.class, () -> AmountRules.parse("xx", "setting\tdecimal\ttilde\n", null));
        assertThrows(IllegalArgumentException.class, () -> AmountRules.parse("xx", "scale\tk\n", null));
    }
}
