package org.froissart.runner.execution;

import org.froissart.api.Amount;
import org.froissart.api.Annotation;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;
import org.froissart.api.Token;

/** Refuses annotations whose offsets fall outside the text, naming the step that made them. */
final class SpanCheck {
    private SpanCheck() {
    }

    static void verify(Document d) {
        int n = d.text().length();
        for (Span s : d.boilerplate()) {
            check(s.start(), s.end(), n, "boilerplate span");
        }
        for (Span s : d.sentences()) {
            check(s.start(), s.end(), n, "sentence");
        }
        for (Token t : d.tokens()) {
            check(t.start(), t.end(), n, "token");
        }
        for (Entity e : d.entities()) {
            for (Mention m : e.mentions()) {
                check(m.start(), m.end(), n, "mention of entity " + e.id());
            }
        }
        for (Quote q : d.quotes()) {
            check(q.start(), q.end(), n, "quote");
        }
        for (Event e : d.events()) {
            check(e.trigger().start(), e.trigger().end(), n, "event trigger");
        }
        for (TemporalExpression t : d.dates()) {
            check(t.start(), t.end(), n, "date");
        }
        for (Amount a : d.amounts()) {
            check(a.start(), a.end(), n, "amount");
        }
        for (Annotation a : d.annotations()) {
            check(a.start(), a.end(), n, "annotation '" + a.type() + "'");
        }
    }

    private static void check(int start, int end, int length, String what) {
        if (start < 0 || end < start || end > length) {
            throw new IllegalStateException(what + " [" + start + ", " + end + ") lies outside the text (length "
                    + length + "): offsets are Java String indices into Document.text(), end exclusive");
        }
    }
}
