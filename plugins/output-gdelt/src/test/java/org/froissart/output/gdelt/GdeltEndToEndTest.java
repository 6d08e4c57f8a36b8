package org.froissart.output.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.froissart.testkit.TestPipelines;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news pipeline over seeds/, written as GDELT files with a header row. */
class GdeltEndToEndTest {
    @TempDir
    Path out;

    @Test
    void seedsAsGdelt() throws IOException {
        List<Document> docs = TestPipelines.newsOverSeeds();
        try (Output o = new GdeltOutputFactory().create(new GdeltOutputFactory.Config("g", true, null), new TestPluginContext(out))) {
            for (Document d : docs) {
                o.write(d);
            }
        }
        List<String> events = Files.readAllLines(out.resolve("g/events.tsv"));
        assertEquals(String.join("\t", GdeltEvents.COLUMNS), events.get(0));
        long expected = docs.stream().flatMap(d -> d.events().stream()).filter(org.froissart.api.Event::factual).count();
        assertEquals(expected + 1, events.size());
        boolean condemn = false;
        for (String line : events.subList(1, events.size())) {
            String[] c = line.split("\t", -1);
            assertEquals(61, c.length, line);
            assertTrue(c[0].matches("[0-9]+"), "GLOBALEVENTID " + c[0]);
            condemn |= c[5].equals("RUS") && c[15].startsWith("BOL") && c[28].equals("11") && c[1].startsWith("202411");
        }
        assertTrue(condemn, "Russia (RUS) condemns (11) Bolivia (BOL) in November 2024");
        List<String> gkg = Files.readAllLines(out.resolve("g/gkg.tsv"));
        assertEquals(docs.size() + 1, gkg.size());
        assertTrue(gkg.get(1).contains("Luis Arce,467"), gkg.get(1));
    }
}
