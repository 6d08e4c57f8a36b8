package org.froissart.output.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbOutputTest {
    @TempDir
    Path out;

    static Document sample() {
        String text = "L'ONU, « condamne » 👍🏽 Moscou.";
        Document d = new Document("d'1", "s", text);
        d.setPublished(LocalDate.of(2024, 11, 23));
        int m = text.indexOf("Moscou");
        d.entities().add(new Entity("e1", EntityType.LOCATION, "Moscou", "RUS", "RUS", List.of(Mention.of(text, m, m + 6))));
        int t = text.indexOf("condamne");
        d.events().add(new Event("1112", null, null, null, new EventActor("e1", "RUS", Mention.of(text, m, m + 6)),
                Mention.of(text, t, t + 8), new Span(0, text.length()), null, 3, -2.5, false, true, List.of()));
        return d;
    }

    private static Connection open(Path db) throws SQLException {
        return ReadOnly.open(db);
    }

    @Test
    void typesNullsAndUnicodeSurvive() throws Exception {
        try (Output o = new DuckDbOutputFactory().create(new DuckDbOutputFactory.Config("db/x.duckdb", null, null),
                new TestPluginContext(out))) {
            o.write(sample());
        }
        assertFalse(Files.exists(out.resolve("db/x.duckdb.partial")));
        try (Connection c = open(out.resolve("db/x.duckdb")); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT document_id, published, language, text FROM documents");
            assertTrue(r.next());
            assertEquals("d'1", r.getString(1));
            assertEquals(LocalDate.of(2024, 11, 23), r.getObject(2, LocalDate.class));
            assertNull(r.getString(3));
            assertEquals(sample().text(), r.getString(4));
            r = s.executeQuery("SELECT cameo, cameo_root, goldstein, hypothetical, negated, source_code, target_code,"
                    + " target_start, event_day, repeat_count FROM events");
            assertTrue(r.next());
            assertEquals("1112", r.getString(1));
            assertEquals("11", r.getString(2));
            assertEquals(-2.5, r.getDouble(3));
            assertTrue(r.getBoolean(4));
            assertFalse(r.getBoolean(5));
            assertNull(r.getString(6));
            assertEquals("RUS", r.getString(7));
            assertEquals(sample().text().indexOf("Moscou"), r.getInt(8));
            assertNull(r.getObject(9));
            assertEquals(0, r.getInt(10));
        }
    }

    @Test
    void columnsAreTheCsvColumns() throws Exception {
        try (Output o = new DuckDbOutputFactory().create(new DuckDbOutputFactory.Config(null, null, null), new TestPluginContext(out))) {
            o.write(sample());
        }
        try (Connection c = open(out.resolve("froissart.duckdb")); Statement s = c.createStatement()) {
            for (Table t : Tables.ALL) {
                ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                        + t.name() + "' ORDER BY ordinal_position");
                List<String> cols = new ArrayList<>();
                while (r.next()) {
                    cols.add(r.getString(1));
                }
                assertEquals(t.columnNames(), cols, t.name());
            }
        }
    }

    @Test
    void rerunReplacesTheDatabase() throws Exception {
        for (int run = 0; run < 2; run++) {
            try (Output o = new DuckDbOutputFactory().create(new DuckDbOutputFactory.Config(null, null, null), new TestPluginContext(out))) {
                o.write(sample());
            }
        }
        try (Connection c = open(out.resolve("froissart.duckdb")); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }

    @Test
    void parquetExportHasEveryTable() throws Exception {
        try (Output o = new DuckDbOutputFactory().create(new DuckDbOutputFactory.Config(null, true, "pq"), new TestPluginContext(out))) {
            o.write(sample());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (Table t : Tables.ALL) {
                Path f = out.resolve("pq/" + t.name() + ".parquet");
                assertTrue(Files.isRegularFile(f), f.toString());
                ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + f + "')");
                r.next();
                assertEquals(t.rowsOf(sample()).size(), r.getInt(1), t.name());
            }
            ResultSet r = s.executeQuery("SELECT typeof(published) FROM read_parquet('" + out.resolve("pq/documents.parquet") + "')");
            r.next();
            assertEquals("DATE", r.getString(1));
        }
    }
}
