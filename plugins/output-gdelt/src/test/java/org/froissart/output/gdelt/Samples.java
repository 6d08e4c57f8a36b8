package org.froissart.output.gdelt;

import java.time.LocalDate;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;

/** A small hand-made document with every kind of fact. */
final class Samples {
    static final String TEXT = "Moscow condemns the UN\n\nRussia condemned the United Nations on Thursday. "
            + "\"A\tshame; really\", said Lavrov.";

    private Samples() {
    }

    static Document document() {
        Document d = new Document("doc-1", "news.jsonl:3", TEXT);
        d.setLanguage("en");
        d.setPublished(LocalDate.of(2024, 11, 23));
        d.setTitle("Moscow condemns the UN");
        d.metadata().put("url", "https://example.org/a");
        int ru = TEXT.indexOf("Russia");
        int un = TEXT.indexOf("United Nations");
        int lav = TEXT.indexOf("Lavrov");
        d.entities().add(new Entity("e1", EntityType.LOCATION, "Russia", "RUS", "RUS", List.of(Mention.of(TEXT, ru, ru + 6))));
        d.entities().add(new Entity("e2", EntityType.ORGANIZATION, "United Nations", null, "IGOUNO",
                List.of(Mention.of(TEXT, un, un + 14))));
        d.entities().add(new Entity("e3", EntityType.PERSON, "Sergey Lavrov", "RUS", "RUSGOV",
                List.of(Mention.of(TEXT, lav, lav + 6))));
        int trig = TEXT.indexOf("condemned");
        d.events().add(new Event("111", "ACCUSE", "disapprove",
                new EventActor("e1", "RUS", Mention.of(TEXT, ru, ru + 6)),
                new EventActor("e2", "IGOUNO", Mention.of(TEXT, un, un + 14)),
                Mention.of(TEXT, trig, trig + 9), new Span(ru, TEXT.indexOf("Thursday.") + 9), "2024-11-21", 3, -2.0,
                false, false, List.of()));
        d.events().add(new Event("0431", null, null, new EventActor(null, "RUSGOV", null), null,
                Mention.of(TEXT, trig, trig + 9), new Span(ru, ru + 10), null, 1, 2.8, true, false, List.of()));
        int q = TEXT.indexOf("A\tshame");
        d.quotes().add(new Quote(q, q + 15, TEXT.substring(q, q + 15), "e3", "Lavrov"));
        int th = TEXT.indexOf("Thursday");
        d.dates().add(new TemporalExpression(th, th + 8, "Thursday", "2024-11-21"));
        return d;
    }
}
