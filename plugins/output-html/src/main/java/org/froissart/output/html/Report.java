package org.froissart.output.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.EventActor;

/** What the index page shows, gathered one document at a time (article texts are not kept). */
final class Report {
    record Row(String href, String id, String title, String published, int entities, int quotes, int events) {
    }

    /** Directed actor pair with its events by QuadClass and CAMEO code. */
    static final class Edge {
        final String source;
        final String target;
        int count;
        final int[] quad = new int[5];
        final Map<String, Integer> codes = new TreeMap<>();

        Edge(String source, String target) {
            this.source = source;
            this.target = target;
        }

        int dominantQuad() {
            int best = 1;
            for (int q = 1; q <= 4; q++) {
                if (quad[q] > quad[best]) {
                    best = q;
                }
            }
            return best;
        }
    }

    final List<Row> rows = new ArrayList<>();
    int entities;
    int quotes;
    int events;
    int dates;
    int amounts;
    final Map<String, int[]> actors = new HashMap<>(); // code -> [as source, as target]
    final Map<String, String> actorNames = new HashMap<>();
    final Map<String, Integer> eventTypes = new HashMap<>();
    final Map<String, String> eventTypePlover = new HashMap<>();
    final Map<String, Edge> edges = new LinkedHashMap<>();

    void add(Document d, String href) {
        rows.add(new Row(href, d.id(), d.title() == null ? d.id() : d.title(),
                d.published() == null ? "" : d.published().toString(), d.entities().size(), d.quotes().size(), d.events().size()));
        entities += d.entities().size();
        quotes += d.quotes().size();
        events += d.events().size();
        dates += d.dates().size();
        amounts += d.amounts().size();
        for (Entity e : d.entities()) {
            if (e.code() != null) {
                actorNames.putIfAbsent(e.code(), e.name());
            }
        }
        for (Event e : d.events()) {
            String s = code(e.source());
            String t = code(e.target());
            if (s != null) {
                actors.computeIfAbsent(s, k -> new int[2])[0]++;
            }
            if (t != null) {
                actors.computeIfAbsent(t, k -> new int[2])[1]++;
            }
            if (e.cameo() != null) {
                eventTypes.merge(e.cameo(), 1, Integer::sum);
                if (e.ploverType() != null) {
                    eventTypePlover.putIfAbsent(e.cameo(), e.ploverType());
                }
            }
            if (s != null && t != null && !e.negated()) {
                Edge edge = edges.computeIfAbsent(s + "\u0000" + t, k -> new Edge(s, t));
                edge.count++;
                if (e.quadClass() >= 1 && e.quadClass() <= 4) {
                    edge.quad[e.quadClass()]++;
                }
                if (e.cameo() != null) {
                    edge.codes.merge(e.cameo(), 1, Integer::sum);
                }
            }
        }
    }

    private static String code(EventActor a) {
        return a == null || a.code() == null || a.code().isBlank() ? null : a.code();
    }

    String render(String title) {
        StringBuilder b = new StringBuilder(32768);
        Html.open(b, title, "<h1>" + Html.esc(title) + "</h1>");
        b.append("<div class=\"cards\" id=\"counts\">");
        card(b, rows.size(), "documents");
        card(b, entities, "entities");
        card(b, quotes, "quotes");
        card(b, events, "events");
        card(b, dates, "dates");
        card(b, amounts, "amounts");
        b.append("</div>\n<div class=\"cols\"><div>\n<h2>Top actors</h2>\n");
        topActors(b);
        b.append("</div><div>\n<h2>Top event types</h2>\n");
        topEventTypes(b);
        b.append("</div></div>\n<h2>Who did what to whom</h2>\n");
        b.append(Graph.svg(edges.values(), actorNames, 40));
        b.append("<p class=\"muted\">Arrows go from source to target actor; width grows with the number of events; colour is "
                + "the commonest QuadClass: <span style=\"color:#2f9e44\">verbal cooperation</span>, "
                + "<span style=\"color:#1971c2\">material cooperation</span>, <span style=\"color:#e8590c\">verbal conflict</span>, "
                + "<span style=\"color:#c92a2a\">material conflict</span>. Negated events are left out.</p>\n");
        b.append("<h2>Articles</h2>\n<table id=\"articles\"><tr><th>article</th><th>published</th><th>entities</th><th>quotes</th>"
                + "<th>events</th></tr>\n");
        for (Row r : rows) {
            b.append("<tr><td><a href=\"").append(Html.esc(r.href())).append("\">").append(Html.esc(r.title()))
                    .append("</a> <span class=\"muted\">").append(Html.esc(r.id())).append("</span></td><td>")
                    .append(r.published()).append("</td><td class=\"n\">").append(r.entities()).append("</td><td class=\"n\">")
                    .append(r.quotes()).append("</td><td class=\"n\">").append(r.events()).append("</td></tr>\n");
        }
        b.append("</table>\n");
        Html.close(b);
        return b.toString();
    }

    private static void card(StringBuilder b, int n, String what) {
        b.append("<div class=\"card\" data-count=\"").append(what).append("\"><b>")
                .append(String.format(Locale.ROOT, "%,d", n)).append("</b><span>").append(what).append("</span></div>");
    }

    private void topActors(StringBuilder b) {
        List<Map.Entry<String, int[]>> top = new ArrayList<>(actors.entrySet());
        top.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -(e.getValue()[0] + e.getValue()[1]))
                .thenComparing(Map.Entry::getKey));
        if (top.isEmpty()) {
            b.append("<p class=\"muted\">No coded actors.</p>\n");
            return;
        }
        b.append("<table id=\"top-actors\"><tr><th>code</th><th>name</th><th>as source</th><th>as target</th></tr>\n");
        for (Map.Entry<String, int[]> e : top.subList(0, Math.min(15, top.size()))) {
            b.append("<tr><td><code>").append(Html.esc(e.getKey())).append("</code></td><td>")
                    .append(Html.esc(actorNames.getOrDefault(e.getKey(), ""))).append("</td><td class=\"n\">")
                    .append(e.getValue()[0]).append("</td><td class=\"n\">").append(e.getValue()[1]).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private void topEventTypes(StringBuilder b) {
        List<Map.Entry<String, Integer>> top = new ArrayList<>(eventTypes.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        if (top.isEmpty()) {
            b.append("<p class=\"muted\">No events.</p>\n");
            return;
        }
        b.append("<table id=\"top-events\"><tr><th>CAMEO</th><th>root</th><th>PLOVER</th><th>events</th></tr>\n");
        for (Map.Entry<String, Integer> e : top.subList(0, Math.min(15, top.size()))) {
            b.append("<tr><td><code>").append(Html.esc(e.getKey())).append("</code></td><td>")
                    .append(Html.esc(Cameo.rootName(e.getKey()))).append("</td><td>")
                    .append(Html.esc(eventTypePlover.getOrDefault(e.getKey(), ""))).append("</td><td class=\"n\">")
                    .append(e.getValue()).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }
}
