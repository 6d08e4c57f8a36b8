package org.froissart.output.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/** The test server from FROISSART_PG_URL/USER/PASSWORD (.ci/run starts one); tests skip without it. */
final class Pg {
    private Pg() {
    }

    static boolean available() {
        String url = System.getenv(PostgresOutputFactory.URL_ENV);
        return url != null && !url.isBlank();
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(available(), "FROISSART_PG_URL is not set: no PostgreSQL server to test against (.ci/run starts one)");
    }

    /** A schema name no other test uses. */
    static String freshSchema() {
        return "froissart_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Connection connect() throws SQLException {
        Properties p = new Properties();
        if (System.getenv(PostgresOutputFactory.USER_ENV) != null) {
            p.setProperty("user", System.getenv(PostgresOutputFactory.USER_ENV));
        }
        if (System.getenv(PostgresOutputFactory.PASSWORD_ENV) != null) {
            p.setProperty("password", System.getenv(PostgresOutputFactory.PASSWORD_ENV));
        }
        return DriverManager.getConnection(System.getenv(PostgresOutputFactory.URL_ENV), p);
    }

    static List<String> query(String sql) throws SQLException {
        return queryIn("public", sql);
    }

    /** Runs a query with the schema first on the search path, so table names need no schema. */
    static List<String> queryIn(String schema, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            try (ResultSet r = s.executeQuery(sql)) {
                collect(r, rows);
            }
        }
        return rows;
    }

    private static void collect(ResultSet r, List<String> rows) throws SQLException {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                b.append(i > 1 ? "|" : "").append(r.getString(i));
            }
            rows.add(b.toString());
        }
    }

    static void drop(String schema) throws SQLException {
        if (!available()) {
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
