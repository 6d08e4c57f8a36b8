package org.froissart.extractors.amounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.froissart.api.Amount;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;
import org.froissart.extractors.amounts.AmountRules.Entry;
import org.froissart.extractors.amounts.AmountRules.Kind;
import org.froissart.extractors.temporal.DateRules;
import org.froissart.extractors.temporal.PhraseTable;
import org.froissart.extractors.temporal.PhraseTable.Match;
import org.froissart.extractors.temporal.ScannedText;

/**
 * Language-independent engine that finds amounts and what they count; all language knowledge is
 * in {@link AmountRules}. One left-to-right pass over {@link ScannedText} tokens, hash lookups
 * only, no regular expressions. Immutable and thread-safe.
 *
 * <h2>Numbers</h2>
 * <ul>
 * <li>digits with the language's group separators ("839.000", "1,500", "1 500" with a space,
 *     no-break or narrow no-break space; the first group has 1-3 digits, the others exactly 3) and
 *     decimal separators ("8,5", "2.5"), optionally followed by a scale word or multiplier
 *     ("10 millions", "1,5 Md", "$10m")</li>
 * <li>number words combined by the usual rules ("vingt et un", "quatre-vingt-dix-sept",
 *     "deux cent mille", "twenty-one", "one hundred and five"). Article-like words ("un", "une",
 *     "one", "a") only count when a hundred/scale word follows ("un million"); "un bateau" is not an
 *     amount.</li>
 * </ul>
 * Not reported: years (4 digits, no separator, 1800-2100, unless a currency, percent or multiplier
 * follows), numbers next to a month or weekday name ("14 juillet", "Nov. 12", "mardi 12"), clock
 * times ("10h30", "10 h", "10:30", "10 am"), ordinals ("1er", "2e", "21st"; ordinal words are simply
 * not in the tables), slash/colon chains ("12/11/2024", "1/3", "3:1"), dot/dash chains of three
 * numbers that are not a valid grouping ("12.11.2024", "2024-11-12", "1.2.3"), identifiers glued to
 * letters ("A320", "COVID-19"), numbers with a leading zero ("007"), numbers of more than 15 integer
 * digits, and anything overlapping a skip span.
 *
 * <h2>Object</h2>
 * The object is always a substring of the text, as written (not normalized):
 * <ol>
 * <li>a currency written before the number: "$10 million" → object "$", value 10000000;</li>
 * <li>else a percent or currency phrase right after the number (and multiplier): "8,5 %" → "%",
 *     "10 M€" → "€", "10 millions d'euros" → "euros" (after a scale/multiplier, a complement word
 *     "de/d'/of" is skipped);</li>
 * <li>else the next word if it is not a stop word, number word or date name, joined to
 *     hyphenated parts, and extended by one complement ("de", "d'", "of") + one lower-case word
 *     that is not a stop word: "huit navires de guerre" → "navires de guerre", but
 *     "21 personnes de la ville" → "personnes" and "300 habitants de Paris" → "habitants";</li>
 * <li>else null (the amount is still reported).</li>
 * </ol>
 * The amount's span runs from the number (or its currency prefix) to the end of the object.
 */
public final class AmountExtractor {
    private static final Predicate<Entry> NUM_WORD = e -> e.kind() == Kind.NUMBER || e.kind() == Kind.HUNDRED
            || e.kind() == Kind.SCALE;
    private static final Predicate<Entry> AFTER_DIGITS = e -> e.kind() == Kind.SCALE || e.kind() == Kind.MULTIPLIER;
    private static final Predicate<Entry> CURRENCY = e -> e.kind() == Kind.CURRENCY;
    private static final Predicate<Entry> PREFIX_CURRENCY = e -> e.kind() == Kind.CURRENCY && e.prefix();
    private static final Predicate<Entry> UNIT = e -> e.kind() == Kind.CURRENCY || e.kind() == Kind.PERCENT;
    private static final Predicate<Entry> COMPLEMENT = e -> e.kind() == Kind.COMPLEMENT;
    private static final Predicate<Entry> CONNECTOR = e -> e.kind() == Kind.CONNECTOR;
    private static final Predicate<Entry> ORDINAL = e -> e.kind() == Kind.ORDINAL_SUFFIX;
    private static final Predicate<Entry> TIME = e -> e.kind() == Kind.TIME;
    private static final Predicate<Entry> STOP = e -> e.kind() == Kind.STOP;
    private static final Predicate<DateRules.Entry> DATE_NAME = e -> e.kind() == DateRules.Kind.MONTH
            || e.kind() == DateRules.Kind.WEEKDAY;

    private static final int MAX_INT_DIGITS = 15;
    private static final char[] CHAIN_SEPARATORS = {'.', '-', ','};

    private final AmountRules rules;
    private final PhraseTable<Entry> table;
    private final PhraseTable<Entry> starters;
    private final DateRules dates;

    public AmountExtractor(AmountRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.table = rules.table();
        this.starters = rules.starters();
        this.dates = rules.dates();
    }

    public AmountRules rules() {
        return rules;
    }

    /** Amounts of {@code text}, in text order, non-overlapping. */
    public List<Amount> find(String text) {
        return find(text, null);
    }

    /** Amounts of {@code text} that do not overlap any of {@code skip} (e.g. the date expressions). */
    public List<Amount> find(String text, Collection<Span> skip) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ScannedText t = ScannedText.of(text);
        Skips skips = Skips.of(skip, text.length());
        List<Amount> out = new ArrayList<>();
        Result r = new Result();
        int n = t.size();
        int i = 0;
        while (i < n) {
            byte type = t.type(i);
            r.reset();
            if (type == ScannedText.NUMBER) {
                digits(t, i, -1, skips, r);
            } else if (starters.startsAt(t, i)) {
                Match<Entry> p = starters.longest(t, i, PREFIX_CURRENCY);
                if (p != null && t.isType(p.end(), ScannedText.NUMBER) && gapAtMostOneSpace(t, p.end())) {
                    digits(t, p.end(), i, skips, r);
                } else if (type == ScannedText.WORD) {
                    words(t, i, skips, r);
                }
            }
            if (r.emit) {
                int s = t.start(r.startTok);
                int e = t.end(r.endTok - 1);
                String object = r.objStart < 0 ? null : text.substring(t.start(r.objStart), t.end(r.objEnd - 1));
                out.add(new Amount(s, e, text.substring(s, e), r.value, object));
                i = r.endTok;
            } else {
                i = Math.max(i + 1, r.skipTo);
            }
        }
        return out;
    }

    /** Skip spans of the given temporal expressions, for {@link #find(String, Collection)}. */
    public static List<Span> spansOf(Collection<TemporalExpression> expressions) {
        List<Span> spans = new ArrayList<>(expressions.size());
        for (TemporalExpression e : expressions) {
            spans.add(new Span(e.start(), e.end()));
        }
        return spans;
    }

    private static final class Result {
        boolean emit;
        int skipTo;
        int startTok;
        int endTok;
        int objStart;
        int objEnd;
        double value;

        void reset() {
            emit = false;
            skipTo = 0;
            objStart = -1;
            objEnd = -1;
        }

        void skip(int to) {
            emit = false;
            skipTo = to;
        }
    }

    // ---------------------------------------------------------------- digits

    private void digits(ScannedText t, int i, int prefixTok, Skips skips, Result r) {
        String text = t.text();
        int len = t.length(i);
        if (prefixTok < 0 && t.adjacent(i)
                && (t.type(i - 1) == ScannedText.WORD
                || (t.isSymbol(i - 1, '-') && t.adjacent(i - 1) && t.type(i - 2) == ScannedText.WORD))) {
            r.skip(skipChain(t, i));
            return;
        }
        int chain = dateLikeChain(t, i);
        if (chain > 0) {
            r.skip(chain);
            return;
        }
        if (len > 1 && text.charAt(t.start(i)) == '0') {
            r.skip(skipChain(t, i));
            return;
        }
        // integer part with group separators
        int end = i + 1;
        int intDigits = len;
        boolean grouped = false;
        if (len <= 3) {
            while (true) {
                if (t.isType(end, ScannedText.SYMBOL) && t.length(end) == 1 && t.adjacent(end)
                        && rules.isGroup(text.charAt(t.start(end))) && isNum(t, end + 1, 3) && t.adjacent(end + 1)) {
                    end += 2;
                } else if (rules.groupSpace() && isNum(t, end, 3) && t.start(end) - t.end(end - 1) == 1
                        && AmountRules.isGroupSpaceChar(text.charAt(t.start(end) - 1))) {
                    end += 1;
                } else {
                    break;
                }
                intDigits += 3;
                grouped = true;
            }
        }
        int intEnd = end;
        // decimal part
        int fracTok = -1;
        if (t.isType(end, ScannedText.SYMBOL) && t.length(end) == 1 && t.adjacent(end)
                && rules.isDecimal(text.charAt(t.start(end))) && t.isType(end + 1, ScannedText.NUMBER)
                && t.adjacent(end + 1)) {
            fracTok = end + 1;
            end += 2;
        }
        if (intDigits > MAX_INT_DIGITS) {
            r.skip(skipChain(t, end - 1));
            return;
        }
        if (skips.overlaps(t.start(prefixTok >= 0 ? prefixTok : i), t.end(end - 1))) {
            r.skip(end);
            return;
        }
        // clock times, ordinals, dates
        if (t.isType(end, ScannedText.WORD)) {
            Match<Entry> tm = table.longest(t, end, TIME);
            if (tm != null && fracTok < 0) {
                int to = tm.end();
                if (isNum(t, to, 2) && (t.adjacent(to) || t.start(to) - t.end(to - 1) == 1)) {
                    to++;
                }
                r.skip(to);
                return;
            }
            if (t.adjacent(end) && fracTok < 0 && table.longest(t, end, ORDINAL) != null) {
                r.skip(end + 1);
                return;
            }
        }
        if (prefixTok < 0 && isDateName(t, end)) {
            r.skip(end);
            return;
        }
        if (prefixTok < 0 && (isDateName(t, i - 1) || (t.isSymbol(i - 1, '.') && isDateName(t, i - 2)))) {
            r.skip(end);
            return;
        }
        double value = parse(t, i, intEnd, fracTok);
        // scale or multiplier
        boolean multiplied = false;
        Match<Entry> mult = table.longest(t, end, AFTER_DIGITS);
        if (mult != null && mult.entry().needsCurrency()) {
            if (prefixTok < 0 && table.longest(t, mult.end(), CURRENCY) == null) {
                mult = null;
            }
        }
        if (mult != null && skips.overlaps(t.start(end), t.end(mult.end() - 1))) {
            mult = null;
        }
        if (mult != null) {
            value *= mult.entry().value();
            end = mult.end();
            multiplied = true;
        }
        boolean year = !grouped && fracTok < 0 && !multiplied && len == 4 && prefixTok < 0;
        if (year) {
            int y = t.intValue(i);
            if (y >= 1800 && y <= 2100 && table.longest(t, end, UNIT) == null) {
                r.skip(end);
                return;
            }
        }
        r.startTok = prefixTok >= 0 ? prefixTok : i;
        r.value = value;
        r.endTok = end;
        r.emit = true;
        if (prefixTok >= 0) {
            r.objStart = prefixTok;
            r.objEnd = i;
            return;
        }
        object(t, end, multiplied, skips, r);
    }

    private static boolean isNum(ScannedText t, int i, int len) {
        return t.isType(i, ScannedText.NUMBER) && t.length(i) == len;
    }

    private static boolean gapAtMostOneSpace(ScannedText t, int i) {
        return t.adjacent(i) || (i > 0 && t.start(i) - t.end(i - 1) == 1);
    }

    /** End (exclusive) of the run of glued digits, letters and . , / : - symbols starting at i. */
    private static int skipChain(ScannedText t, int i) {
        int k = i + 1;
        while (k < t.size() && t.adjacent(k)) {
            if (t.type(k) == ScannedText.SYMBOL) {
                if (!(t.isSymbol(k, '.') || t.isSymbol(k, ',') || t.isSymbol(k, '/') || t.isSymbol(k, ':')
                        || t.isSymbol(k, '-')) || !t.adjacent(k + 1) || t.type(k + 1) == ScannedText.SYMBOL) {
                    break;
                }
            }
            k++;
        }
        return k;
    }

    /**
     * If digits at i start a slash/colon pair or a three-part dot/dash/comma chain that is not a valid
     * thousands grouping, the token after the chain; else 0.
     */
    private int dateLikeChain(ScannedText t, int i) {
        if (!t.adjacent(i + 1) || !t.adjacent(i + 2) || !t.isType(i + 2, ScannedText.NUMBER)) {
            return 0;
        }
        if (t.isSymbol(i + 1, '/') || t.isSymbol(i + 1, ':')) {
            return skipChain(t, i);
        }
        for (char sep : CHAIN_SEPARATORS) {
            if (t.isSymbol(i + 1, sep) && t.isSymbol(i + 3, sep) && t.adjacent(i + 3) && t.adjacent(i + 4)
                    && t.isType(i + 4, ScannedText.NUMBER)) {
                boolean grouping = rules.isGroup(sep) && t.length(i) <= 3 && t.length(i + 2) == 3
                        && t.length(i + 4) == 3;
                return grouping ? 0 : skipChain(t, i);
            }
        }
        return 0;
    }

    private static double parse(ScannedText t, int from, int intEnd, int fracTok) {
        String text = t.text();
        if (fracTok < 0) {
            long v = 0; // at most 15 digits: exact
            for (int k = from; k < intEnd; k++) {
                if (t.type(k) == ScannedText.NUMBER) {
                    for (int c = t.start(k); c < t.end(k); c++) {
                        v = v * 10 + (text.charAt(c) - '0');
                    }
                }
            }
            return v;
        }
        StringBuilder sb = new StringBuilder(24);
        for (int k = from; k < intEnd; k++) {
            if (t.type(k) == ScannedText.NUMBER) {
                sb.append(text, t.start(k), t.end(k));
            }
        }
        if (fracTok >= 0) {
            sb.append('.').append(text, t.start(fracTok), t.end(fracTok));
        }
        return Double.parseDouble(sb.toString());
    }

    private boolean isDateName(ScannedText t, int i) {
        return dates != null && dates.name(t, i, DATE_NAME) != null;
    }

    // ---------------------------------------------------------------- words

    private void words(ScannedText t, int i, Skips skips, Result r) {
        Match<Entry> m = table.longest(t, i, NUM_WORD);
        if (m == null) {
            return;
        }
        boolean article = m.entry().article();
        double total = 0;
        double current = 0;
        Kind lastKind = null;
        double lastAdd = 0;
        double lastScale = Double.MAX_VALUE;
        int count = 0;
        int end = i;
        while (m != null) {
            Entry e = m.entry();
            double v = e.value();
            switch (e.kind()) {
                case NUMBER -> {
                    current += v;
                    lastAdd = v;
                }
                case HUNDRED -> {
                    current = (current == 0 ? 1 : current) * 100;
                    lastAdd = 0;
                }
                default -> {
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                    lastScale = v;
                    lastAdd = 0;
                }
            }
            lastKind = e.kind();
            count++;
            end = m.end();
            // next word, possibly joined by '-', a connector, or both ("vingt-et-un")
            int j = end;
            if (t.isSymbol(j, '-') && t.adjacent(j) && t.adjacent(j + 1)) {
                j++;
            }
            Match<Entry> c = table.longest(t, j, CONNECTOR);
            if (c != null) {
                j = c.end();
                if (t.isSymbol(j, '-') && t.adjacent(j) && t.adjacent(j + 1)) {
                    j++;
                }
            }
            Match<Entry> nx = table.longest(t, j, NUM_WORD);
            if (nx == null || !combines(lastKind, lastAdd, current, lastScale, nx.entry())) {
                break;
            }
            m = nx;
        }
        if (article && count == 1) {
            r.skip(end);
            return;
        }
        if (skips.overlaps(t.start(i), t.end(end - 1))) {
            r.skip(end);
            return;
        }
        if (isDateName(t, end) || isDateName(t, i - 1)) {
            r.skip(end);
            return;
        }
        r.startTok = i;
        r.endTok = end;
        r.value = total + current;
        r.emit = true;
        object(t, end, lastKind == Kind.SCALE, skips, r);
    }

    private static boolean combines(Kind lastKind, double lastAdd, double current, double lastScale, Entry next) {
        double v = next.value();
        switch (next.kind()) {
            case NUMBER:
                if (v < 1) {
                    return false;
                }
                if (lastKind == Kind.NUMBER) {
                    return lastAdd >= 20 && lastAdd % 10 == 0 && v < 20 && v < lastAdd;
                }
                return v < 100;
            case HUNDRED:
                return (lastKind == Kind.NUMBER && current >= 1 && current < 100) || lastKind == Kind.SCALE;
            case SCALE:
                return lastKind != Kind.SCALE && v < lastScale;
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------- object

    private void object(ScannedText t, int j, boolean multiplied, Skips skips, Result r) {
        Match<Entry> unit = table.longest(t, j, UNIT);
        if (unit == null && multiplied) {
            Match<Entry> comp = table.longest(t, j, COMPLEMENT);
            if (comp != null) {
                unit = table.longest(t, comp.end(), CURRENCY);
                if (unit == null && nounAt(t, comp.end(), skips)) {
                    j = comp.end();
                }
            }
        }
        if (unit != null) {
            if (!skips.overlaps(t.start(unit.start()), t.end(unit.end() - 1))) {
                r.objStart = unit.start();
                r.objEnd = unit.end();
                r.endTok = unit.end();
            }
            return;
        }
        if (!nounAt(t, j, skips)) {
            return;
        }
        int e = compound(t, j);
        Match<Entry> comp = table.longest(t, e, COMPLEMENT);
        if (comp != null && nounAt(t, comp.end(), skips) && !t.capitalized(comp.end())) {
            e = compound(t, comp.end());
        }
        if (skips.overlaps(t.start(j), t.end(e - 1))) {
            e = compound(t, j);
            if (skips.overlaps(t.start(j), t.end(e - 1))) {
                return;
            }
        }
        r.objStart = j;
        r.objEnd = e;
        r.endTok = e;
    }

    /** A word that may be a counted object. */
    private boolean nounAt(ScannedText t, int j, Skips skips) {
        if (!t.isType(j, ScannedText.WORD) || skips.overlaps(t.start(j), t.end(j))) {
            return false;
        }
        if (table.startsAt(t, j)) {
            Match<Entry> m = table.longest(t, j, e -> e.kind() == Kind.STOP || NUM_WORD.test(e)
                    || e.kind() == Kind.COMPLEMENT || e.kind() == Kind.CONNECTOR);
            if (m != null) {
                return false;
            }
        }
        return !isDateName(t, j);
    }

    /** End of the hyphenated word starting at j ("navires-hôpitaux"). */
    private static int compound(ScannedText t, int j) {
        int e = j + 1;
        while (t.isSymbol(e, '-') && t.adjacent(e) && t.adjacent(e + 1) && t.type(e + 1) == ScannedText.WORD) {
            e += 2;
        }
        return e;
    }

    // ---------------------------------------------------------------- skip spans

    /** Sorted, merged skip intervals with binary-search overlap tests. */
    private static final class Skips {
        private static final Skips NONE = new Skips(new int[0], new int[0]);
        private final int[] starts;
        private final int[] ends;

        private Skips(int[] starts, int[] ends) {
            this.starts = starts;
            this.ends = ends;
        }

        static Skips of(Collection<Span> spans, int textLength) {
            if (spans == null || spans.isEmpty()) {
                return NONE;
            }
            Span[] sorted = spans.stream().filter(Objects::nonNull).sorted().toArray(Span[]::new);
            int[] s = new int[sorted.length];
            int[] e = new int[sorted.length];
            int n = 0;
            for (Span sp : sorted) {
                if (sp.length() == 0) {
                    continue;
                }
                if (n > 0 && sp.start() <= e[n - 1]) {
                    e[n - 1] = Math.max(e[n - 1], sp.end());
                } else {
                    s[n] = sp.start();
                    e[n] = sp.end();
                    n++;
                }
            }
            return new Skips(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
        }

        boolean overlaps(int start, int end) {
            if (starts.length == 0) {
                return false;
            }
            int k = Arrays.binarySearch(starts, end);
            int idx = k >= 0 ? k - 1 : -k - 2;
            return idx >= 0 && ends[idx] > start;
        }
    }
}
