package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output contract's schema lives in docs/; every document the runner writes must follow it. */
class DocumentSchemaTest {
    static final Path SCHEMA = Path.of("..", "docs", "document.schema.json");
    static JsonSchema schema;

    @TempDir
    static Path tmp;
    static List<JsonNode> docs;

    @BeforeAll
    static void runSeeds() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--quiet", "-o", out.toString(), CliRun.copySeeds(tmp).toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        docs = CliRun.jsonLines(out.resolve("documents.jsonl"));
    }

    @Test
    void schemaIsDraft202012AndClosed() throws IOException {
        JsonNode s = CliRun.JSON.readTree(SCHEMA.toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        assertEquals(false, s.get("additionalProperties").asBoolean(true));
    }

    @Test
    void everySeedDocumentFollowsTheSchema() {
        assertEquals(2, docs.size());
        for (JsonNode d : docs) {
            Set<ValidationMessage> errors = schema.validate(d);
            assertEquals(Set.of(), errors, d.get("id").asText());
        }
    }

    @Test
    void schemaRefusesWhatTheContractForbids() {
        ObjectNode extra = docs.get(0).deepCopy();
        extra.put("surprise", 1);
        assertFalse(schema.validate(extra).isEmpty(), "unknown top-level field");
        ObjectNode missing = docs.get(0).deepCopy();
        missing.remove("entities");
        assertFalse(schema.validate(missing).isEmpty(), "missing list");
        ObjectNode badDate = docs.get(0).deepCopy();
        badDate.put("published", 20241123);
        assertFalse(schema.validate(badDate).isEmpty(), "published must be a string or null");
        ObjectNode nullTitle = docs.get(0).deepCopy();
        nullTitle.putNull("title");
        assertEquals(Set.of(), schema.validate(nullTitle), "title may be null");
    }
}
