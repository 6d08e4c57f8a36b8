package org.froissart.output.gdelt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.froissart.api.Amount;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Event;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.TemporalExpression;

/**
 * One row per document in the spirit of the GDELT Global Knowledge Graph 2.1: who and what a document
 * mentions, with character offsets, in GKG's delimited-list style. Column names and list formats are
 * documented in docs/outputs.md.
 */
public final class GdeltGkg {
    public static final List<String> COLUMNS = List.of(
            "GKGRECORDID", "DATE", "SourceCommonName", "DocumentIdentifier", "Language", "Title",
            "Persons", "Organizations", "Locations", "ActorCodes", "Quotations", "Amounts", "Dates", "Events");

    private GdeltGkg() {
    }

    public static List<String> row(Document d) {
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(GdeltEvents.clean(d.id()));
        r.add(d.published() == null ? "" : GdeltEvents.compact(d.published()) + "000000");
        r.add(GdeltEvents.clean(d.source()));
        r.add(GdeltEvents.clean(d.metadata().getOrDefault("url", d.metadata().getOrDefault("link", d.source()))));
        r.add(d.language() == null ? "" : d.language());
        r.add(GdeltEvents.clean(d.title()));
        r.add(names(d, EntityType.PERSON));
        r.add(names(d, EntityType.ORGANIZATION));
        r.add(locations(d));
        Set<String> codes = new LinkedHashSet<>();
        for (Entity e : d.entities()) {
            if (e.code() != null) {
                codes.add(item(e.code()));
            }
        }
        r.add(String.join(";", codes));
        r.add(quotations(d));
        List<String> amounts = new ArrayList<>();
        for (Amount a : d.amounts()) {
            amounts.add(GdeltEvents.number(a.value()) + "," + item(a.object()) + "," + a.start());
        }
        r.add(String.join(";", amounts));
        List<String> dates = new ArrayList<>();
        for (TemporalExpression t : d.dates()) {
            String v = t.value();
            if (v == null) {
                continue;
            }
            int resolution = v.length() == 10 ? 3 : v.length() == 7 ? 2 : 1;
            String month = v.length() >= 7 ? Integer.toString(Integer.parseInt(v.substring(5, 7))) : "0";
            String day = v.length() == 10 ? Integer.toString(Integer.parseInt(v.substring(8, 10))) : "0";
            dates.add(resolution + "#" + month + "#" + day + "#" + v.substring(0, 4) + "#" + t.start());
        }
        r.add(String.join(";", dates));
        List<String> events = new ArrayList<>();
        for (Event e : d.events()) {
            events.add(item(e.cameo()) + "#" + item(e.source() == null ? null : e.source().code()) + "#"
                    + item(e.target() == null ? null : e.target().code()) + "#"
                    + (e.trigger() == null ? "" : Integer.toString(e.trigger().start())));
        }
        r.add(String.join(";", events));
        return r;
    }

    /** "Name,Offset;..." for every mention of every entity of the type, in text order. */
    private static String names(Document d, EntityType type) {
        List<long[]> order = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Entity e : d.entities()) {
            if (e.type() != type) {
                continue;
            }
            for (Mention m : e.mentions()) {
                order.add(new long[] {m.start(), items.size()});
                items.add(item(e.name()) + "," + m.start());
            }
        }
        return inTextOrder(order, items);
    }

    /** "Name#Country#Code#Offset;..." for every mention of a place, in text order. */
    private static String locations(Document d) {
        List<long[]> order = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Entity e : d.entities()) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                order.add(new long[] {m.start(), items.size()});
                items.add(item(e.name()) + "#" + item(e.country()) + "#" + item(e.code()) + "#" + m.start());
            }
        }
        return inTextOrder(order, items);
    }

    /** "Offset|Length|Speaker|Quote#..." (GKG's V2.1QUOTATIONS with the speaker where GKG puts the verb). */
    private static String quotations(Document d) {
        List<String> items = new ArrayList<>();
        for (Quote q : d.quotes()) {
            Entity speaker = q.speaker() == null ? null : d.entity(q.speaker());
            String who = speaker != null ? speaker.name() : q.speakerText();
            items.add(q.start() + "|" + (q.end() - q.start()) + "|" + item(who) + "|" + item(q.text()));
        }
        return String.join("#", items);
    }

    private static String inTextOrder(List<long[]> order, List<String> items) {
        order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<String> out = new ArrayList<>(items.size());
        for (long[] o : order) {
            out.add(items.get((int) o[1]));
        }
        return String.join(";", out);
    }

    /** A value inside a delimited list: the list delimiters (; , # |), tabs and line breaks become spaces. */
    static String item(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == ';' || c == ',' || c == '#' || c == '|' || c == '\t' || c == '\n' || c == '\r'
                    || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
        }
        return b.toString();
    }
}
