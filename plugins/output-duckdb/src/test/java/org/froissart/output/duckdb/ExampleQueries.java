package org.froissart.output.duckdb;

/** The example queries of docs/outputs.md, kept here so the tests run exactly what the guide shows. */
final class ExampleQueries {
    /** Who condemned (CAMEO 111x) whom this month; ":month" is replaced by the test. */
    static final String CONDEMNED_THIS_MONTH = """
            SELECT e.source_code, e.target_code, count(*) AS events
            FROM events e JOIN documents d ON d.document_id = e.document_id
            WHERE e.cameo LIKE '111%' AND NOT e.negated AND NOT e.hypothetical
              AND e.source_code IS NOT NULL
              AND coalesce(e.event_day, d.published) >= date_trunc('month', :month)
            GROUP BY 1, 2
            ORDER BY events DESC, 1, 2""";

    static final String TOP_ACTORS = """
            SELECT code, count(*) AS events
            FROM (SELECT source_code AS code FROM events
                  UNION ALL
                  SELECT target_code FROM events) a
            WHERE code IS NOT NULL
            GROUP BY code
            ORDER BY events DESC, code
            LIMIT 10""";

    static final String EVENTS_PER_DAY = """
            SELECT coalesce(e.event_day, d.published) AS day, count(*) AS events
            FROM events e JOIN documents d ON d.document_id = e.document_id
            GROUP BY 1
            ORDER BY 1""";

    private ExampleQueries() {
    }
}
