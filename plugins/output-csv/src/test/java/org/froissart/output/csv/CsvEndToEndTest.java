package org.froissart.output.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.froissart.testkit.TestPipelines;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.output.table.Table;
import org.froissart.output.table.Tables;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news pipeline over seeds/, written as CSV: every fact is there, and offsets point at the text. */
class CsvEndToEndTest {
    @TempDir
    static Path out;
    static List<Document> docs;
    static Map<String, List<List<String>>> tables = new HashMap<>();

    @BeforeAll
    static void run() throws IOException {
        docs = TestPipelines.newsOverSeeds();
        try (Output o = new CsvOutputFactory().create(new CsvOutputFactory.Config(null), new TestPluginContext(out))) {
            for (Document d : docs) {
                o.write(d);
            }
        }
        for (Table t : Tables.ALL) {
            tables.put(t.name(), Rfc4180.parse(Files.readString(out.resolve("csv/" + t.name() + ".csv"), StandardCharsets.UTF_8)));
        }
    }

    private static String cell(List<List<String>> table, int row, String column) {
        return table.get(row).get(table.get(0).indexOf(column));
    }

    @Test
    void oneRowPerFact() {
        assertEquals(docs.size() + 1, tables.get("documents").size());
        assertEquals(docs.stream().mapToInt(d -> d.entities().size()).sum() + 1, tables.get("entities").size());
        assertEquals(docs.stream().mapToInt(d -> d.entities().stream().mapToInt(e -> e.mentions().size()).sum()).sum() + 1,
                tables.get("mentions").size());
        assertEquals(docs.stream().mapToInt(d -> d.quotes().size()).sum() + 1, tables.get("quotes").size());
        assertEquals(docs.stream().mapToInt(d -> d.events().size()).sum() + 1, tables.get("events").size());
        assertEquals(docs.stream().mapToInt(d -> d.dates().size()).sum() + 1, tables.get("dates").size());
        assertEquals(docs.stream().mapToInt(d -> d.amounts().size()).sum() + 1, tables.get("amounts").size());
        assertTrue(tables.get("events").size() > 10, "the seeds have events");
    }

    @Test
    void everyRowHasAColumnPerHeader() {
        for (var e : tables.entrySet()) {
            int width = e.getValue().get(0).size();
            for (List<String> row : e.getValue()) {
                assertEquals(width, row.size(), e.getKey() + ": " + row);
            }
        }
    }

    @Test
    void offsetsPointAtTheText() {
        Map<String, String> text = new HashMap<>();
        for (Document d : docs) {
            text.put(d.id(), d.text());
        }
        List<List<String>> ev = tables.get("events");
        for (int i = 1; i < ev.size(); i++) {
            String t = text.get(cell(ev, i, "document_id"));
            int s = Integer.parseInt(cell(ev, i, "trigger_start"));
            int e = Integer.parseInt(cell(ev, i, "trigger_end"));
            assertEquals(t.substring(s, e), cell(ev, i, "trigger_text"));
            assertFalse(cell(ev, i, "cameo").isEmpty());
        }
        List<List<String>> q = tables.get("quotes");
        for (int i = 1; i < q.size(); i++) {
            String t = text.get(cell(q, i, "document_id"));
            assertEquals(t.substring(Integer.parseInt(cell(q, i, "start_offset")), Integer.parseInt(cell(q, i, "end_offset"))),
                    cell(q, i, "text"));
        }
    }

    @Test
    void russiaCondemnsBolivianCoupAttempt() {
        List<List<String>> ev = tables.get("events");
        boolean found = false;
        for (int i = 1; i < ev.size(); i++) {
            found |= cell(ev, i, "cameo").equals("111") && cell(ev, i, "source_code").equals("RUS")
                    && cell(ev, i, "target_code").startsWith("BOL") && cell(ev, i, "negated").equals("false");
        }
        assertTrue(found, "RUS 111 BOL(MIL) from seeds/000");
    }
}
