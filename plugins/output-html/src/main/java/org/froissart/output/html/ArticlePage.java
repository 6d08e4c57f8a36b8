package org.froissart.output.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.froissart.api.Amount;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;

/** One article: its text with every fact marked up by offsets, then tables of entities, quotes and events. */
final class ArticlePage {
    /** A span to mark: [start, end), its class, its hover title and an optional element id. */
    record Mark(int start, int end, String css, String title, String id) {
    }

    private ArticlePage() {
    }

    static String render(Document d, String indexHref) {
        StringBuilder b = new StringBuilder(d.text().length() * 3 + 8192);
        String title = d.title() != null ? d.title() : d.id();
        Html.open(b, title, "<a href=\"" + Html.esc(indexHref) + "\">&larr; report</a><h1>" + Html.esc(title) + "</h1>");
        b.append("<p class=\"muted\">").append(Html.esc(d.id())).append(" &middot; ").append(Html.esc(d.source()));
        if (d.published() != null) {
            b.append(" &middot; ").append(d.published());
        }
        if (d.language() != null) {
            b.append(" &middot; ").append(Html.esc(d.language()));
        }
        if (d.section() != null) {
            b.append(" &middot; ").append(Html.esc(d.section()));
        }
        b.append("</p>\n<p class=\"legend\"><span class=\"ent ent-PERSON\">person</span><span class=\"ent ent-ORGANIZATION\">"
                + "organisation</span><span class=\"ent ent-LOCATION\">place</span><span class=\"quote\">quote</span>"
                + "<span class=\"ev\">event trigger</span><span class=\"date\">date</span><span class=\"amount\">amount</span>"
                + " <span class=\"muted\">Hover for codes.</span></p>\n");
        b.append("<div class=\"article\" id=\"text\">");
        highlight(b, d.text(), marks(d));
        b.append("</div>\n");
        entities(b, d);
        quotes(b, d);
        events(b, d);
        Html.close(b);
        return b.toString();
    }

    static List<Mark> marks(Document d) {
        List<Mark> marks = new ArrayList<>();
        for (Span s : d.boilerplate()) {
            marks.add(new Mark(s.start(), s.end(), "boiler", "boilerplate", null));
        }
        for (int i = 0; i < d.quotes().size(); i++) {
            Quote q = d.quotes().get(i);
            marks.add(new Mark(q.start(), q.end(), "quote", "quote · speaker: " + speaker(d, q), "q" + i));
        }
        for (Entity e : d.entities()) {
            String t = e.type().name() + " · " + e.name() + (e.code() == null ? "" : " · " + e.code())
                    + (e.country() == null ? "" : " · " + e.country()) + " · " + e.id();
            for (Mention m : e.mentions()) {
                marks.add(new Mark(m.start(), m.end(), "ent ent-" + e.type().name(), t, null));
            }
        }
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            if (e.trigger() == null) {
                continue;
            }
            marks.add(new Mark(e.trigger().start(), e.trigger().end(), "ev ev-q" + e.quadClass(), eventTitle(d, e), "ev" + i));
        }
        for (TemporalExpression t : d.dates()) {
            marks.add(new Mark(t.start(), t.end(), "date", "date · " + (t.value() == null ? "unresolved" : t.value()), null));
        }
        for (Amount a : d.amounts()) {
            marks.add(new Mark(a.start(), a.end(), "amount", "amount · " + Html.number(a.value())
                    + (a.object() == null ? "" : " " + a.object()), null));
        }
        marks.removeIf(m -> m.start() < 0 || m.end() > d.text().length() || m.end() <= m.start());
        return marks;
    }

    static String eventTitle(Document d, Event e) {
        return "CAMEO " + e.cameo() + (e.ploverType() == null ? "" : " · PLOVER " + e.ploverType()
                + (e.ploverMode() == null ? "" : "/" + e.ploverMode())) + " · " + actor(d, e.source()) + " → "
                + actor(d, e.target()) + " · QuadClass " + e.quadClass() + " · Goldstein " + Html.number(e.goldstein())
                + (e.date() == null ? "" : " · " + e.date()) + (e.negated() ? " · NEGATED" : "")
                + (e.hypothetical() ? " · HYPOTHETICAL" : "") + (e.future() ? " · FUTURE" : "");
    }

    static String actor(Document d, EventActor a) {
        if (a == null || (a.code() == null && a.entity() == null && a.text() == null)) {
            return "?";
        }
        Entity e = a.entity() == null ? null : d.entity(a.entity());
        String name = e != null ? e.name() : a.text() != null ? a.text().text() : "";
        return (a.code() == null ? "" : a.code() + " ") + (name.isEmpty() ? "" : "(" + name + ")");
    }

    static String speaker(Document d, Quote q) {
        Entity e = q.speaker() == null ? null : d.entity(q.speaker());
        if (e != null) {
            return e.name() + (e.code() == null ? "" : " (" + e.code() + ")");
        }
        return q.speakerText() == null ? "unknown" : q.speakerText();
    }

    /**
     * Writes the text with nested span elements. At each boundary the open marks are compared with
     * the marks covering the next piece (outermost first): marks that cross are closed and reopened,
     * so the markup always nests. An element id is written on a mark's first piece only.
     */
    static void highlight(StringBuilder b, String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        Comparator<Mark> outerFirst = Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed());
        sorted.sort(outerFirst);
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        bounds.add(text.length());
        for (Mark m : sorted) {
            bounds.add(m.start());
            bounds.add(m.end());
        }
        List<Mark> open = new ArrayList<>();
        java.util.Set<Mark> started = new java.util.HashSet<>();
        Integer from = bounds.first();
        for (Integer to : bounds.tailSet(from, false)) {
            List<Mark> active = new ArrayList<>();
            for (Mark m : sorted) {
                if (m.start() > from) {
                    break;
                }
                if (m.end() > from) {
                    active.add(m);
                }
            }
            int common = 0;
            while (common < open.size() && common < active.size() && open.get(common) == active.get(common)) {
                common++;
            }
            for (int k = open.size() - 1; k >= common; k--) {
                b.append("</span>");
                open.remove(k);
            }
            for (int k = common; k < active.size(); k++) {
                Mark m = active.get(k);
                b.append("<span class=\"").append(m.css()).append("\" title=\"").append(Html.esc(m.title())).append('"');
                if (m.id() != null && started.add(m)) {
                    b.append(" id=\"").append(m.id()).append('"');
                }
                b.append('>');
                open.add(m);
            }
            Html.escInto(b, text, from, to);
            from = to;
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            b.append("</span>");
        }
    }

    private static void entities(StringBuilder b, Document d) {
        b.append("<h2>Entities (").append(d.entities().size()).append(")</h2>\n");
        if (d.entities().isEmpty()) {
            b.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        b.append("<table id=\"entities\"><tr><th>id</th><th>type</th><th>name</th><th>country</th><th>code</th>"
                + "<th>mentions</th></tr>\n");
        for (Entity e : d.entities()) {
            b.append("<tr><td>").append(Html.esc(e.id())).append("</td><td>").append(e.type()).append("</td><td>")
                    .append(Html.esc(e.name())).append("</td><td>").append(Html.esc(e.country())).append("</td><td><code>")
                    .append(Html.esc(e.code())).append("</code></td><td class=\"n\">").append(e.mentions().size())
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void quotes(StringBuilder b, Document d) {
        b.append("<h2>Quotes (").append(d.quotes().size()).append(")</h2>\n");
        if (d.quotes().isEmpty()) {
            b.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        b.append("<table id=\"quotes\"><tr><th>speaker</th><th>as written</th><th>quote</th></tr>\n");
        for (int i = 0; i < d.quotes().size(); i++) {
            Quote q = d.quotes().get(i);
            b.append("<tr><td>").append(Html.esc(speaker(d, q))).append("</td><td>").append(Html.esc(q.speakerText()))
                    .append("</td><td><a href=\"#q").append(i).append("\">&laquo; ").append(Html.esc(q.text()))
                    .append(" &raquo;</a></td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void events(StringBuilder b, Document d) {
        b.append("<h2>Events (").append(d.events().size()).append(")</h2>\n");
        if (d.events().isEmpty()) {
            b.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        b.append("<table id=\"events\"><tr><th>CAMEO</th><th>PLOVER</th><th>source</th><th>target</th><th>trigger</th>"
                + "<th>date</th><th>QuadClass</th><th>Goldstein</th></tr>\n");
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            b.append("<tr><td><code>").append(Html.esc(e.cameo())).append("</code> ")
                    .append(Html.esc(Cameo.rootName(e.cameo()))).append("</td><td>").append(Html.esc(e.ploverType()))
                    .append(e.ploverMode() == null ? "" : " / " + Html.esc(e.ploverMode())).append("</td><td>")
                    .append(Html.esc(actor(d, e.source()))).append("</td><td>").append(Html.esc(actor(d, e.target())))
                    .append("</td><td>");
            if (e.trigger() != null) {
                b.append("<a href=\"#ev").append(i).append("\">").append(Html.esc(e.trigger().text())).append("</a>");
            }
            if (e.negated()) {
                b.append(" <span class=\"flag\">negated</span>");
            }
            if (e.future()) {
                b.append(" <span class=\"flag\">future</span>");
            }
            if (e.hypothetical()) {
                b.append(" <span class=\"flag\">hypothetical</span>");
            }
            b.append("</td><td>").append(Html.esc(e.date())).append("</td><td class=\"n\">").append(e.quadClass())
                    .append("</td><td class=\"n\">").append(Html.number(e.goldstein())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }
}
