package org.froissart.output.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class GdeltGkgTest {

    private static String col(List<String> row, String name) {
        return row.get(GdeltGkg.COLUMNS.indexOf(name));
    }

    @Test
    void oneRowWithOffsets() {
        List<String> r = GdeltGkg.row(Samples.document());
        String t = Samples.TEXT;
        assertEquals(GdeltGkg.COLUMNS.size(), r.size());
        assertEquals("doc-1", col(r, "GKGRECORDID"));
        assertEquals("20241123000000", col(r, "DATE"));
        assertEquals("https://example.org/a", col(r, "DocumentIdentifier"));
        assertEquals("Sergey Lavrov," + t.indexOf("Lavrov"), col(r, "Persons"));
        assertEquals("United Nations," + t.indexOf("United"), col(r, "Organizations"));
        assertEquals("Russia#RUS#RUS#" + t.indexOf("Russia"), col(r, "Locations"));
        assertEquals("RUS;IGOUNO;RUSGOV", col(r, "ActorCodes"));
        assertEquals(t.indexOf("A\tshame") + "|15|Sergey Lavrov|A shame  really", col(r, "Quotations"));
        assertEquals("3#11#21#2024#" + t.indexOf("Thursday"), col(r, "Dates"));
        assertEquals("111#RUS#IGOUNO#" + t.indexOf("condemned") + ";0431#RUSGOV##" + t.indexOf("condemned"), col(r, "Events"));
    }
}
