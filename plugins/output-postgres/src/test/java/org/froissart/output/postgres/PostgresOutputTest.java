package org.froissart.output.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Output;
import org.froissart.api.Span;
import org.froissart.output.table.Table;
import org.froissart.output.table.Tables;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real PostgreSQL (FROISSART_PG_URL); skipped without one. */
class PostgresOutputTest {
    @TempDir
    Path out;
    String schema;

    @BeforeEach
    void server() {
        Pg.assumeAvailable();
        schema = Pg.freshSchema();
    }

    @AfterEach
    void drop() throws SQLException {
        if (schema != null) {
            Pg.drop(schema);
        }
    }

    static Document doc(String id, String cameo) {
        String text = "Moscou condamne Kiev.\u0000 « fin » 👍🏽";
        Document d = new Document(id, "src", text);
        d.setPublished(LocalDate.of(2024, 11, 23));
        d.entities().add(new Entity("e1", EntityType.LOCATION, "Moscou", "RUS", "RUS", List.of(Mention.of(text, 0, 6))));
        d.entities().add(new Entity("e2", EntityType.LOCATION, "Kiev", "UKR", "UKR", List.of(Mention.of(text, 16, 20))));
        d.events().add(new Event(cameo, "ACCUSE", null, new EventActor("e1", "RUS", Mention.of(text, 0, 6)),
                new EventActor("e2", "UKR", Mention.of(text, 16, 20)), Mention.of(text, 7, 15), new Span(0, 21),
                "2024-11-21", 3, -2, false, false, List.of()));
        return d;
    }

    private void load(int batchSize, Document... docs) throws IOException {
        try (Output o = new PostgresOutputFactory().create(new PostgresOutputFactory.Config(null, null, null, schema, batchSize, null),
                new TestPluginContext(out))) {
            for (Document d : docs) {
                o.write(d);
            }
        }
    }

    private List<String> q(String sql) throws SQLException {
        return Pg.query(sql.replace("S.", schema + "."));
    }

    @Test
    void tablesHaveTheCsvColumns() throws Exception {
        load(10, doc("a", "111"));
        for (Table t : Tables.ALL) {
            assertEquals(t.columnNames(), Pg.query("SELECT column_name FROM information_schema.columns WHERE table_schema = '"
                    + schema + "' AND table_name = '" + t.name() + "' ORDER BY ordinal_position"), t.name());
        }
        assertEquals(List.of("a|2024-11-23|" + doc("a", "111").text().replace('\u0000', '\uFFFD')),
                q("SELECT document_id, published, text FROM S.documents"));
        assertEquals(List.of("111|11|RUS|UKR|-2|2024-11-21|f"),
                q("SELECT cameo, cameo_root, source_code, target_code, goldstein, event_day, negated FROM S.events"));
    }

    @Test
    void rerunsReplaceDocumentsInsteadOfDuplicatingThem() throws Exception {
        load(2, doc("a", "111"), doc("b", "111"), doc("c", "111"));
        load(2, doc("a", "111"), doc("b", "112"), doc("c", "111"));
        assertEquals(List.of("3"), q("SELECT count(*) FROM S.documents"));
        assertEquals(List.of("a|111", "b|112", "c|111"), q("SELECT document_id, cameo FROM S.events ORDER BY 1"));
        assertEquals(List.of("6"), q("SELECT count(*) FROM S.mentions"));
    }

    @Test
    void theSameIdTwiceInOneBatchKeepsTheLast() throws Exception {
        load(10, doc("a", "111"), doc("a", "112"));
        assertEquals(List.of("a|112"), q("SELECT document_id, cameo FROM S.events"));
    }

    @Test
    void aFailingBatchIsRolledBackWhole() throws Exception {
        load(10, doc("a", "111"));
        try (Connection c = Pg.connect(); Statement s = c.createStatement()) {
            // Make inserts into events fail: the batch must leave the old rows of every table intact.
            s.execute("ALTER TABLE " + schema + ".events ADD CONSTRAINT only_111 CHECK (cameo = '111')");
        }
        assertThrows(IOException.class, () -> load(10, doc("a", "190")));
        assertEquals(List.of("a|111"), q("SELECT document_id, cameo FROM S.events"));
        assertEquals(List.of("2"), q("SELECT count(*) FROM S.entities"));
    }

    @Test
    void writesAManifestOfWhatWasLoaded() throws Exception {
        try (Output o = new PostgresOutputFactory().create(new PostgresOutputFactory.Config(null, null, null, schema, null, "m/load.tsv"),
                new TestPluginContext(out))) {
            o.write(doc("a", "111"));
        }
        List<String> lines = Files.readAllLines(out.resolve("m/load.tsv"));
        assertEquals("document_id\tschema\tdocuments\tentities\tmentions\tquotes\tevents\tdates\tamounts", lines.get(0));
        assertEquals("a\t" + schema + "\t1\t2\t2\t0\t1\t0\t0", lines.get(1));
        assertTrue(Files.notExists(out.resolve("m/load.tsv.partial")));
    }
}
