package org.froissart.output.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.OutputFactory;
import org.froissart.testkit.OutputContractTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** The contract; the test that writes needs a server and is skipped without one. */
class PostgresOutputContractTest extends OutputContractTest<PostgresOutputFactory.Config> {
    private final String schema = Pg.freshSchema();

    @BeforeEach
    void needsAServerToWrite(TestInfo test) {
        if (test.getTestMethod().map(m -> m.getName().equals("closeLeavesCompleteFiles")).orElse(false)) {
            Pg.assumeAvailable();
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        Pg.drop(schema);
    }

    @Override
    protected OutputFactory<PostgresOutputFactory.Config> factory() {
        return new PostgresOutputFactory();
    }

    @Override
    protected PostgresOutputFactory.Config config() {
        return new PostgresOutputFactory.Config(null, null, null, schema, null, null);
    }

    @Override
    protected PostgresOutputFactory.Config escapingConfig() {
        return new PostgresOutputFactory.Config(null, null, null, schema, null, "../manifest.tsv");
    }

    @Override
    protected void verifyWritten(Path directory, List<Document> written) throws IOException {
        List<String> manifest = Files.readAllLines(directory.resolve("postgres-manifest.tsv"));
        assertEquals(written.size() + 1, manifest.size());
        try {
            assertEquals(List.of(Integer.toString(written.size())), Pg.query("SELECT count(*) FROM " + schema + ".documents"));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
