package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled output selected in a pipeline YAML and run through the CLI over the seeds. */
class OutputsThroughCliTest {
    @TempDir
    Path tmp;

    private CliRun run(String outputs) throws IOException {
        Path pipeline = tmp.resolve("outputs.yaml");
        Files.writeString(pipeline, "version: 1\nname: outputs\nsteps:\n"
                + "  - type: language\n  - type: metadata\n  - type: boilerplate\n  - type: tokens\n  - type: entities\n"
                + "  - type: quotes\n  - type: dates\n  - type: amounts\n  - type: events\n"
                + "outputs:\n" + outputs, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("run", "--quiet", "-p", pipeline.toString(), "-o", tmp.resolve("out").toString(),
                CliRun.copySeeds(tmp).toString());
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    @Test
    void fileOutputsWriteTheirTables() throws IOException, SQLException {
        run("  - type: jsonl\n  - type: csv\n  - type: gdelt\n    with: { header: true }\n"
                + "  - type: duckdb\n  - type: html\n");
        Path out = tmp.resolve("out");
        assertEquals(2, CliRun.jsonLines(out.resolve("documents.jsonl")).size());
        for (String table : List.of("documents", "entities", "mentions", "quotes", "events", "dates", "amounts")) {
            List<String> lines = Files.readAllLines(out.resolve("csv").resolve(table + ".csv"), StandardCharsets.UTF_8);
            assertTrue(lines.size() >= 2, table + ".csv has no rows");
        }
        List<String> events = Files.readAllLines(out.resolve("gdelt/events.tsv"), StandardCharsets.UTF_8);
        assertTrue(events.size() > 1, "no GDELT event rows");
        for (String row : events) {
            assertEquals(61, row.split("\t", -1).length, row);
        }
        assertTrue(Files.readString(out.resolve("report/index.html"), StandardCharsets.UTF_8).contains("<svg"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("froissart.duckdb"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM events WHERE cameo LIKE '111%'")) {
            r.next();
            assertTrue(r.getInt(1) >= 2, "condemnations in DuckDB: " + r.getInt(1));
        }
    }

    @Test
    void postgresOutputUpsertsThroughTheCli() throws IOException, SQLException {
        String url = System.getenv("FROISSART_PG_URL");
        Assumptions.assumeTrue(url != null, "FROISSART_PG_URL not set: no PostgreSQL server (.ci/run starts one)");
        String schema = "cli_" + Long.toHexString(System.nanoTime());
        run("  - type: postgres\n    with: { schema: " + schema + " }\n");
        run("  - type: postgres\n    with: { schema: " + schema + " }\n"); // a re-run must not duplicate
        try (Connection c = DriverManager.getConnection(url, System.getenv("FROISSART_PG_USER"), System.getenv("FROISSART_PG_PASSWORD"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + schema + ".documents")) {
            r.next();
            assertEquals(2, r.getInt(1));
        }
    }
}
