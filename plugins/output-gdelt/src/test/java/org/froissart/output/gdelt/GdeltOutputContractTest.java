package org.froissart.output.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.OutputFactory;
import org.froissart.testkit.OutputContractTest;

class GdeltOutputContractTest extends OutputContractTest<GdeltOutputFactory.Config> {

    @Override
    protected OutputFactory<GdeltOutputFactory.Config> factory() {
        return new GdeltOutputFactory();
    }

    @Override
    protected GdeltOutputFactory.Config escapingConfig() {
        return new GdeltOutputFactory.Config("../escape", null, null);
    }

    /** The two sample documents and one with events, so events.tsv has rows. */
    @Override
    protected List<Document> documents() {
        List<Document> docs = new ArrayList<>(super.documents());
        docs.add(Samples.document());
        return docs;
    }

    @Override
    protected void verifyWritten(Path directory, List<Document> written) throws IOException {
        List<String> events = Files.readAllLines(directory.resolve("gdelt/events.tsv"));
        assertEquals(1, events.size());
        assertEquals(61, events.get(0).split("\t", -1).length);
        List<String> gkg = Files.readAllLines(directory.resolve("gdelt/gkg.tsv"));
        assertEquals(written.size(), gkg.size());
        for (String line : gkg) {
            assertEquals(GdeltGkg.COLUMNS.size(), line.split("\t", -1).length);
        }
    }
}
