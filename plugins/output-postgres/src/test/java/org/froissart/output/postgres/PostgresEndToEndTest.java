package org.froissart.output.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.froissart.testkit.TestPipelines;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news pipeline over seeds/ loaded twice into PostgreSQL, queried with the examples of docs/outputs.md. */
class PostgresEndToEndTest {
    @TempDir
    Path out;
    String schema;

    @AfterEach
    void drop() throws Exception {
        if (schema != null) {
            Pg.drop(schema);
        }
    }

    @Test
    void seedsTwiceThenTheGuideQueries() throws Exception {
        Pg.assumeAvailable();
        schema = Pg.freshSchema();
        List<Document> docs = TestPipelines.newsOverSeeds();
        for (int run = 0; run < 2; run++) {
            try (Output o = new PostgresOutputFactory().create(new PostgresOutputFactory.Config(null, null, null, schema, 1, null),
                    new TestPluginContext(out))) {
                for (Document d : docs) {
                    o.write(d);
                }
            }
        }
        int events = docs.stream().mapToInt(d -> d.events().size()).sum();
        assertEquals(List.of(Integer.toString(events)), Pg.query("SELECT count(*) FROM " + schema + ".events"));
                List<String> condemned = Pg.queryIn(schema, """
                SELECT e.source_code, e.target_code, count(*) AS events
                FROM events e JOIN documents d ON d.document_id = e.document_id
                WHERE e.cameo LIKE '111%' AND NOT e.negated AND NOT e.hypothetical
                  AND e.source_code IS NOT NULL
                  AND coalesce(e.event_day, d.published) >= date_trunc('month', DATE '2024-11-01')
                GROUP BY 1, 2
                ORDER BY events DESC, 1, 2""");
        assertTrue(condemned.stream().anyMatch(r -> r.startsWith("RUS|BOL")), condemned.toString());
        List<String> top = Pg.queryIn(schema, """
                SELECT code, count(*) AS events
                FROM (SELECT source_code AS code FROM events
                      UNION ALL
                      SELECT target_code FROM events) a
                WHERE code IS NOT NULL
                GROUP BY code
                ORDER BY events DESC, code
                LIMIT 10""");
        assertTrue(top.get(0).startsWith("RUS|"), top.toString());
    }
}
