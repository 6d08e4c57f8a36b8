package org.froissart.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.froissart.api.Document;

/**
 * A JSON-like, comparable picture of a document: its fields and copies of its annotation lists
 * (records compare by value). Two snapshots are equal when two runs produced the same result.
 */
public final class Snapshots {
    private Snapshots() {
    }

    public static Map<String, Object> of(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("text", d.text());
        m.put("language", d.language());
        m.put("published", d.published());
        m.put("title", d.title());
        m.put("section", d.section());
        m.put("dateline", List.copyOf(d.dateline()));
        m.put("metadata", new LinkedHashMap<>(d.metadata()));
        m.put("boilerplate", new ArrayList<>(d.boilerplate()));
        m.put("sentences", new ArrayList<>(d.sentences()));
        m.put("tokens", new ArrayList<>(d.tokens()));
        m.put("entities", new ArrayList<>(d.entities()));
        m.put("quotes", new ArrayList<>(d.quotes()));
        m.put("events", new ArrayList<>(d.events()));
        m.put("dates", new ArrayList<>(d.dates()));
        m.put("amounts", new ArrayList<>(d.amounts()));
        m.put("annotations", new ArrayList<>(d.annotations()));
        return m;
    }

    public static List<Map<String, Object>> of(List<Document> docs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Document d : docs) {
            out.add(of(d));
        }
        return out;
    }

    /**
     * A fresh document with the input-level fields of {@code d} (id, source, text, language,
     * published, title, section, dateline, metadata) and none of its annotations.
     */
    public static Document freshCopy(Document d) {
        Document c = new Document(d.id(), d.source(), d.text());
        c.setLanguage(d.language());
        c.setPublished(d.published());
        c.setTitle(d.title());
        c.setSection(d.section());
        c.setDateline(d.dateline());
        c.metadata().putAll(d.metadata());
        return c;
    }
}
