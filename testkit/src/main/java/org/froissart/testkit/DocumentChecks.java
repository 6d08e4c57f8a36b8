package org.froissart.testkit;

import java.util.ArrayList;
import java.util.List;

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
import org.froissart.api.Token;

/**
 * The runner's span check, a little stricter: every offset of every annotation lies inside the text,
 * and every {@code text} field equals {@code text.substring(start, end)}.
 */
public final class DocumentChecks {
    private DocumentChecks() {
    }

    /** Every problem found, empty when the document is well-formed. */
    public static List<String> problems(Document d) {
        List<String> out = new ArrayList<>();
        String text = d.text();
        for (Span s : d.boilerplate()) {
            range(out, text, s.start(), s.end(), "boilerplate " + s);
        }
        for (Span s : d.sentences()) {
            range(out, text, s.start(), s.end(), "sentence " + s);
        }
        for (Token t : d.tokens()) {
            range(out, text, t.start(), t.end(), "token " + t);
        }
        for (Entity e : d.entities()) {
            if (e.id() == null || e.type() == null || e.name() == null) {
                out.add("entity " + e + " lacks an id, a type or a name");
            }
            for (Mention m : e.mentions()) {
                mention(out, text, m, "mention of entity " + e.id());
            }
        }
        for (Quote q : d.quotes()) {
            covered(out, text, q.start(), q.end(), q.text(), "quote " + q);
            if (q.speaker() != null && d.entity(q.speaker()) == null) {
                out.add("quote " + q + " names speaker '" + q.speaker() + "', which is no entity of the document");
            }
        }
        for (Event e : d.events()) {
            if (e.trigger() == null) {
                out.add("event " + e + " has no trigger");
            } else {
                mention(out, text, e.trigger(), "event trigger");
            }
            if (e.sentence() != null) {
                range(out, text, e.sentence().start(), e.sentence().end(), "event sentence " + e.sentence());
            }
            actor(out, d, e.source(), "event source");
            actor(out, d, e.target(), "event target");
            for (Mention m : e.repeats()) {
                mention(out, text, m, "event repeat");
            }
        }
        for (TemporalExpression t : d.dates()) {
            covered(out, text, t.start(), t.end(), t.text(), "date " + t);
        }
        for (Amount a : d.amounts()) {
            covered(out, text, a.start(), a.end(), a.text(), "amount " + a);
        }
        for (Annotation a : d.annotations()) {
            range(out, text, a.start(), a.end(), "annotation '" + a.type() + "' " + a);
        }
        return out;
    }

    /**
     * @throws AssertionError listing the problems (at most ten), naming {@code who} (a step, a test)
     */
    public static void verify(Document d, String who) {
        List<String> p = problems(d);
        if (!p.isEmpty()) {
            throw new AssertionError(who + " left " + p.size() + " bad annotation(s) on " + d + ": "
                    + String.join("; ", p.subList(0, Math.min(10, p.size())))
                    + " (offsets are Java String indices into Document.text(), end exclusive)");
        }
    }

    private static void actor(List<String> out, Document d, EventActor a, String what) {
        if (a == null) {
            return;
        }
        if (a.text() != null) {
            mention(out, d.text(), a.text(), what);
        }
        if (a.entity() != null && d.entity(a.entity()) == null) {
            out.add(what + " names entity '" + a.entity() + "', which is no entity of the document");
        }
    }

    private static void mention(List<String> out, String text, Mention m, String what) {
        covered(out, text, m.start(), m.end(), m.text(), what + " " + m);
    }

    private static void covered(List<String> out, String text, int start, int end, String covered, String what) {
        if (range(out, text, start, end, what) && covered != null && !covered.equals(text.substring(start, end))) {
            out.add(what + ": text '" + covered + "' differs from the text at its offsets '" + text.substring(start, end) + "'");
        }
    }

    private static boolean range(List<String> out, String text, int start, int end, String what) {
        if (start < 0 || end < start || end > text.length()) {
            out.add(what + " [" + start + ", " + end + ") lies outside the text (length " + text.length() + ")");
            return false;
        }
        return true;
    }
}
