package org.froissart.output.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.OutputFactory;
import org.froissart.output.table.Table;
import org.froissart.output.table.Tables;
import org.froissart.testkit.OutputContractTest;

class CsvOutputContractTest extends OutputContractTest<CsvOutputFactory.Config> {

    @Override
    protected OutputFactory<CsvOutputFactory.Config> factory() {
        return new CsvOutputFactory();
    }

    @Override
    protected CsvOutputFactory.Config escapingConfig() {
        return new CsvOutputFactory.Config("../escape");
    }

    @Override
    protected void verifyWritten(Path directory, List<Document> written) throws IOException {
        for (Table t : Tables.ALL) {
            Path f = directory.resolve("csv").resolve(t.name() + ".csv");
            assertTrue(Files.isRegularFile(f), "missing " + f);
            List<List<String>> rows = Rfc4180.parse(Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(t.columnNames(), rows.get(0), "header of " + f);
        }
        List<List<String>> docs = Rfc4180.parse(Files.readString(directory.resolve("csv/documents.csv")));
        assertEquals(written.size() + 1, docs.size());
        assertEquals(written.get(0).id(), docs.get(1).get(0));
        assertEquals(written.get(0).text(), docs.get(1).get(docs.get(0).indexOf("text")));
    }
}
