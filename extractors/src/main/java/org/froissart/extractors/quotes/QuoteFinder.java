package org.froissart.extractors.quotes;

import java.util.ArrayList;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.froissart.api.Token;

/**
 * Direct quotations in « », “ ” and " " with their speaker. The speaker comes from an attribution
 * next to the quote: a cue after it ("», a déclaré X", "», ajoute le communiqué", "\", X said"),
 * before it in the sentence ("X a déclaré qu'il « … »", "selon X, « … »"), a pronoun standing for
 * the previous speaker, or a quote paragraph continuing the previous one. Short quotes nobody is
 * said to have said are scare quotes and are left out.
 */
final class QuoteFinder {
    /** Quotes of fewer words than this need an attribution to count. */
    static final int SCARE_QUOTE_WORDS = 4;
    private static final int SPEAKER_WINDOW = 12;

    private final QuoteCues cues;

    QuoteFinder(QuoteCues cues) {
        this.cues = cues;
    }

    void process(Document d) {
        String text = d.text();
        List<Token> tokens = d.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        List<int[]> spans = quoteSpans(text, d);
        Attribution previous = null;
        int previousEnd = -1;
        for (int[] q : spans) {
            int open = q[0];
            int close = q[1]; // index of the closing mark
            int innerStart = skipSpace(text, open + 1, close);
            int innerEnd = trimEnd(text, innerStart, close);
            if (innerEnd <= innerStart) {
                continue;
            }
            int openToken = tokenAt(tokens, open);
            int closeToken = tokenAt(tokens, close);
            if (openToken < 0 || closeToken < 0) {
                continue;
            }
            Attribution a = after(d, tokens, closeToken);
            if (a == null) {
                a = before(d, tokens, openToken);
            }
            if (a != null && a.pronoun) {
                a = previous;
            }
            if (a == null && previous != null && continues(text, previousEnd, open)) {
                a = previous;
            }
            int words = words(text, innerStart, innerEnd);
            if (a == null && words < SCARE_QUOTE_WORDS) {
                continue;
            }
            d.quotes().add(new Quote(innerStart, innerEnd, text.substring(innerStart, innerEnd),
                    a == null ? null : a.entity, a == null ? null : a.text));
            if (a != null) {
                previous = a;
            }
            previousEnd = close + 1;
        }
    }

    /** Who a quote is attributed to: an entity id (or null) and the words naming the speaker. */
    private record Attribution(String entity, String text, boolean pronoun) {
    }

    // ---- finding quote marks ----

    /** Pairs of [opening mark, closing mark] offsets outside boilerplate, outermost only. */
    private static List<int[]> quoteSpans(String text, Document d) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char closing = c == '\u00ab' ? '\u00bb' : c == '\u201c' ? '\u201d' : c == '"' ? '"' : 0;
            if (closing == 0 || d.inBoilerplate(i)) {
                i++;
                continue;
            }
            if (c == '"' && !openingShaped(text, i)) {
                i++; // a closing-shaped mark with no opening: skip it
                continue;
            }
            int end = c == '"' ? findStraightClose(text, i + 1) : findClose(text, i + 1, c, closing);
            if (end < 0) {
                i++;
                continue;
            }
            out.add(new int[] {i, end});
            // A quote left open by a new opening mark ("…six months. "We are…) ends where the next begins.
            i = text.charAt(end) == '"' && openingShaped(text, end) && end > i + 1 && !closingShaped(text, end) ? end : end + 1;
        }
        return out;
    }

    /**
     * The end of a quote opened by a straight mark: the next mark shaped as a closing one (after a
     * non-space), or, when the next mark opens a new quote (after a space, before a letter), that
     * mark: the first quote ran on without closing, as news copy does across sentences.
     */
    private static int findStraightClose(String text, int from) {
        int limit = Math.min(text.length(), from + 5000);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1;
            }
            if (c == '"') {
                if (closingShaped(text, i)) {
                    return i;
                }
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    private static boolean openingShaped(String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{:—–-".indexOf(text.charAt(i - 1)) >= 0;
        boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && wordAfter;
    }

    private static boolean closingShaped(String text, int i) {
        boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return wordBefore && spaceAfter;
    }

    /** The matching closing mark, allowing nested pairs of the same kind, within one paragraph. */
    private static int findClose(String text, int from, char open, char close) {
        int depth = 0;
        int limit = Math.min(text.length(), from + 5000);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1; // quotes do not run across paragraphs without closing
            }
            if (c == close && (depth == 0 || open == close)) {
                return i;
            }
            if (c == close) {
                depth--;
            } else if (c == open && open != close) {
                depth++;
            }
        }
        return -1;
    }

    // ---- attribution ----

    /** "», a déclaré le ministère", "», ajoute le communiqué", "\", said X", "\", X told reporters", "», a-t-il dit". */
    private Attribution after(Document d, List<Token> tokens, int closeToken) {
        int i = closeToken + 1;
        boolean comma = i < tokens.size() && isPunct(tokens.get(i), ",");
        if (comma) {
            i++;
        }
        int end = Math.min(tokens.size(), i + SPEAKER_WINDOW);
        if (i >= end) {
            return null;
        }
        String first = tokens.get(i).norm();
        if (first.endsWith("-t-il") || first.endsWith("-t-elle") || first.endsWith("-ils") || first.endsWith("-elles")) {
            return new Attribution(null, d.text().substring(tokens.get(i).start(), tokens.get(i).end()), true);
        }
        int verb = -1;
        for (int j = i; j < Math.min(end, i + 3); j++) {
            String n = tokens.get(j).norm();
            if (cues.verbs.contains(n) || cues.according.contains(n)) {
                verb = j;
                break;
            }
            if (!auxiliary(n)) {
                break;
            }
        }
        if (verb >= 0 && (comma || verb == i || verb == i + 1)) {
            // "a déclaré X" / "said X": the speaker follows the verb.
            int s = verb + 1;
            while (s < tokens.size() && (tokens.get(s).norm().equals("to") || tokens.get(s).norm().startsWith("-t-"))) {
                s++;
            }
            Attribution a = phrase(d, tokens, s, true);
            return a == null || a.entity != null ? a : apposition(d, tokens, s, a);
        }
        if (!comma) {
            return null;
        }
        // English "\", X said": a short subject, then the verb.
        for (int j = i + 1; j < Math.min(end, i + 7); j++) {
            Token t = tokens.get(j);
            if (isSentenceEnd(t) || clauseBoundary(t.norm()) || t.norm().equals(",")) {
                return null;
            }
            if (cues.verbs.contains(t.norm())) {
                return phrase(d, tokens, i, j);
            }
        }
        return null;
    }

    /** "X a déclaré qu'il « … »", "X said: \"…\"", "selon X, « … »": the subject of the nearest cue before the quote. */
    private Attribution before(Document d, List<Token> tokens, int openToken) {
        int sentenceStart = sentenceStart(d, tokens, openToken);
        return before(d, tokens, openToken, sentenceStart, 0);
    }

    private Attribution before(Document d, List<Token> tokens, int from, int sentenceStart, int depth) {
        for (int v = from - 1; v >= sentenceStart; v--) {
            String n = tokens.get(v).norm();
            if (cues.according.contains(n)) {
                int s = v + 1;
                if (s < from && tokens.get(s).norm().equals("to")) {
                    s++;
                }
                return phrase(d, tokens, s, true);
            }
            if (!cues.verbs.contains(n)) {
                continue;
            }
            // The verb group: "a mis en garde", "a également déclaré", "s'est dit".
            int subjectEnd = v;
            while (subjectEnd > sentenceStart && (auxiliary(tokens.get(subjectEnd - 1).norm())
                    || cues.verbs.contains(tokens.get(subjectEnd - 1).norm()) || tokens.get(subjectEnd - 1).norm().equals("en"))) {
                subjectEnd--;
            }
            int subjectStart = subjectEnd;
            // "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": a subject closed by a comma may have one apposition.
            boolean apposition = subjectEnd > sentenceStart && isPunct(tokens.get(subjectEnd - 1), ",");
            int commas = 0;
            while (subjectStart > sentenceStart && subjectStart > subjectEnd - SPEAKER_WINDOW) {
                Token t = tokens.get(subjectStart - 1);
                if (isPunct(t, ",") && subjectEnd - subjectStart >= 1 && !(apposition && ++commas <= 2)) {
                    break;
                }
                if (clauseBoundary(t.norm()) && !coordinatedNames(d, tokens, subjectStart - 1)) {
                    break;
                }
                subjectStart--;
            }
            while (subjectStart < subjectEnd && isPunct(tokens.get(subjectStart), ",")) {
                subjectStart++;
            }
            if (subjectEnd > subjectStart) {
                return phrase(d, tokens, subjectStart, subjectEnd);
            }
            // "X a condamné … et a mis en garde", "X a déclaré qu'il espérait « … »": the subject is further back.
            if (depth < 3 && subjectStart > sentenceStart) {
                return before(d, tokens, subjectStart - 1, sentenceStart, depth + 1);
            }
            return null;
        }
        return null;
    }

    private boolean clauseBoundary(String n) {
        return n.equals("et") || n.equals("and") || n.equals("que") || n.equals("qu'") || n.equals("that") || n.equals("mais")
                || n.equals("but") || n.equals(";") || n.equals(":") || n.equals("(") || n.equals("\"") || n.equals("qui")
                || n.equals("who") || n.equals("lors") || n.equals("when") || n.equals("where");
    }

    private static boolean auxiliary(String n) {
        switch (n) {
            case "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "s'", "se", "l'", "lui", "leur",
                 "également", "aussi", "encore", "déjà", "pourtant", "ensuite", "alors", "fermement", "jeudi", "mercredi",
                 "mardi", "lundi", "vendredi", "samedi", "dimanche", "has", "have", "had", "also", "then", "later", "was",
                 "were", "previously", "n'", "ne", "pas", "il", "elle", "-t-il", "-t-elle":
                return true;
            default:
                return false;
        }
    }

    /** "a expliqué le directeur du parc, Niels de Wildt": a name in apposition after the role is the speaker. */
    private Attribution apposition(Document d, List<Token> tokens, int start, Attribution role) {
        int i = start;
        while (i < tokens.size() && !isPunct(tokens.get(i), ",") && !isSentenceEnd(tokens.get(i)) && i < start + SPEAKER_WINDOW) {
            i++;
        }
        if (i + 1 >= tokens.size() || !isPunct(tokens.get(i), ",")) {
            return role;
        }
        int nameStart = tokens.get(i + 1).start();
        for (Entity e : d.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() == nameStart) {
                    return new Attribution(e.id(), d.text().substring(tokens.get(start).start(), m.end()), false);
                }
            }
        }
        return role;
    }

    /** The speaker phrase from token {@code start}: up to punctuation, a stop word or the window's end. */
    private Attribution phrase(Document d, List<Token> tokens, int start, boolean forward) {
        int end = start;
        int limit = Math.min(tokens.size(), start + SPEAKER_WINDOW);
        while (end < limit) {
            Token t = tokens.get(end);
            String n = t.norm();
            if (isSentenceEnd(t) || n.equals(",") || n.equals(";") || n.equals(":") || n.equals("\"") || clauseBoundary(n)
                    || (end > start && (cues.stops.contains(n) || cues.verbs.contains(n) || auxiliary(n)))) {
                break;
            }
            end++;
        }
        return end > start ? phrase(d, tokens, start, end) : null;
    }

    private Attribution phrase(Document d, List<Token> tokens, int start, int end) {
        String text = d.text();
        int s = tokens.get(start).start();
        int e = tokens.get(end - 1).end();
        String words = text.substring(s, e);
        if (end - start == 1 && cues.pronouns.contains(tokens.get(start).norm())) {
            return new Attribution(null, words, true);
        }
        // Several speakers ("Gil et Lavrov partageraient la crainte…"): the words name them, no single entity does.
        if (speakers(d, s, e) > 1) {
            return new Attribution(null, words, false);
        }
        // The speaker is the entity named in the phrase; a person wins over the organisation they speak for.
        Entity best = null;
        for (Entity ent : d.entities()) {
            for (Mention m : ent.mentions()) {
                if (m.start() >= s && m.end() <= e && (best == null || ent.type() == EntityType.PERSON && best.type() != EntityType.PERSON)) {
                    best = ent;
                }
            }
        }
        if (best == null) {
            best = byRole(d, words);
        }
        if (best == null) {
            best = lastHolderOfRole(d, tokens, start, end, s);
        }
        return new Attribution(best == null ? null : best.id(), words, false);
    }

    /**
     * "The minister told delegates…", "le ministre a ajouté": a role alone names the person last
     * mentioned before it whose actor code has that role's sector (a minister: GOV).
     */
    private Entity lastHolderOfRole(Document d, List<Token> tokens, int start, int end, int before) {
        String sector = null;
        for (int i = start; i < end && sector == null; i++) {
            sector = cues.roles.get(tokens.get(i).norm());
        }
        if (sector == null) {
            return null;
        }
        Entity best = null;
        int bestStart = -1;
        for (Entity e : d.entities()) {
            if (e.type() != EntityType.PERSON || e.code() == null || e.code().length() < 6 || !e.code().substring(3).contains(sector)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < before && m.start() > bestStart) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    /** "Gil et Lavrov": an "et/and" between two person mentions joins one subject. */
    private static boolean coordinatedNames(Document d, List<Token> tokens, int conjunction) {
        String n = tokens.get(conjunction).norm();
        if (!(n.equals("et") || n.equals("and")) || conjunction == 0 || conjunction + 1 >= tokens.size()) {
            return false;
        }
        return personAt(d, tokens.get(conjunction - 1).end()) && personAt(d, tokens.get(conjunction + 1).start());
    }

    private static boolean personAt(Document d, int offset) {
        for (Entity e : d.entities()) {
            if (e.type() == EntityType.PERSON) {
                for (Mention m : e.mentions()) {
                    if (m.start() == offset || m.end() == offset) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many different persons are mentioned in [s, e). */
    private static int speakers(Document d, int s, int e) {
        int n = 0;
        for (Entity ent : d.entities()) {
            if (ent.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : ent.mentions()) {
                if (m.start() >= s && m.end() <= e) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * "Le ministre vénézuélien des Affaires étrangères" names the person introduced earlier as
     * "son Ministre vénézuélien des Affaires étrangères Yván Gil".
     */
    private static Entity byRole(Document d, String words) {
        String role = words.toLowerCase().replace('\u2019', '\'');
        int space = role.indexOf(' ');
        if (space < 0 || role.length() < 12) {
            return null;
        }
        role = role.substring(space + 1); // without the determiner
        for (Entity e : d.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int from = Math.max(0, m.start() - role.length() - 2);
                String context = d.text().substring(from, m.start()).toLowerCase().replace('\u2019', '\'').strip();
                if (context.endsWith(role)) {
                    return e;
                }
            }
        }
        return null;
    }

    // ---- helpers ----

    private static boolean continues(String text, int previousEnd, int open) {
        if (previousEnd < 0) {
            return false;
        }
        if (open < previousEnd) {
            return true; // the previous quote ran on into this one: the same speaker goes on
        }
        // A quote opening a paragraph right after a paragraph that ended with a quote.
        String between = text.substring(previousEnd, open);
        return between.strip().length() <= 2 && between.contains("\n");
    }

    private static int sentenceStart(Document d, List<Token> tokens, int tokenIndex) {
        int offset = tokens.get(tokenIndex).start();
        int sentenceChar = 0;
        for (Span s : d.sentences()) {
            if (s.start() <= offset) {
                sentenceChar = s.start();
            } else {
                break;
            }
        }
        int i = tokenIndex;
        while (i > 0 && tokens.get(i - 1).start() >= sentenceChar) {
            i--;
        }
        return i;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static boolean isPunct(Token t, String p) {
        return t.norm().equals(p);
    }

    private static boolean isSentenceEnd(Token t) {
        String n = t.norm();
        return n.equals(".") || n.equals("!") || n.equals("?") || n.equals("...");
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0' || text.charAt(i) == '\u202f')) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u00a0' || text.charAt(i - 1) == '\u202f')) {
            i--;
        }
        return i;
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
