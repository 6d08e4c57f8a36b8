package org.froissart.output.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(Object... cells) throws IOException {
        StringWriter s = new StringWriter();
        try (CsvWriter w = new CsvWriter(s)) {
            w.row(cells);
        }
        return s.toString();
    }

    @Test
    void plainFieldsAreNotQuoted() throws IOException {
        assertEquals("a,b c,12,true,2024-11-23\r\n", write("a", "b c", 12, true, LocalDate.of(2024, 11, 23)));
    }

    @Test
    void nullIsAnEmptyField() throws IOException {
        assertEquals(",x,\r\n", write(null, "x", null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() throws IOException {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\",\"cr\r\"\r\n", write("a,b", "say \"hi\"", "l1\nl2", "cr\r"));
    }

    @Test
    void numbersHaveNoExponentAndWholeNumbersNoDecimals() throws IOException {
        assertEquals("2,-4.4,95000000000,0.0001\r\n", write(2.0, -4.4, 9.5e10, 1e-4));
    }

    @Test
    void roundTripsThroughAStrictParser() throws IOException {
        Object[] nasty = {"« guillemets », virgule", "\"\"", "", "👍🏽 émoji", "trailing space ", "a\r\nb"};
        List<List<String>> parsed = Rfc4180.parse(write(nasty));
        assertEquals(1, parsed.size());
        assertEquals(List.of("« guillemets », virgule", "\"\"", "", "👍🏽 émoji", "trailing space ", "a\r\nb"), parsed.get(0));
    }
}
