package org.froissart.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article and everything extracted from it. The text never changes once read: every offset of
 * every annotation refers to it. A document is confined to one thread at a time, so it is mutable
 * and not synchronised.
 */
@Api(Api.Status.STABLE)
public final class Document {
    /** Language code used when the language is unknown or not one a pipeline supports. */
    public static final String UNDETERMINED = "und";

    private final String id;
    private final String source;
    private final String text;
    private String language;
    private LocalDate published;
    private String title;
    private String section;
    private List<String> dateline = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private final List<Span> boilerplate = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<TemporalExpression> dates = new ArrayList<>();
    private final List<Amount> amounts = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();

    /**
     * @param id     unique within a run, taken from the input (file name, JSON field)
     * @param source where the document came from, for people: "seeds/a.txt" or "news.jsonl:12"
     * @param text   the article text all offsets refer to
     */
    public Document(String id, String source, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.text = Objects.requireNonNull(text, "text");
    }

    public String id() { return id; }
    public String source() { return source; }
    public String text() { return text; }

    /** ISO 639-1 code ("fr"), {@link #UNDETERMINED}, or null before language identification ran. */
    public String language() { return language; }
    public void setLanguage(String language) { this.language = language; }

    public LocalDate published() { return published; }
    public void setPublished(LocalDate published) { this.published = published; }

    public String title() { return title; }
    public void setTitle(String title) { this.title = title; }

    public String section() { return section; }
    public void setSection(String section) { this.section = section; }

    /** Place names of the dateline ("Caracas/Moscou." gives [Caracas, Moscou]). */
    public List<String> dateline() { return dateline; }
    public void setDateline(List<String> places) { this.dateline = new ArrayList<>(places); }

    /** Input fields that have no typed place (a URL, a category), as read. */
    public Map<String, String> metadata() { return metadata; }

    public List<Span> boilerplate() { return boilerplate; }
    public List<Span> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public List<Entity> entities() { return entities; }
    public List<Quote> quotes() { return quotes; }
    public List<Event> events() { return events; }
    public List<TemporalExpression> dates() { return dates; }
    public List<Amount> amounts() { return amounts; }
    public List<Annotation> annotations() { return annotations; }

    /** True when the offset falls in a boilerplate span, which extractors skip. */
    public boolean inBoilerplate(int offset) {
        for (Span s : boilerplate) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** The entity with this id, or null. */
    public Entity entity(String entityId) {
        for (Entity e : entities) {
            if (e.id().equals(entityId)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + source + ", " + text.length() + " chars]";
    }
}
