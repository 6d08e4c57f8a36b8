package org.froissart.output.gdelt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Span;

/**
 * Rows of the GDELT 2.0 Event table (61 tab-separated columns, in the codebook's order) from coded
 * events. Columns Froissart has no value for (religion, ethnicity, coordinates, tone...) are empty.
 */
public final class GdeltEvents {
    /** The 61 columns of the GDELT 2.0 Event table, in order. */
    public static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** CAMEO role and sector codes: an actor code's 3-letter parts that are types rather than groups. */
    static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
            "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
            "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "SET", "REL");

    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private GdeltEvents() {
    }

    /**
     * A GLOBALEVENTID that depends only on the document id and the event's index in the document: the
     * same article gives the same ids in every run, whatever else the run reads. 63 bits of SHA-256.
     */
    public static long eventId(String documentId, int eventIndex) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((documentId + "\u0000" + eventIndex).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            long id = v & Long.MAX_VALUE;
            return id == 0 ? 1 : id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** One row (61 cells, "" when unknown) per event of the document; leaves out negated and hypothetical events unless {@code all}. */
    public static List<List<String>> rows(Document d, boolean all) {
        List<List<String>> rows = new ArrayList<>();
        Span lead = leadParagraph(d.text());
        String dateAdded = d.published() == null ? "" : compact(d.published()) + "000000";
        String url = d.metadata().getOrDefault("url", d.metadata().getOrDefault("link", d.source()));
        String actionPlace = d.dateline().isEmpty() ? "" : d.dateline().get(0);
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            if (!all && !e.factual()) {
                continue;
            }
            List<String> r = new ArrayList<>(COLUMNS.size());
            r.add(Long.toString(eventId(d.id(), i)));
            dates(r, e.date(), d.published());
            actor(r, d, e.source());
            actor(r, d, e.target());
            boolean root = e.trigger() != null && (lead == null || e.trigger().start() < lead.end());
            r.add(root ? "1" : "0");
            String cameo = e.cameo() == null ? "" : e.cameo();
            r.add(cameo);
            r.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
            r.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
            r.add(Integer.toString(e.quadClass()));
            r.add(number(e.goldstein()));
            r.add(Integer.toString(1 + e.repeats().size()));
            r.add("1");
            r.add("1");
            r.add("");
            geo(r, d, e.source());
            geo(r, d, e.target());
            r.add("");
            r.add(actionPlace);
            for (int k = 0; k < 6; k++) {
                r.add("");
            }
            r.add(dateAdded);
            r.add(url);
            rows.add(r);
        }
        return rows;
    }

    private static void dates(List<String> r, String eventDate, LocalDate published) {
        LocalDate day = parseDay(eventDate);
        if (day == null && published != null && (eventDate == null || published.toString().startsWith(eventDate))) {
            day = published;
        }
        if (day != null) {
            r.add(compact(day));
            r.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
            r.add(Integer.toString(day.getYear()));
            r.add(String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0));
        } else if (eventDate != null && eventDate.length() >= 4) {
            r.add("");
            r.add(eventDate.length() >= 7 ? eventDate.substring(0, 4) + eventDate.substring(5, 7) : "");
            r.add(eventDate.substring(0, 4));
            r.add("");
        } else {
            r.add("");
            r.add("");
            r.add("");
            r.add("");
        }
    }

    /** Ten actor columns: code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3. */
    private static void actor(List<String> r, Document d, EventActor a) {
        String code = a == null || a.code() == null ? "" : a.code();
        Entity entity = a == null || a.entity() == null ? null : d.entity(a.entity());
        String name = entity != null ? entity.name() : a != null && a.text() != null ? a.text().text() : "";
        String country = entity != null && entity.country() != null ? entity.country() : "";
        String group = "";
        List<String> types = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (i == 0 && COUNTRIES.contains(part)) {
                if (country.isEmpty()) {
                    country = part;
                }
            } else if (TYPES.contains(part) && !(part.equals("UNO") && types.contains("IGO"))) {
                types.add(part);
            } else if (group.isEmpty()) {
                group = part;
            }
        }
        r.add(code);
        r.add(clean(name).toUpperCase(Locale.ROOT));
        r.add(country);
        r.add(group);
        r.add("");
        r.add("");
        r.add("");
        for (int k = 0; k < 3; k++) {
            r.add(k < types.size() ? types.get(k) : "");
        }
    }

    /** Eight geo columns for an actor: only the full name, and only when the actor is a place. */
    private static void geo(List<String> r, Document d, EventActor a) {
        Entity entity = a == null || a.entity() == null ? null : d.entity(a.entity());
        r.add("");
        r.add(entity != null && entity.type() == EntityType.LOCATION ? clean(entity.name()) : "");
        for (int k = 0; k < 6; k++) {
            r.add("");
        }
    }

    /**
     * The lead: the first paragraph (blank-line separated) that reads as prose, i.e. holds a sentence
     * end. An event whose trigger is in it or before it (title) is a root event. Null when none.
     */
    static Span leadParagraph(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String p = text.substring(start, end).strip();
            if (p.length() > 40 && (p.contains(". ") || p.endsWith(".") || p.endsWith("!") || p.endsWith("?")
                    || p.endsWith("»") || p.endsWith("\""))) {
                return new Span(start, end);
            }
            start = end + 2;
        }
        return null;
    }

    private static LocalDate parseDay(String iso) {
        if (iso == null || iso.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String compact(LocalDate d) {
        return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Tabs and line breaks become spaces: a cell never breaks the row. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }
}
