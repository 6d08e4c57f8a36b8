package org.froissart.extractors.amounts;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.froissart.extractors.temporal.DateRules;
import org.froissart.extractors.temporal.PhraseTable;
import org.froissart.extractors.temporal.RuleFile;

/**
 * Per-language data of the {@link AmountExtractor}, compiled once into an immutable, thread-safe
 * phrase table.
 *
 * <p>Source: {@code froissart/lang/{lang}/numbers.tsv}, UTF-8, tab-separated, {@code #} comments:
 * {@code kind <TAB> phrase <TAB> value <TAB> flags}. Kinds:
 * <ul>
 * <li>{@code number}: number word below 100 ("deux" 2, "quatre-vingt" 80, "twenty" 20); additive</li>
 * <li>{@code hundred}: "cent", "hundred" (multiplies what precedes, value 100)</li>
 * <li>{@code scale}: "mille", "million(s)", "milliard(s)", "thousand", "billion"; also accepted after
 *     digits ("10 millions")</li>
 * <li>{@code multiplier}: abbreviation only accepted after digits ("M", "Mds", "bn", "m")</li>
 * <li>{@code currency}: currency word or symbol; counts as the object</li>
 * <li>{@code percent}: "%", "pour cent", "percent"; counts as the object</li>
 * <li>{@code complement}: "de", "d'", "of": links a scale to its object ("millions d'euros") and a noun to
 *     its complement ("navires de guerre")</li>
 * <li>{@code connector}: "et", "and" inside number words ("vingt et un", "hundred and five")</li>
 * <li>{@code ordinal_suffix}: glued to digits makes an ordinal ("1er", "2e", "21st"): not an amount</li>
 * <li>{@code time}: after digits makes a clock time ("10h30", "10 am"): not an amount</li>
 * <li>{@code stop}: words that are never the counted object (articles, prepositions, auxiliaries)</li>
 * <li>{@code setting}: {@code decimal} and {@code group}, comma-separated among
 *     {@code comma, dot, space, apostrophe} ({@code space} = U+0020, U+00A0, U+202F, U+2009)</li>
 * </ul>
 * Flags: {@code article} (number word that is also an article - "un", "one", "a" - only counted when
 * a hundred/scale word follows: "un million"), {@code prefix} (currency written before the number,
 * "$10"), {@code currency} (multiplier only valid next to a currency: "$10m"), {@code cs}
 * (case-sensitive: "M" is a multiplier, "m" a metre).
 *
 * <p>Month and weekday names of the same language's {@code dates.tsv} are used to skip day numbers
 * ("14 juillet", "Nov. 12").
 */
public final class AmountRules {
    /** Entry kinds, see the class comment. */
    public enum Kind {
        NUMBER, HUNDRED, SCALE, MULTIPLIER, CURRENCY, PERCENT, COMPLEMENT, CONNECTOR, ORDINAL_SUFFIX, TIME, STOP
    }

    /** One compiled entry. */
    public record Entry(Kind kind, double value, boolean article, boolean prefix, boolean needsCurrency) {
    }

    public static final String FILE = "numbers.tsv";

    private final String language;
    private final PhraseTable<Entry> table;
    private final PhraseTable<Entry> starters;
    private final DateRules dates;
    private final String decimalChars;
    private final String groupChars;
    private final boolean groupSpace;

    private AmountRules(String language, PhraseTable<Entry> table, PhraseTable<Entry> starters, DateRules dates,
            String decimalChars, String groupChars, boolean groupSpace) {
        this.language = language;
        this.table = table;
        this.starters = starters;
        this.dates = dates;
        this.decimalChars = decimalChars;
        this.groupChars = groupChars;
        this.groupSpace = groupSpace;
    }

    /**
     * Loads {@code froissart/lang/{lang}/numbers.tsv} and the month/weekday names of
     * {@code froissart/lang/{lang}/dates.tsv} through {@code opener} (null for a missing resource).
     *
     * @throws IllegalArgumentException when a resource is missing (the message names it) or malformed
     */
    public static AmountRules load(Function<String, InputStream> opener, String lang) {
        List<RuleFile.Line> lines = RuleFile.read(opener, lang, FILE);
        return compile(lang, lines, DateRules.load(opener, lang));
    }

    /** Compiles inline TSV text; {@code dates} may be null (no date-name skipping). */
    public static AmountRules parse(String lang, String tsv, DateRules dates) {
        return compile(lang, RuleFile.parse(tsv, "<inline " + lang + " " + FILE + ">"), dates);
    }

    private static AmountRules compile(String lang, List<RuleFile.Line> lines, DateRules dates) {
        PhraseTable.Builder<Entry> b = PhraseTable.builder();
        PhraseTable.Builder<Entry> startB = PhraseTable.builder();
        String decimal = ",.";
        String group = "";
        boolean groupSpace = false;
        boolean decimalSet = false;
        for (RuleFile.Line line : lines) {
            String kindName = line.cell(0).toLowerCase(Locale.ROOT);
            String phrase = line.cell(1);
            if (phrase.isEmpty()) {
                throw line.error("missing phrase");
            }
            if (kindName.equals("setting")) {
                StringBuilder chars = new StringBuilder();
                boolean space = false;
                for (String s : line.cell(2).split(",")) {
                    switch (s.strip().toLowerCase(Locale.ROOT)) {
                        case "" -> { }
                        case "comma" -> chars.append(',');
                        case "dot" -> chars.append('.');
                        case "apostrophe" -> chars.append('\'');
                        case "space" -> space = true;
                        default -> throw line.error("unknown separator '" + s + "'");
                    }
                }
                switch (phrase) {
                    case "decimal" -> {
                        decimal = chars.toString();
                        decimalSet = true;
                    }
                    case "group" -> {
                        group = chars.toString();
                        groupSpace = space;
                    }
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
            double value = 0;
            String v = line.cell(2);
            if (!v.isEmpty()) {
                try {
                    value = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw line.error("bad value '" + v + "'");
                }
            }
            if ((kind == Kind.NUMBER || kind == Kind.SCALE || kind == Kind.MULTIPLIER) && value <= 0
                    && !(kind == Kind.NUMBER && v.equals("0"))) {
                throw line.error(kindName + " needs a value");
            }
            if (kind == Kind.NUMBER && value >= 100) {
                throw line.error("number words must be below 100; use hundred/scale");
            }
            boolean article = false;
            boolean prefix = false;
            boolean needsCurrency = false;
            boolean cs = false;
            for (String f : line.cell(3).split(",")) {
                switch (f.strip()) {
                    case "" -> { }
                    case "article" -> article = true;
                    case "prefix" -> prefix = true;
                    case "currency" -> needsCurrency = true;
                    case "cs" -> cs = true;
                    default -> throw line.error("unknown flag '" + f + "'");
                }
            }
            try {
                Entry entry = new Entry(kind, kind == Kind.HUNDRED ? 100 : value, article, prefix, needsCurrency);
                b.add(phrase, entry, cs);
                if (kind == Kind.NUMBER || kind == Kind.HUNDRED || kind == Kind.SCALE || (kind == Kind.CURRENCY && prefix)) {
                    startB.add(phrase, entry, cs);
                }
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        if (!decimalSet && group.isEmpty()) {
            decimal = ",.";
        }
        return new AmountRules(lang, b.build(), startB.build(), dates, decimal, group, groupSpace);
    }

    public String language() {
        return language;
    }

    public PhraseTable<Entry> table() {
        return table;
    }

    /** The entries that can start an amount (number words, prefix currencies): the scan's pre-filter. */
    public PhraseTable<Entry> starters() {
        return starters;
    }

    /** The date rules used to skip day numbers, or null. */
    public DateRules dates() {
        return dates;
    }

    /** Characters that may separate the decimal part ("," and "." for French, "." for English). */
    public boolean isDecimal(char c) {
        return decimalChars.indexOf(c) >= 0;
    }

    /** Characters that may separate groups of three digits ("." for French, "," for English). */
    public boolean isGroup(char c) {
        return groupChars.indexOf(c) >= 0;
    }

    /** Whether a single space, no-break space, narrow no-break space or thin space separates groups. */
    public boolean groupSpace() {
        return groupSpace;
    }

    static boolean isGroupSpaceChar(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }
}
