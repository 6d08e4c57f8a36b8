package org.froissart.extractors.temporal;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Per-language data of the {@link DateExtractor}, compiled once into an immutable, thread-safe
 * phrase table.
 *
 * <p>Source: {@code froissart/lang/{lang}/dates.tsv}, UTF-8, tab-separated, {@code #} comments:
 * <pre>
 * kind &lt;TAB&gt; phrase &lt;TAB&gt; value &lt;TAB&gt; flags
 * </pre>
 * <table>
 * <caption>kinds</caption>
 * <tr><td>month</td><td>month name; value 1-12</td></tr>
 * <tr><td>weekday</td><td>weekday name; value ISO 1 (Monday) - 7 (Sunday)</td></tr>
 * <tr><td>rel_day</td><td>day relative to publication ("hier" -1); value = offset in days</td></tr>
 * <tr><td>rel_week</td><td>week relative to publication; reported with a null value</td></tr>
 * <tr><td>rel_month</td><td>month relative to publication ("le mois dernier" -1, "ce mois-ci" 0)</td></tr>
 * <tr><td>rel_year</td><td>year relative to publication ("l'an dernier" -1)</td></tr>
 * <tr><td>before_name</td><td>modifier before a weekday or month name ("last" -1, "next" 1, "this" 0)</td></tr>
 * <tr><td>after_name</td><td>modifier after a weekday or month name ("dernier" -1, "prochain" 1)</td></tr>
 * <tr><td>period_prefix</td><td>kept in the span before a month or a year, value unchanged ("début", "mi-", "late")</td></tr>
 * <tr><td>year_prep</td><td>word that makes a following bare 4-digit number a year ("en", "in"); not in the span</td></tr>
 * <tr><td>day_suffix</td><td>ordinal suffix glued to a day number ("1er", "1st")</td></tr>
 * <tr><td>setting</td><td>{@code numeric_order DMY|MDY}: order of d/m/y in 12/11/2024;
 *   {@code capitalized_names true|false}: month and weekday names only match with an initial capital</td></tr>
 * </table>
 * Flags (comma-separated): {@code abbr} (month abbreviation: may take a trailing dot, never used alone),
 * {@code no_alone} (month name only recognised next to a day, a year or a modifier, e.g. English "may"),
 * {@code dot} (abbreviation only recognised with its trailing dot, e.g. French "sept." which is also
 * the number seven), {@code cs} (case-sensitive phrase).
 */
public final class DateRules {
    /** Entry kinds, see the class comment. */
    public enum Kind {
        MONTH, WEEKDAY, REL_DAY, REL_WEEK, REL_MONTH, REL_YEAR, BEFORE_NAME, AFTER_NAME, PERIOD_PREFIX,
        YEAR_PREP, DAY_SUFFIX
    }

    /** One compiled entry. */
    public record Entry(Kind kind, int value, boolean abbreviation, boolean alone, boolean needsDot) {
    }

    public static final String FILE = "dates.tsv";

    private final String language;
    private final PhraseTable<Entry> table;
    private final boolean dayFirst;
    private final boolean capitalizedNames;

    private DateRules(String language, PhraseTable<Entry> table, boolean dayFirst, boolean capitalizedNames) {
        this.language = language;
        this.table = table;
        this.dayFirst = dayFirst;
        this.capitalizedNames = capitalizedNames;
    }

    /**
     * Loads {@code froissart/lang/{lang}/dates.tsv} through {@code opener} (which returns null for a
     * missing resource, e.g. {@code classLoader::getResourceAsStream}).
     *
     * @throws IllegalArgumentException when the resource is missing (the message names it) or malformed
     */
    public static DateRules load(Function<String, InputStream> opener, String lang) {
        return compile(lang, RuleFile.read(opener, lang, FILE));
    }

    /** Compiles inline TSV text (tests, embedded tables). */
    public static DateRules parse(String lang, String tsv) {
        return compile(lang, RuleFile.parse(tsv, "<inline " + lang + " " + FILE + ">"));
    }

    private static DateRules compile(String lang, List<RuleFile.Line> lines) {
        PhraseTable.Builder<Entry> b = PhraseTable.builder();
        boolean dayFirst = true;
        boolean capitalized = false;
        for (RuleFile.Line line : lines) {
            String kindName = line.cell(0).toLowerCase(Locale.ROOT);
            String phrase = line.cell(1);
            if (phrase.isEmpty()) {
                throw line.error("missing phrase");
            }
            if (kindName.equals("setting")) {
                String v = line.cell(2);
                switch (phrase) {
                    case "numeric_order" -> {
                        if (v.equalsIgnoreCase("DMY")) {
                            dayFirst = true;
                        } else if (v.equalsIgnoreCase("MDY")) {
                            dayFirst = false;
                        } else {
                            throw line.error("numeric_order must be DMY or MDY: " + v);
                        }
                    }
                    case "capitalized_names" -> capitalized = Boolean.parseBoolean(v);
                    default -> throw line.error("unknown setting " + phrase);
                }
                continue;
            }
            Kind kind;
            try {
                kind = Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + line.cell(0) + "'");
            }
            int value = 0;
            String v = line.cell(2);
            if (!v.isEmpty()) {
                try {
                    value = Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
                } catch (NumberFormatException e) {
                    throw line.error("bad value '" + v + "'");
                }
            }
            if (kind == Kind.MONTH && (value < 1 || value > 12)) {
                throw line.error("month value must be 1-12");
            }
            if (kind == Kind.WEEKDAY && (value < 1 || value > 7)) {
                throw line.error("weekday value must be 1-7");
            }
            boolean abbr = false;
            boolean noAlone = false;
            boolean cs = false;
            boolean dot = false;
            for (String f : line.cell(3).split(",")) {
                switch (f.strip()) {
                    case "" -> { }
                    case "abbr" -> abbr = true;
                    case "no_alone" -> noAlone = true;
                    case "cs" -> cs = true;
                    case "dot" -> {
                        abbr = true;
                        dot = true;
                    }
                    default -> throw line.error("unknown flag '" + f + "'");
                }
            }
            try {
                b.add(phrase, new Entry(kind, value, abbr, !abbr && !noAlone, dot), cs);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return new DateRules(lang, b.build(), dayFirst, capitalized);
    }

    /**
     * A month or weekday name (per {@code kind}) at token {@code i}, honouring the capitalization
     * setting; for abbreviations the match includes a glued trailing dot ("nov."), and {@code dot}
     * abbreviations only match with it. Null when there is none.
     */
    public PhraseTable.Match<Entry> name(ScannedText t, int i, java.util.function.Predicate<Entry> kind) {
        if (!t.isType(i, ScannedText.WORD) || !table.startsAt(t, i)) {
            return null;
        }
        if (capitalizedNames && !t.capitalized(i)) {
            return null;
        }
        PhraseTable.Match<Entry> m = table.longest(t, i, kind);
        if (m == null || !m.entry().abbreviation()) {
            return m;
        }
        int k = m.end();
        if (t.isSymbol(k, '.') && t.adjacent(k)) {
            return new PhraseTable.Match<>(m.start(), k + 1, m.entry());
        }
        if (m.entry().needsDot()) {
            return null;
        }
        return m;
    }

    public String language() {
        return language;
    }

    public PhraseTable<Entry> table() {
        return table;
    }

    /** True when 12/11/2024 is 12 November (DMY), false for MDY. */
    public boolean dayFirst() {
        return dayFirst;
    }

    /** True when month and weekday names must start with a capital letter (English). */
    public boolean capitalizedNames() {
        return capitalizedNames;
    }
}
