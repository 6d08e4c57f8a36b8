package org.froissart.output.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.froissart.api.Amount;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.TemporalExpression;

/**
 * The seven tables the tabular outputs write (csv, duckdb, postgres), with the same names and
 * columns everywhere. Every table starts with {@code document_id}; offsets are Java String (UTF-16)
 * indices into the document text, end exclusive, as in the JSON output. Column lists only grow, at
 * the end: existing columns keep their name, place and meaning. docs/outputs.md documents them.
 */
public final class Tables {
    private static final Column.Type T = Column.Type.TEXT;
    private static final Column.Type I = Column.Type.INTEGER;
    private static final Column.Type D = Column.Type.DOUBLE;
    private static final Column.Type B = Column.Type.BOOLEAN;
    private static final Column.Type DAY = Column.Type.DATE;

    public static final Table DOCUMENTS = new Table("documents", "one row per document", List.of(
            c("document_id", T, "document id, unique within a run"),
            c("source", T, "where the document came from (file, file:line)"),
            c("language", T, "ISO 639-1 code, 'und', or empty"),
            c("published", DAY, "publication date"),
            c("title", T, "title"),
            c("section", T, "section of the site or paper"),
            c("dateline", T, "places of the dateline, joined by '; '"),
            c("url", T, "metadata 'url' (or 'link'), when the input had one"),
            c("text_length", I, "length of the text in UTF-16 code units"),
            c("entity_count", I, "number of entities"),
            c("quote_count", I, "number of quotes"),
            c("event_count", I, "number of events"),
            c("date_count", I, "number of date expressions"),
            c("amount_count", I, "number of amounts"),
            c("text", T, "the article text every offset refers to")), Tables::documentRows);

    public static final Table ENTITIES = new Table("entities", "one row per entity of a document", List.of(
            c("document_id", T, "document id"),
            c("entity_id", T, "entity id, unique in the document (e1, e2, ...)"),
            c("entity_type", T, "PERSON, ORGANIZATION or LOCATION"),
            c("name", T, "canonical name"),
            c("country", T, "ISO-3166 alpha-3 country code"),
            c("code", T, "CAMEO-style actor code (RUSGOV, IGOUNO)"),
            c("mention_count", I, "number of mentions"),
            c("first_start", I, "start offset of the first mention")), Tables::entityRows);

    public static final Table MENTIONS = new Table("mentions", "one row per mention of an entity", List.of(
            c("document_id", T, "document id"),
            c("entity_id", T, "entity id"),
            c("mention_index", I, "0-based index of the mention in the entity"),
            c("start_offset", I, "start offset"),
            c("end_offset", I, "end offset (exclusive)"),
            c("text", T, "the words of the mention")), Tables::mentionRows);

    public static final Table QUOTES = new Table("quotes", "one row per direct quote", List.of(
            c("document_id", T, "document id"),
            c("quote_index", I, "0-based index of the quote in the document"),
            c("start_offset", I, "start offset of the quoted words (without quote marks)"),
            c("end_offset", I, "end offset (exclusive)"),
            c("text", T, "the quoted words"),
            c("speaker_entity_id", T, "id of the speaking entity"),
            c("speaker_name", T, "canonical name of the speaking entity"),
            c("speaker_code", T, "actor code of the speaking entity"),
            c("speaker_text", T, "the words naming the speaker")), Tables::quoteRows);

    public static final Table EVENTS = new Table("events", "one row per coded event", List.of(
            c("document_id", T, "document id"),
            c("event_index", I, "0-based index of the event in the document"),
            c("cameo", T, "CAMEO event code, three or four digits"),
            c("cameo_root", T, "CAMEO root code: the first two digits"),
            c("plover_type", T, "PLOVER event type"),
            c("plover_mode", T, "PLOVER mode"),
            c("quad_class", I, "CAMEO QuadClass 1-4"),
            c("goldstein", D, "Goldstein score, -10 to 10"),
            c("source_entity_id", T, "entity id of the source actor"),
            c("source_name", T, "canonical name of the source entity"),
            c("source_code", T, "actor code of the source"),
            c("source_text", T, "the words naming the source"),
            c("source_start", I, "start offset of source_text"),
            c("source_end", I, "end offset of source_text"),
            c("target_entity_id", T, "entity id of the target actor"),
            c("target_name", T, "canonical name of the target entity"),
            c("target_code", T, "actor code of the target"),
            c("target_text", T, "the words naming the target"),
            c("target_start", I, "start offset of target_text"),
            c("target_end", I, "end offset of target_text"),
            c("trigger_start", I, "start offset of the trigger"),
            c("trigger_end", I, "end offset of the trigger"),
            c("trigger_text", T, "the words that express the event"),
            c("sentence_start", I, "start offset of the evidence sentence"),
            c("sentence_end", I, "end offset of the evidence sentence"),
            c("event_date", T, "date of the event: YYYY-MM-DD, YYYY-MM or YYYY"),
            c("event_day", DAY, "event_date when it is a full day"),
            c("negated", B, "the text says the event did not happen"),
            c("hypothetical", B, "conditional, wished, threatened or asked for"),
            c("future", B, "announced or planned for the future"),
            c("repeat_count", I, "later mentions of the same event in the article")), Tables::eventRows);

    public static final Table DATES = new Table("dates", "one row per date expression", List.of(
            c("document_id", T, "document id"),
            c("date_index", I, "0-based index of the expression in the document"),
            c("start_offset", I, "start offset"),
            c("end_offset", I, "end offset (exclusive)"),
            c("text", T, "the words of the expression"),
            c("value", T, "resolved value: YYYY-MM-DD, YYYY-MM or YYYY"),
            c("granularity", T, "day, month or year; empty when unresolved"),
            c("day", DAY, "value when it is a full day")), Tables::dateRows);

    public static final Table AMOUNTS = new Table("amounts", "one row per amount", List.of(
            c("document_id", T, "document id"),
            c("amount_index", I, "0-based index of the amount in the document"),
            c("start_offset", I, "start offset"),
            c("end_offset", I, "end offset (exclusive)"),
            c("text", T, "the words of the amount"),
            c("value", D, "the quantity"),
            c("object", T, "the counted noun or unit")), Tables::amountRows);

    /** Every table, in the order outputs write them. */
    public static final List<Table> ALL = List.of(DOCUMENTS, ENTITIES, MENTIONS, QUOTES, EVENTS, DATES, AMOUNTS);

    private Tables() {
    }

    private static Column c(String name, Column.Type type, String description) {
        return new Column(name, type, description);
    }

    private static List<Object[]> documentRows(Document d) {
        String url = d.metadata().get("url");
        if (url == null) {
            url = d.metadata().get("link");
        }
        return List.<Object[]>of(new Object[] {
            d.id(), d.source(), d.language(), d.published(), d.title(), d.section(),
            d.dateline().isEmpty() ? null : String.join("; ", d.dateline()), url,
            d.text().length(), d.entities().size(), d.quotes().size(), d.events().size(), d.dates().size(),
            d.amounts().size(), d.text()});
    }

    private static List<Object[]> entityRows(Document d) {
        List<Object[]> rows = new ArrayList<>(d.entities().size());
        for (Entity e : d.entities()) {
            rows.add(new Object[] {d.id(), e.id(), e.type().name(), e.name(), e.country(), e.code(),
                e.mentions().size(), e.mentions().isEmpty() ? null : e.mentions().get(0).start()});
        }
        return rows;
    }

    private static List<Object[]> mentionRows(Document d) {
        List<Object[]> rows = new ArrayList<>();
        for (Entity e : d.entities()) {
            int i = 0;
            for (Mention m : e.mentions()) {
                rows.add(new Object[] {d.id(), e.id(), i++, m.start(), m.end(), m.text()});
            }
        }
        return rows;
    }

    private static List<Object[]> quoteRows(Document d) {
        List<Object[]> rows = new ArrayList<>(d.quotes().size());
        int i = 0;
        for (Quote q : d.quotes()) {
            Entity speaker = q.speaker() == null ? null : d.entity(q.speaker());
            rows.add(new Object[] {d.id(), i++, q.start(), q.end(), q.text(), q.speaker(),
                speaker == null ? null : speaker.name(), speaker == null ? null : speaker.code(), q.speakerText()});
        }
        return rows;
    }

    private static List<Object[]> eventRows(Document d) {
        List<Object[]> rows = new ArrayList<>(d.events().size());
        int i = 0;
        for (Event e : d.events()) {
            Object[] r = new Object[EVENTS.columns().size()];
            int k = 0;
            r[k++] = d.id();
            r[k++] = i++;
            r[k++] = e.cameo();
            r[k++] = e.cameo() == null || e.cameo().length() < 2 ? null : e.cameo().substring(0, 2);
            r[k++] = e.ploverType();
            r[k++] = e.ploverMode();
            r[k++] = e.quadClass();
            r[k++] = e.goldstein();
            k = actor(d, e.source(), r, k);
            k = actor(d, e.target(), r, k);
            r[k++] = e.trigger() == null ? null : e.trigger().start();
            r[k++] = e.trigger() == null ? null : e.trigger().end();
            r[k++] = e.trigger() == null ? null : e.trigger().text();
            r[k++] = e.sentence() == null ? null : e.sentence().start();
            r[k++] = e.sentence() == null ? null : e.sentence().end();
            r[k++] = e.date();
            r[k++] = day(e.date());
            r[k++] = e.negated();
            r[k++] = e.hypothetical();
            r[k++] = e.future();
            r[k++] = e.repeats().size();
            rows.add(r);
        }
        return rows;
    }

    private static int actor(Document d, EventActor a, Object[] r, int k) {
        Entity entity = a == null || a.entity() == null ? null : d.entity(a.entity());
        Mention text = a == null ? null : a.text();
        r[k++] = a == null ? null : a.entity();
        r[k++] = entity == null ? null : entity.name();
        r[k++] = a == null ? null : a.code();
        r[k++] = text == null ? null : text.text();
        r[k++] = text == null ? null : text.start();
        r[k++] = text == null ? null : text.end();
        return k;
    }

    private static List<Object[]> dateRows(Document d) {
        List<Object[]> rows = new ArrayList<>(d.dates().size());
        int i = 0;
        for (TemporalExpression t : d.dates()) {
            rows.add(new Object[] {d.id(), i++, t.start(), t.end(), t.text(), t.value(), granularity(t.value()), day(t.value())});
        }
        return rows;
    }

    private static List<Object[]> amountRows(Document d) {
        List<Object[]> rows = new ArrayList<>(d.amounts().size());
        int i = 0;
        for (Amount a : d.amounts()) {
            rows.add(new Object[] {d.id(), i++, a.start(), a.end(), a.text(), a.value(), a.object()});
        }
        return rows;
    }

    /** "day", "month" or "year" for YYYY-MM-DD, YYYY-MM, YYYY; null otherwise. */
    public static String granularity(String isoValue) {
        if (isoValue == null) {
            return null;
        }
        return switch (isoValue.length()) {
            case 10 -> "day";
            case 7 -> "month";
            case 4 -> "year";
            default -> null;
        };
    }

    /** The date of a full YYYY-MM-DD value, or null. */
    public static LocalDate day(String isoValue) {
        if (isoValue == null || isoValue.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(isoValue);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
