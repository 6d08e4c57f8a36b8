package org.froissart.output.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.froissart.testkit.TestPipelines;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news pipeline over seeds/ loaded into DuckDB, queried with the examples of docs/outputs.md. */
class DuckDbEndToEndTest {
    @TempDir
    static Path out;
    static List<Document> docs;
    static Connection connection;

    @BeforeAll
    static void load() throws IOException, SQLException {
        docs = TestPipelines.newsOverSeeds();
        try (Output o = new DuckDbOutputFactory().create(new DuckDbOutputFactory.Config(null, null, null), new TestPluginContext(out))) {
            for (Document d : docs) {
                o.write(d);
            }
        }
        connection = ReadOnly.open(out.resolve("froissart.duckdb"));
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    @Test
    void countsMatchTheDocuments() throws SQLException {
        assertEquals(List.of(Integer.toString(docs.stream().mapToInt(d -> d.events().size()).sum())),
                query("SELECT count(*) FROM events"));
        assertEquals(List.of(Integer.toString(docs.size())), query("SELECT count(*) FROM documents"));
    }

    @Test
    void whoCondemnedWhomThisMonth() throws SQLException {
        List<String> rows = query(ExampleQueries.CONDEMNED_THIS_MONTH.replace(":month", "DATE '2024-11-01'"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("RUS|BOL")), rows.toString());
    }

    @Test
    void topActors() throws SQLException {
        List<String> rows = query(ExampleQueries.TOP_ACTORS);
        assertTrue(rows.size() >= 5, rows.toString());
        assertTrue(rows.get(0).startsWith("RUS|"), rows.toString());
    }

    @Test
    void eventsPerDay() throws SQLException {
        List<String> rows = query(ExampleQueries.EVENTS_PER_DAY);
        int total = rows.stream().mapToInt(r -> Integer.parseInt(r.substring(r.indexOf('|') + 1))).sum();
        assertEquals(docs.stream().mapToInt(d -> d.events().size()).sum(), total, rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2024-11-")), rows.toString());
    }
}
