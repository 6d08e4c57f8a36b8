package org.froissart.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.froissart.api.Amount;
import org.froissart.api.Annotation;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;
import org.froissart.api.Token;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
    static final List<String> TOP = List.of("id", "source", "language", "published", "title", "section", "dateline", "text",
            "metadata", "boilerplate", "entities", "quotes", "events", "dates", "amounts", "annotations");

    static String json(Document d) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            DocumentJson.write(d, g);
        }
        return w.toString();
    }

    static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void bareDocumentHasEveryFieldWithEmptyListsAndNulls() throws IOException {
        Document d = new Document("a", "in.txt", "Texte.");
        d.tokens().add(new Token(0, 5, "texte", null));
        d.sentences().add(new Span(0, 6));
        assertEquals("{\"id\":\"a\",\"source\":\"in.txt\",\"language\":null,\"published\":null,\"title\":null,\"section\":null,"
                + "\"dateline\":[],\"text\":\"Texte.\",\"metadata\":{},\"boilerplate\":[],\"entities\":[],\"quotes\":[],"
                + "\"events\":[],\"dates\":[],\"amounts\":[],\"annotations\":[]}", json(d));
    }

    static Document full() {
        String text = "Moscou. « Nous condamnons », a dit Lavrov le 23 novembre : quatre morts, 3,5 millions.";
        Document d = new Document("f", "f.txt", text);
        d.setLanguage("fr");
        d.setPublished(LocalDate.of(2024, 11, 23));
        d.setTitle("Titre");
        d.setSection("Monde");
        d.setDateline(List.of("Moscou"));
        d.metadata().put("url", "https://example.org");
        d.metadata().put("encoding", "UTF-8");
        d.boilerplate().add(new Span(0, 7));
        int lav = text.indexOf("Lavrov");
        Mention lavrov = Mention.of(text, lav, lav + 6);
        d.entities().add(new Entity("e1", EntityType.PERSON, "Sergueï Lavrov", "RUS", "RUSGOV", List.of(lavrov)));
        int q = text.indexOf("Nous");
        d.quotes().add(new Quote(q, q + 15, text.substring(q, q + 15), "e1", "Lavrov"));
        int c = text.indexOf("condamnons");
        d.events().add(new Event("111", "ACCUSE", null, new EventActor("e1", "RUSGOV", lavrov), null,
                Mention.of(text, c, c + 10), new Span(0, text.length()), "2024-11-23", 3, -2.0, false, true, null));
        int t = text.indexOf("23 novembre");
        d.dates().add(new TemporalExpression(t, t + 11, "23 novembre", "2024-11-23"));
        int m = text.indexOf("quatre morts");
        d.amounts().add(new Amount(m, m + 12, "quatre morts", 4, "morts"));
        int mi = text.indexOf("3,5 millions");
        d.amounts().add(new Amount(mi, mi + 12, "3,5 millions", 3_500_000.5, null));
        d.annotations().add(new Annotation("test", 0, 6, Map.of("z", "1", "a", "2")));
        return d;
    }

    @Test
    void fieldOrderIsFixedAtEveryLevel() throws IOException {
        JsonNode n = new ObjectMapper().readTree(json(full()));
        assertEquals(TOP, names(n));
        assertEquals(List.of("url", "encoding"), names(n.get("metadata")), "metadata in insertion order");
        assertEquals(List.of("start", "end"), names(n.get("boilerplate").get(0)));
        assertEquals(List.of("id", "type", "name", "country", "code", "mentions"), names(n.get("entities").get(0)));
        assertEquals(List.of("start", "end", "text"), names(n.get("entities").get(0).get("mentions").get(0)));
        assertEquals(List.of("start", "end", "text", "speaker", "speakerText"), names(n.get("quotes").get(0)));
        JsonNode e = n.get("events").get(0);
        assertEquals(List.of("cameo", "plover", "quadClass", "goldstein", "source", "target", "trigger", "sentence", "date",
                "negated", "hypothetical", "future", "repeats"), names(e));
        assertEquals(List.of("type", "mode"), names(e.get("plover")));
        assertEquals(List.of("entity", "code", "text"), names(e.get("source")));
        assertEquals(List.of("entity", "code", "text"), names(e.get("target")));
        assertEquals(List.of("start", "end", "text", "value"), names(n.get("dates").get(0)));
        assertEquals(List.of("start", "end", "text", "value", "object"), names(n.get("amounts").get(0)));
        assertEquals(List.of("type", "start", "end", "attributes"), names(n.get("annotations").get(0)));
        assertEquals(List.of("a", "z"), names(n.get("annotations").get(0).get("attributes")), "attributes sorted");
    }

    @Test
    void exactValues() throws IOException {
        JsonNode n = new ObjectMapper().readTree(json(full()));
        assertEquals("2024-11-23", n.get("published").asText());
        assertEquals("[\"Moscou\"]", n.get("dateline").toString());
        assertEquals("{\"id\":\"e1\",\"type\":\"PERSON\",\"name\":\"Sergueï Lavrov\",\"country\":\"RUS\",\"code\":\"RUSGOV\","
                + "\"mentions\":[{\"start\":35,\"end\":41,\"text\":\"Lavrov\"}]}", n.get("entities").get(0).toString());
        JsonNode e = n.get("events").get(0);
        assertEquals("{\"type\":\"ACCUSE\",\"mode\":null}", e.get("plover").toString());
        assertEquals("{\"entity\":null,\"code\":null,\"text\":null}", e.get("target").toString(), "a null actor is written as nulls");
        assertEquals(-2.0, e.get("goldstein").asDouble());
        assertEquals(true, e.get("hypothetical").asBoolean());
        assertEquals("[]", e.get("repeats").toString());
        assertEquals("{\"start\":59,\"end\":71,\"text\":\"quatre morts\",\"value\":4,\"object\":\"morts\"}",
                n.get("amounts").get(0).toString(), "whole values are written as integers");
        assertEquals(3500000.5, n.get("amounts").get(1).get("value").asDouble());
        assertEquals(true, n.get("amounts").get(1).get("value").isFloatingPointNumber());
    }

    @Test
    void outputIsReproducible() throws IOException {
        assertEquals(json(full()), json(full()));
    }
}
