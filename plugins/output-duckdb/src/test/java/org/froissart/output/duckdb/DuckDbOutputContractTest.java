package org.froissart.output.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.OutputFactory;
import org.froissart.testkit.OutputContractTest;

class DuckDbOutputContractTest extends OutputContractTest<DuckDbOutputFactory.Config> {

    @Override
    protected OutputFactory<DuckDbOutputFactory.Config> factory() {
        return new DuckDbOutputFactory();
    }

    /** With the Parquet export, so both kinds of files are checked. */
    @Override
    protected DuckDbOutputFactory.Config config() {
        return new DuckDbOutputFactory.Config(null, true, null);
    }

    @Override
    protected DuckDbOutputFactory.Config escapingConfig() {
        return new DuckDbOutputFactory.Config("../escape.duckdb", null, null);
    }

    @Override
    protected void verifyWritten(Path directory, List<Document> written) throws IOException {
        try (Connection c = ReadOnly.open(directory.resolve("froissart.duckdb"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), sum(text_length) FROM documents")) {
            r.next();
            assertEquals(written.size(), r.getInt(1));
            assertEquals(written.stream().mapToInt(d -> d.text().length()).sum(), r.getInt(2));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
