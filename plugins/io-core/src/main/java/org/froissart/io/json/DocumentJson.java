package org.froissart.io.json;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.froissart.api.Amount;
import org.froissart.api.Annotation;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;

/**
 * Writes a document in the output contract (docs/output-format.md, schema in
 * docs/document.schema.json). Field order is fixed so output is byte-for-byte reproducible.
 */
public final class DocumentJson {
    private DocumentJson() {
    }

    public static void write(Document d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("source", d.source());
        nullable(g, "language", d.language());
        nullable(g, "published", d.published() == null ? null : d.published().toString());
        nullable(g, "title", d.title());
        nullable(g, "section", d.section());
        g.writeArrayFieldStart("dateline");
        for (String place : d.dateline()) {
            g.writeString(place);
        }
        g.writeEndArray();
        g.writeStringField("text", d.text());
        g.writeObjectFieldStart("metadata");
        for (Map.Entry<String, String> e : d.metadata().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();

        g.writeArrayFieldStart("boilerplate");
        for (Span s : d.boilerplate()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("entities");
        for (Entity e : d.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            nullable(g, "country", e.country());
            nullable(g, "code", e.code());
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                mention(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quotes");
        for (Quote q : d.quotes()) {
            g.writeStartObject();
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            g.writeStringField("text", q.text());
            nullable(g, "speaker", q.speaker());
            nullable(g, "speakerText", q.speakerText());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (Event e : d.events()) {
            event(g, e);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("dates");
        for (TemporalExpression t : d.dates()) {
            g.writeStartObject();
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("text", t.text());
            nullable(g, "value", t.value());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("amounts");
        for (Amount a : d.amounts()) {
            g.writeStartObject();
            g.writeNumberField("start", a.start());
            g.writeNumberField("end", a.end());
            g.writeStringField("text", a.text());
            if (a.value() == Math.rint(a.value()) && Math.abs(a.value()) < 1e15) {
                g.writeNumberField("value", (long) a.value());
            } else {
                g.writeNumberField("value", a.value());
            }
            nullable(g, "object", a.object());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("annotations");
        for (Annotation a : d.annotations()) {
            g.writeStartObject();
            g.writeStringField("type", a.type());
            g.writeNumberField("start", a.start());
            g.writeNumberField("end", a.end());
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(a.attributes()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("cameo", e.cameo());
        g.writeObjectFieldStart("plover");
        nullable(g, "type", e.ploverType());
        nullable(g, "mode", e.ploverMode());
        g.writeEndObject();
        g.writeNumberField("quadClass", e.quadClass());
        g.writeNumberField("goldstein", e.goldstein());
        actor(g, "source", e.source());
        actor(g, "target", e.target());
        g.writeFieldName("trigger");
        mention(g, e.trigger());
        g.writeObjectFieldStart("sentence");
        g.writeNumberField("start", e.sentence().start());
        g.writeNumberField("end", e.sentence().end());
        g.writeEndObject();
        nullable(g, "date", e.date());
        g.writeBooleanField("negated", e.negated());
        g.writeBooleanField("hypothetical", e.hypothetical());
        g.writeBooleanField("future", e.future());
        g.writeArrayFieldStart("repeats");
        for (Mention m : e.repeats()) {
            mention(g, m);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, String field, EventActor a) throws IOException {
        g.writeObjectFieldStart(field);
        nullable(g, "entity", a == null ? null : a.entity());
        nullable(g, "code", a == null ? null : a.code());
        if (a != null && a.text() != null) {
            g.writeFieldName("text");
            mention(g, a.text());
        } else {
            g.writeNullField("text");
        }
        g.writeEndObject();
    }

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", m.text());
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
