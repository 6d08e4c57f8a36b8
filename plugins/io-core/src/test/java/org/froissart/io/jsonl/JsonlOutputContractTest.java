package org.froissart.io.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.froissart.api.Document;
import org.froissart.api.OutputFactory;
import org.froissart.testkit.OutputContractTest;

class JsonlOutputContractTest extends OutputContractTest<JsonlOutputFactory.Config> {
    @Override
    protected OutputFactory<JsonlOutputFactory.Config> factory() {
        return new JsonlOutputFactory();
    }

    @Override
    protected JsonlOutputFactory.Config escapingConfig() {
        return new JsonlOutputFactory.Config("../outside.jsonl");
    }

    @Override
    protected void verifyWritten(Path directory, List<Document> written) throws IOException {
        try (var files = Files.list(directory)) {
            assertEquals(List.of("documents.jsonl"), files.map(p -> p.getFileName().toString()).toList());
        }
        List<String> lines = Files.readAllLines(directory.resolve("documents.jsonl"), StandardCharsets.UTF_8);
        assertEquals(written.size(), lines.size());
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = m.readTree(lines.get(i));
            Document d = written.get(i);
            assertEquals(d.id(), n.get("id").asText());
            assertEquals(d.text(), n.get("text").asText());
            assertEquals(d.language(), n.get("language").asText());
            assertEquals(d.boilerplate().get(0).start(), n.get("boilerplate").get(0).get("start").asInt());
        }
    }
}
