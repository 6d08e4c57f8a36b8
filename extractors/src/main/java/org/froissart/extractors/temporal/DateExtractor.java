package org.froissart.extractors.temporal;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.froissart.api.TemporalExpression;
import org.froissart.extractors.temporal.DateRules.Entry;
import org.froissart.extractors.temporal.DateRules.Kind;
import org.froissart.extractors.temporal.PhraseTable.Match;

/**
 * Language-independent engine that finds temporal expressions and resolves them against the
 * publication date; all language knowledge is in {@link DateRules}.
 *
 * <p>One left-to-right pass over {@link ScannedText} tokens; at each token the longest pattern
 * wins, results are in text order and never overlap. No regular expressions. Instances are
 * immutable and thread-safe.
 *
 * <p>Recognised shapes (tokens in brackets optional):
 * <ul>
 * <li>numeric: {@code 2024-11-12}; {@code 12/11/2024} (order from the {@code numeric_order} setting,
 *     swapped when only the other order is a valid date); {@code 12.11.2024} (always day first)</li>
 * <li>{@code day[suffix] month[.] [yyyy]}: "14 juillet 2019", "1er janvier", "12 nov."</li>
 * <li>{@code month[.] day[suffix] [,] [yyyy]}: "Nov. 12", "November 12, 2024"</li>
 * <li>{@code month yyyy} (YYYY-MM), {@code month after_name} ("novembre dernier"),
 *     {@code before_name month} ("last November"), month alone (not for abbr / no_alone names)</li>
 * <li>{@code weekday [,] date} ("mardi 12 novembre"), {@code weekday [after_name]},
 *     {@code before_name weekday} ("last Tuesday")</li>
 * <li>{@code period_prefix (month-expression | yyyy)}: "mi-novembre", "fin 2019", "early May"</li>
 * <li>{@code year_prep yyyy}: "en 2019", "in 2019" (span and value: the year only)</li>
 * <li>relative phrases (rel_day, rel_week, rel_month, rel_year).</li>
 * </ul>
 *
 * <p>Resolution against the publication date {@code p} (values that need {@code p} are null
 * when it is null): bare weekday = most recent such day on or before {@code p} (the publication
 * weekday itself means {@code p}); "last"/"dernier" weekday = strictly before {@code p};
 * "next"/"prochain" = strictly after; day and month without year = the occurrence inside
 * [{@code p} - 9 months, {@code p} + 3 months] nearest to {@code p}; month alone = the
 * occurrence between 9 months before and 3 months after the publication month; "month
 * dernier/last month-name" = most recent such month strictly before the publication month;
 * rel_day/rel_month/rel_year add their offset; rel_week expressions are reported with a null
 * value (a week has no ISO form here and a guessed day would be wrong more often than not).
 * Years are 4-digit numbers 1000-2999. A day that does not exist ("31 février 2024", "31 avril") is
 * reported with a null value; an impossible numeric date ("30/02/2024") is not reported.
 */
public final class DateExtractor {
    private static final Predicate<Entry> REL = e -> e.kind() == Kind.REL_DAY || e.kind() == Kind.REL_WEEK
            || e.kind() == Kind.REL_MONTH || e.kind() == Kind.REL_YEAR;
    private static final Predicate<Entry> PREFIX = e -> e.kind() == Kind.PERIOD_PREFIX;
    private static final Predicate<Entry> BEFORE = e -> e.kind() == Kind.BEFORE_NAME;
    private static final Predicate<Entry> AFTER = e -> e.kind() == Kind.AFTER_NAME;
    private static final Predicate<Entry> WEEKDAY = e -> e.kind() == Kind.WEEKDAY;
    private static final Predicate<Entry> MONTH = e -> e.kind() == Kind.MONTH;
    private static final Predicate<Entry> YEAR_PREP = e -> e.kind() == Kind.YEAR_PREP;
    private static final Predicate<Entry> DAY_SUFFIX = e -> e.kind() == Kind.DAY_SUFFIX;

    private static final char[] NUMERIC_SEPARATORS = {'/', '.'};
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2999;

    private final DateRules rules;
    private final PhraseTable<Entry> table;

    public DateExtractor(DateRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.table = rules.table();
    }

    public DateRules rules() {
        return rules;
    }

    /** A match over tokens [startTok, endTok); {@code day} when the expression names a day. */
    private record Hit(int startTok, int endTok, String value, boolean day) {
        Hit(int startTok, int endTok, String value) {
            this(startTok, endTok, value, false);
        }
    }

    /**
     * Temporal expressions of {@code text} in text order, non-overlapping.
     *
     * @param published publication date, or null (then relative expressions get a null value)
     */
    public List<TemporalExpression> find(String text, LocalDate published) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ScannedText t = ScannedText.of(text);
        List<TemporalExpression> out = new ArrayList<>();
        int n = t.size();
        int i = 0;
        while (i < n) {
            Hit h = matchAt(t, i, published);
            if (h == null) {
                i++;
                continue;
            }
            int s = t.start(h.startTok);
            int e = t.end(h.endTok - 1);
            out.add(new TemporalExpression(s, e, text.substring(s, e), h.value));
            i = h.endTok;
        }
        return out;
    }

    private Hit matchAt(ScannedText t, int i, LocalDate pub) {
        byte type = t.type(i);
        if (type == ScannedText.NUMBER) {
            return numberStart(t, i, pub);
        }
        if (type != ScannedText.WORD || !table.startsAt(t, i)) {
            return null;
        }
        Hit best = null;
        Match<Entry> m = table.longest(t, i, REL);
        if (m != null) {
            best = new Hit(i, m.end(), relative(m.entry(), pub));
        }
        m = table.longest(t, i, PREFIX);
        if (m != null) {
            Hit h = yearAt(t, m.end());
            if (h == null) {
                h = monthFirst(t, m.end(), pub, true);
            }
            if (h != null) {
                best = better(best, new Hit(i, h.endTok, h.value));
            }
        }
        m = table.longest(t, i, BEFORE);
        if (m != null) {
            int dir = m.entry().value();
            Match<Entry> w = name(t, m.end(), WEEKDAY);
            if (w != null) {
                best = better(best, new Hit(i, w.end(), weekday(w.entry().value(), dir, pub)));
            } else {
                Match<Entry> mo = name(t, m.end(), MONTH);
                if (mo != null && !mo.entry().abbreviation()) {
                    best = better(best, new Hit(i, mo.end(), monthDir(mo.entry().value(), dir, pub)));
                }
            }
        }
        Match<Entry> w = name(t, i, WEEKDAY);
        if (w != null) {
            int j = w.end();
            int k = t.isSymbol(j, ',') ? j + 1 : j;
            Hit d = dayFirst(t, k, pub);
            if (d == null) {
                d = monthFirst(t, k, pub, false);
                if (d != null && !isDayPrecision(d)) {
                    d = null;
                }
            }
            if (d != null) {
                best = better(best, new Hit(i, d.endTok, d.value));
            } else {
                Match<Entry> a = table.longest(t, j, AFTER);
                if (a != null) {
                    best = better(best, new Hit(i, a.end(), weekday(w.entry().value(), a.entry().value(), pub)));
                } else {
                    best = better(best, new Hit(i, j, weekday(w.entry().value(), 0, pub)));
                }
            }
        }
        Hit mf = monthFirst(t, i, pub, false);
        if (mf != null) {
            best = better(best, mf);
        }
        return best;
    }

    private static boolean isDayPrecision(Hit h) {
        return h.day;
    }

    private static Hit better(Hit a, Hit b) {
        return a == null || b.endTok > a.endTok ? b : a;
    }

    private Match<Entry> name(ScannedText t, int i, Predicate<Entry> kind) {
        return rules.name(t, i, kind);
    }

    private Hit numberStart(ScannedText t, int i, LocalDate pub) {
        Hit h = numericDate(t, i);
        if (h != null) {
            return h;
        }
        h = dayFirst(t, i, pub);
        if (h != null) {
            return h;
        }
        if (t.length(i) == 4 && t.isType(i - 1, ScannedText.WORD)) {
            Match<Entry> p = table.longest(t, i - 1, YEAR_PREP);
            if (p != null && p.end() == i) {
                return yearAt(t, i);
            }
        }
        return null;
    }

    private static Hit yearAt(ScannedText t, int i) {
        if (!t.isType(i, ScannedText.NUMBER) || t.length(i) != 4) {
            return null;
        }
        int y = t.intValue(i);
        if (y < MIN_YEAR || y > MAX_YEAR || continuesNumber(t, i)) {
            return null;
        }
        return new Hit(i, i + 1, Integer.toString(y));
    }

    /** True when token i is glued to further digits ("2019,5", "2019.000"), i.e. not a plain year. */
    private static boolean continuesNumber(ScannedText t, int i) {
        return t.adjacent(i + 1) && (t.isSymbol(i + 1, ',') || t.isSymbol(i + 1, '.'))
                && t.isType(i + 2, ScannedText.NUMBER) && t.adjacent(i + 2);
    }

    private Hit numericDate(ScannedText t, int i) {
        int la = t.length(i);
        if (la == 4 && t.isSymbol(i + 1, '-') && t.adjacent(i + 1) && num(t, i + 2, 1, 2) && t.adjacent(i + 2)
                && t.isSymbol(i + 3, '-') && t.adjacent(i + 3) && num(t, i + 4, 1, 2) && t.adjacent(i + 4)) {
            String v = date(t.intValue(i), t.intValue(i + 2), t.intValue(i + 4));
            return v == null ? null : new Hit(i, i + 5, v);
        }
        if (la <= 2) {
            for (char sep : NUMERIC_SEPARATORS) {
                if (t.isSymbol(i + 1, sep) && t.adjacent(i + 1) && num(t, i + 2, 1, 2) && t.adjacent(i + 2)
                        && t.isSymbol(i + 3, sep) && t.adjacent(i + 3) && num(t, i + 4, 4, 4) && t.adjacent(i + 4)) {
                    int a = t.intValue(i);
                    int b = t.intValue(i + 2);
                    int y = t.intValue(i + 4);
                    boolean dayFirst = sep == '.' || rules.dayFirst();
                    String v = dayFirst ? date(y, b, a) : date(y, a, b);
                    if (v == null) {
                        v = dayFirst ? date(y, a, b) : date(y, b, a);
                    }
                    return v == null ? null : new Hit(i, i + 5, v);
                }
            }
        }
        return null;
    }

    private static boolean num(ScannedText t, int i, int minLen, int maxLen) {
        return t.isType(i, ScannedText.NUMBER) && t.length(i) >= minLen && t.length(i) <= maxLen;
    }

    /** {@code day[suffix] month[.] [yyyy]} starting at token i. */
    private Hit dayFirst(ScannedText t, int i, LocalDate pub) {
        if (!num(t, i, 1, 2)) {
            return null;
        }
        int d = t.intValue(i);
        if (d < 1 || d > 31) {
            return null;
        }
        int j = skipDaySuffix(t, i + 1);
        Match<Entry> mo = name(t, j, MONTH);
        if (mo == null) {
            return null;
        }
        int m = mo.entry().value();
        int k = mo.end();
        if (num(t, k, 4, 4) && !continuesNumber(t, k)) {
            int y = t.intValue(k);
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                return new Hit(i, k + 1, date(y, m, d), true); // null value for "31 février 2024"
            }
        }
        if (d > Month.of(m).maxLength()) {
            return new Hit(i, k, null, true);
        }
        return dayHit(i, k, d, m, pub);
    }

    private int skipDaySuffix(ScannedText t, int j) {
        if (t.isType(j, ScannedText.WORD) && t.adjacent(j)) {
            Match<Entry> s = table.longest(t, j, DAY_SUFFIX);
            if (s != null) {
                return s.end();
            }
        }
        return j;
    }

    /** A day-precision hit whose value may be null (no publication date). */
    private static Hit dayHit(int start, int end, int d, int m, LocalDate pub) {
        return new Hit(start, end, dayMonth(d, m, pub), true);
    }

    /** Month-first expressions at token i; {@code force} allows names flagged no_alone / abbr alone. */
    private Hit monthFirst(ScannedText t, int i, LocalDate pub, boolean force) {
        Match<Entry> mo = name(t, i, MONTH);
        if (mo == null) {
            return null;
        }
        Entry e = mo.entry();
        int m = e.value();
        int k = mo.end();
        if (num(t, k, 1, 2) && !(t.adjacent(k + 1) && (t.isSymbol(k + 1, ':') || t.isSymbol(k + 1, ',')
                || t.isSymbol(k + 1, '.')) && t.isType(k + 2, ScannedText.NUMBER) && t.adjacent(k + 2))) {
            int d = t.intValue(k);
            if (d >= 1 && d <= 31) {
                int kk = skipDaySuffix(t, k + 1);
                int yk = t.isSymbol(kk, ',') ? kk + 1 : kk;
                if (num(t, yk, 4, 4) && !continuesNumber(t, yk)) {
                    int y = t.intValue(yk);
                    if (y >= MIN_YEAR && y <= MAX_YEAR) {
                        return new Hit(i, yk + 1, date(y, m, d), true);
                    }
                }
                if (d <= Month.of(m).maxLength()) {
                    return dayHit(i, kk, d, m, pub);
                }
                return new Hit(i, kk, null, true);
            }
        }
        if (num(t, k, 4, 4) && !continuesNumber(t, k)) {
            int y = t.intValue(k);
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                return new Hit(i, k + 1, YearMonth.of(y, m).toString());
            }
        }
        if (!e.abbreviation()) {
            Match<Entry> a = table.longest(t, k, AFTER);
            if (a != null) {
                return new Hit(i, a.end(), monthDir(m, a.entry().value(), pub));
            }
        }
        if (force || e.alone()) {
            return new Hit(i, k, monthNearest(m, pub));
        }
        return null;
    }

    // ---------------------------------------------------------------- resolution

    private static String relative(Entry e, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        return switch (e.kind()) {
            case REL_DAY -> pub.plusDays(e.value()).toString();
            case REL_MONTH -> YearMonth.from(pub).plusMonths(e.value()).toString();
            case REL_YEAR -> year(pub.getYear() + e.value());
            default -> null;
        };
    }

    private static String year(int y) {
        if (y < 0 || y > 9999) {
            return null;
        }
        String s = Integer.toString(y);
        return "0000".substring(s.length()) + s;
    }

    private static String weekday(int wd, int dir, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        int p = pub.getDayOfWeek().getValue();
        if (dir > 0) {
            int fwd = (wd - p + 7) % 7;
            return pub.plusDays(fwd == 0 ? 7 : fwd).toString();
        }
        int back = (p - wd + 7) % 7;
        if (back == 0 && dir < 0) {
            back = 7;
        }
        return pub.minusDays(back).toString();
    }

    private static String monthDir(int m, int dir, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        if (dir == 0) {
            return monthNearest(m, pub);
        }
        YearMonth pm = YearMonth.from(pub);
        int cur = pm.getMonthValue();
        if (dir < 0) {
            int back = (cur - m + 12) % 12;
            return pm.minusMonths(back == 0 ? 12 : back).toString();
        }
        int fwd = (m - cur + 12) % 12;
        return pm.plusMonths(fwd == 0 ? 12 : fwd).toString();
    }

    private static String monthNearest(int m, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        YearMonth pm = YearMonth.from(pub);
        int fwd = (m - pm.getMonthValue() + 12) % 12;
        return (fwd <= 3 ? pm.plusMonths(fwd) : pm.minusMonths(12 - fwd)).toString();
    }

    private static String dayMonth(int d, int m, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        LocalDate lo = pub.minusMonths(9);
        LocalDate hi = pub.plusMonths(3);
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            if (d > YearMonth.of(y, m).lengthOfMonth()) {
                continue;
            }
            LocalDate c = LocalDate.of(y, m, d);
            if (c.isBefore(lo) || c.isAfter(hi)) {
                continue;
            }
            long dist = Math.abs(ChronoUnit.DAYS.between(pub, c));
            if (dist < bestDist) {
                best = c;
                bestDist = dist;
            }
        }
        return best == null ? null : best.toString();
    }

    private static String date(int y, int m, int d) {
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d).toString();
    }
}
