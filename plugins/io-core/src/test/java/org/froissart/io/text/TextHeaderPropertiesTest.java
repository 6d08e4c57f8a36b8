package org.froissart.io.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The header parser takes any line: it answers a date or null, never an exception. */
class TextHeaderPropertiesTest {

    @Provide
    Arbitrary<String> dateLikeLines() {
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().between(-5, 40).map(String::valueOf),
                Arbitraries.of("1er", "99999", "0000", "2024", "00", "1e3", "٣"));
        Arbitrary<String> month = Arbitraries.of("janvier", "février", "may", "Sept.", "déc", "decembre", "xyz", "");
        Arbitrary<String> sep = Arbitraries.of(" ", ", ", ".", "/", "-", "  ", "\t");
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("", "samedi ", "Monday, "), number, sep, month, sep, number)
                        .as((w, a, s1, m, s2, b) -> w + a + s1 + m + s2 + b),
                Combinators.combine(number, Arbitraries.of("-", "/"), number, Arbitraries.of("-", "/"), number)
                        .as((a, s1, b, s2, c) -> a + s1 + b + s2 + c),
                Arbitraries.strings().all().ofMaxLength(45));
    }

    @Property(tries = 300, seed = "20241123")
    void parseDateLineNeverThrows(@ForAll("dateLikeLines") String line) {
        LocalDate d = TextHeader.parseDateLine(line);
        if (d != null) {
            assertTrue(d.getYear() >= 0 && d.getYear() <= 9999, d::toString);
        }
        TextHeader.headingLike(line);
        TextHeader.titleLike(line);
    }
}
