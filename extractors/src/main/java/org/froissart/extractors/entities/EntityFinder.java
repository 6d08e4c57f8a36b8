package org.froissart.extractors.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Mention;
import org.froissart.api.Span;
import org.froissart.api.Token;
import org.froissart.extractors.match.TokenTrie;
import org.froissart.extractors.ner.NameSpan;
import org.froissart.extractors.ner.NameTagger;

/**
 * Finds persons, organisations and places, groups their mentions and normalises them. Candidates
 * come from the statistical tagger, the gazetteers and title cues ("le président X"); dictionaries
 * give canonical names and codes, the context gives roles ("le ministre russe" → RUS + GOV).
 */
public final class EntityFinder {
    private final Knowledge k;
    private final NameTagger tagger;

    public EntityFinder(Knowledge knowledge, NameTagger tagger) {
        this.k = knowledge;
        this.tagger = tagger;
    }

    public void process(Document d) {
        List<Token> tokens = d.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        String text = d.text();
        int[] sentenceEnd = sentenceEnds(tokens, d.sentences());
        boolean[] excluded = boilerplate(tokens, d);
        List<Candidate> dictionary = trimPersons(tokens, dictionaryCandidates(text, tokens, sentenceEnd, excluded));
        List<Candidate> tagged = tagger == null ? List.of() : trimPersons(tokens, taggedCandidates(d, tokens, excluded));
        List<Candidate> cues = trimPersons(tokens, cueCandidates(text, tokens, sentenceEnd, excluded));
        // Demonyms ("Russian", "Iraqi") give actors their country but are not names of entities.
        tagged = new ArrayList<>(tagged);
        tagged.removeIf(c -> c.endToken - c.startToken == 1 && k.demonyms.longest(tokens, c.startToken, c.endToken) != null);
        List<Candidate> merged = merge(tagged, dictionary, cues);
        for (Candidate c : merged) {
            if (c.tagged && !c.known()) {
                lookUp(c, tokens);
            }
        }
        d.entities().addAll(group(d, merged, tokens, sentenceEnd));
    }

    // ---- candidates ----

    private List<Candidate> dictionaryCandidates(String text, List<Token> tokens, int[] sentenceEnd, boolean[] excluded) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (excluded[i] || !capitalised(text, t)) {
                i++;
                continue;
            }
            int limit = sentenceEnd[i];
            TokenTrie.Match<Knowledge.Actor> a = k.actors.longest(tokens, i, limit);
            TokenTrie.Match<Knowledge.Place> p = k.places.longest(tokens, i, limit);
            Candidate c = null;
            if (a != null && (p == null || a.end() > p.end()) && caseFits(text, tokens, a.start(), a.end(), a.values().get(0).surface())) {
                c = new Candidate(a.start(), a.end(), t.start(), tokens.get(a.end() - 1).end(), a.values().get(0).type(), false);
                c.actors = a.values();
            } else if (p != null && caseFits(text, tokens, p.start(), p.end(), best(p.values()).surface())) {
                c = new Candidate(p.start(), p.end(), t.start(), tokens.get(p.end() - 1).end(), EntityType.LOCATION, false);
                c.place = best(p.values());
                if (a != null && a.end() == p.end() && a.values().get(0).type() == EntityType.ORGANIZATION) {
                    c.actors = a.values(); // "Kremlin": a place name that is also an institution
                    c.type = EntityType.ORGANIZATION;
                }
            }
            if (c != null && c.endToken - c.startToken == 1 && k.demonyms.longest(tokens, c.startToken, c.endToken) != null) {
                c = null; // "French", "Russian": demonyms point to countries for actors but are not place mentions
            }
            if (c != null && !insideLongerName(text, tokens, c, sentenceEnd) && !sentenceInitialCity(tokens, c, sentenceEnd)) {
                out.add(c);
                i = c.endToken;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * "Sur les 350 kilogrammes…": a one-word town name opening a sentence is more often a capitalised
     * common word; the tagger may still find it. Countries, capitals and actors are kept.
     */
    private static boolean sentenceInitialCity(List<Token> tokens, Candidate c, int[] sentenceEnd) {
        if (c.endToken - c.startToken != 1 || c.place == null || !c.place.kind().equals("city") || c.actors != null) {
            return false;
        }
        int i = c.startToken;
        if (i == 0 || sentenceEnd[i - 1] != sentenceEnd[i]) {
            return true;
        }
        String before = tokens.get(i - 1).norm();
        return before.equals("\"") || before.equals("(") || before.equals("-");
    }

    /**
     * "Washington Post", "Marine Le Pen": a one-word place glued to other capitalised words (after it,
     * or before it inside the sentence) belongs to another name.
     */
    private boolean insideLongerName(String text, List<Token> tokens, Candidate c, int[] sentenceEnd) {
        if (c.endToken - c.startToken != 1 || c.place == null || c.actors != null) {
            return false;
        }
        int after = c.endToken;
        if (after < sentenceEnd[c.startToken] && capitalised(text, tokens.get(after)) && !isConnectorOrPunct(tokens.get(after))) {
            return true;
        }
        int before = c.startToken - 1;
        return before >= 0 && sentenceEnd[before] == sentenceEnd[c.startToken] && capitalised(text, tokens.get(before))
                && isWord(tokens.get(before)) && !startsSentence(tokens, before, sentenceEnd)
                && !k.titleWords.contains(tokens.get(before).norm());
    }

    private static boolean startsSentence(List<Token> tokens, int i, int[] sentenceEnd) {
        return i == 0 || sentenceEnd[i - 1] != sentenceEnd[i];
    }

    private boolean isConnectorOrPunct(Token t) {
        char ch = t.norm().isEmpty() ? ' ' : t.norm().charAt(0);
        return !Character.isLetterOrDigit(ch) || k.connectors.contains(t.norm());
    }

    private static Knowledge.Place best(List<Knowledge.Place> places) {
        Knowledge.Place best = places.get(0);
        for (Knowledge.Place p : places) {
            if (rank(p) > rank(best) || rank(p) == rank(best) && p.population() > best.population()) {
                best = p;
            }
        }
        return best;
    }

    private static int rank(Knowledge.Place p) {
        switch (p.kind()) {
            case "country": return 4;
            case "region":
            case "continent": return 3;
            case "capital": return 2;
            default: return 1;
        }
    }

    /** Acronyms in the dictionary ("US", "ONU") only match the same capitals in the text. */
    private static boolean caseFits(String text, List<Token> tokens, int from, int to, String surface) {
        boolean acronym = surface.length() <= 5 && surface.equals(surface.toUpperCase(Locale.ROOT))
                && surface.chars().anyMatch(Character::isLetter);
        if (!acronym) {
            return true;
        }
        String covered = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return covered.equals(surface);
    }

    private List<Candidate> taggedCandidates(Document d, List<Token> tokens, boolean[] excluded) {
        List<Candidate> out = new ArrayList<>();
        List<NameSpan> spans = tagger.tag(d.text(), tokens, d.sentences());
        int ti = 0;
        for (NameSpan s : spans) {
            while (ti < tokens.size() && tokens.get(ti).end() <= s.start()) {
                ti++;
            }
            int tj = ti;
            while (tj < tokens.size() && tokens.get(tj).start() < s.end()) {
                tj++;
            }
            // Tagged spans are cut at slashes ("Caracas/Moscou") and line breaks (table rows), and
            // trimmed to the name: no punctuation at the ends, no lower-case word before it ("northern
            // Iraq") and, in English, none after it ("Interfax news agency").
            String text = d.text();
            int a = ti;
            for (int x = ti; x <= tj; x++) {
                boolean lineBreak = x > ti && x < tj && text.indexOf('\n', tokens.get(x - 1).end()) >= 0
                        && text.indexOf('\n', tokens.get(x - 1).end()) < tokens.get(x).start();
                if (x == tj || tokens.get(x).norm().equals("/") || lineBreak) {
                    addTrimmed(text, out, tokens, a, x, s.type(), excluded, "en".equals(k.language()));
                    a = lineBreak ? x : x + 1;
                }
            }
        }
        return out;
    }

    private static void addTrimmed(String text, List<Candidate> out, List<Token> tokens, int from, int to, EntityType type,
                                   boolean[] excluded, boolean trimTrailingLowerCase) {
        while (from < to && (!startsWithLetterOrDigit(tokens.get(from)) || Character.isLowerCase(text.charAt(tokens.get(from).start())))) {
            from++;
        }
        while (to > from && (!startsWithLetterOrDigit(tokens.get(to - 1))
                || trimTrailingLowerCase && Character.isLowerCase(text.charAt(tokens.get(to - 1).start())))) {
            to--;
        }
        if (to > from && !excluded[from]) {
            out.add(new Candidate(from, to, tokens.get(from).start(), tokens.get(to - 1).end(), type, true));
        }
    }

    /**
     * A tagged person starts at the name: "M. Le Maire" is "Le Maire", "maire de Paris Anne Hidalgo"
     * is "Anne Hidalgo", "chef de l'Etat Nicolas Sarkozy" is "Nicolas Sarkozy".
     */
    private List<Candidate> trimPersons(List<Token> tokens, List<Candidate> tagged) {
        List<Candidate> out = new ArrayList<>(tagged.size());
        for (Candidate c : tagged) {
            int from = c.startToken;
            if (c.type == EntityType.PERSON) {
                // "Prime Minister Benjamin Netanyahu": the name starts after the last title word.
                for (int i = c.endToken - 2; i >= from; i--) {
                    if (k.titleWords.contains(tokens.get(i).norm())) {
                        from = i + 1;
                        break;
                    }
                }
                while (from < c.endToken - 1 && (c.endToken - from >= 3 && k.places.get(List.of(tokens.get(from).norm())) != null
                        || c.endToken - from >= 3 && STATE_WORDS.contains(tokens.get(from).norm()))) {
                    from++;
                }
            } else if (c.endToken - from > 1 && tokens.get(from).norm().equals("the")) {
                from++; // "The United States" is "United States"
            }
            if (from == c.startToken) {
                out.add(c);
            } else {
                Candidate t = new Candidate(from, c.endToken, tokens.get(from).start(), c.end, c.type, c.tagged);
                t.place = c.place;
                t.actors = c.actors;
                out.add(t);
            }
        }
        return out;
    }

    private static final java.util.Set<String> STATE_WORDS = java.util.Set.of("etat", "état", "state");

    private static boolean startsWithLetterOrDigit(Token t) {
        return !t.norm().isEmpty() && Character.isLetterOrDigit(t.norm().charAt(0));
    }

    /**
     * Names announced by a title ("M. Dupont", "le président Luis Arce", "le ministre russe des
     * Affaires étrangères Sergueï Lavrov") and organisations opened by a keyword ("l'Assemblée
     * nationale vénézuélienne", "Parti socialiste").
     */
    private List<Candidate> cueCandidates(String text, List<Token> tokens, int[] sentenceEnd, boolean[] excluded) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (excluded[i]) {
                continue;
            }
            String norm = tokens.get(i).norm();
            if (k.titleWords.contains(norm)) {
                int j = personAfterTitle(text, tokens, i + 1, sentenceEnd[i]);
            if (j < 0) {
                j = personInApposition(text, tokens, i + 1, sentenceEnd[i]);
            }
                if (j > 0) {
                    int start = j;
                    while (j < sentenceEnd[i] && j - start < 4 && capitalised(text, tokens.get(j)) && isWord(tokens.get(j))) {
                        j++;
                    }
                    if (j > start) {
                        out.add(new Candidate(start, j, tokens.get(start).start(), tokens.get(j - 1).end(), EntityType.PERSON, false));
                        i = j - 1;
                    }
                }
            } else if (k.orgKeywords.contains(norm) && (capitalised(text, tokens.get(i)) || namedComplement(text, tokens, i, sentenceEnd[i]))) {
                // "Parti socialiste", and in lower case with a named complement: "le ministère des Affaires étrangères".
                int j = organisationEnd(text, tokens, i + 1, sentenceEnd[i]);
                if (j > i + 1) {
                    out.add(new Candidate(i, j, tokens.get(i).start(), tokens.get(j - 1).end(), EntityType.ORGANIZATION, false));
                    i = j - 1;
                }
            }
        }
        return out;
    }

    /** Where the name after a title starts, or -1. */
    private int personAfterTitle(String text, List<Token> tokens, int j, int end) {
        if (j < end && !capitalised(text, tokens.get(j)) && k.demonyms.longest(tokens, j, j + 1) != null) {
            j++; // "le président russe Vladimir Poutine"
        }
        if (j < end && capitalised(text, tokens.get(j)) && isWord(tokens.get(j)) && !k.titleWords.contains(tokens.get(j).norm())) {
            return j;
        }
        if (j < end && k.connectors.contains(tokens.get(j).norm())) {
            // "des Affaires étrangères Sergueï Lavrov": the name is the first run of two capitalised words.
            for (int x = j + 1; x + 1 < Math.min(end, j + 8); x++) {
                Token t = tokens.get(x);
                if (!isWord(t) && !k.connectors.contains(t.norm())) {
                    return -1;
                }
                if (capitalised(text, t) && isWord(t) && capitalised(text, tokens.get(x + 1)) && isWord(tokens.get(x + 1))) {
                    // "de la Défense Sergueï Choïgou": a capitalised word right after "de la" heads the
                    // complement when two more capitalised words follow it.
                    boolean complementHead = k.connectors.contains(tokens.get(x - 1).norm()) && x + 2 < end
                            && capitalised(text, tokens.get(x + 2)) && isWord(tokens.get(x + 2));
                    return complementHead ? x + 1 : x;
                }
            }
        }
        return -1;
    }

    /** "le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the name set off by commas after a role. */
    private int personInApposition(String text, List<Token> tokens, int j, int end) {
        for (int x = j; x < Math.min(end - 2, j + 6); x++) {
            if (!tokens.get(x).norm().equals(",")) {
                continue;
            }
            int a = x + 1;
            int b = a;
            while (b < end && b - a < 4 && capitalised(text, tokens.get(b)) && isWord(tokens.get(b))) {
                b++;
            }
            boolean closed = b < end && (tokens.get(b).norm().equals(",") || tokens.get(b).norm().equals("."));
            return b - a >= 2 && closed ? a : -1;
        }
        return -1;
    }

    /** "ministère des Affaires étrangères", "ministère de la Défense": a keyword followed by de + a capitalised word. */
    private boolean namedComplement(String text, List<Token> tokens, int i, int end) {
        int j = i + 1;
        if (j < end && k.demonyms.longest(tokens, j, j + 1) != null) {
            j++; // "ministère russe des Affaires étrangères"
        }
        int connectors = 0;
        while (j < end && connectors < 2 && k.connectors.contains(tokens.get(j).norm())) {
            j++;
            connectors++;
        }
        return connectors > 0 && j < end && capitalised(text, tokens.get(j)) && isWord(tokens.get(j))
                && k.places.get(List.of(tokens.get(j).norm())) == null;
    }

    /** End of an organisation name opened by a keyword: adjectives, demonyms and "de + Capitalised" complements. */
    private int organisationEnd(String text, List<Token> tokens, int j, int end) {
        int last = j;
        while (j < end) {
            Token t = tokens.get(j);
            if (capitalised(text, t) && isWord(t)) {
                j++;
                last = j;
            } else if (isWord(t) && (adjective(t.norm()) || k.demonyms.longest(tokens, j, j + 1) != null)) {
                j++;
                last = j;
            } else if (k.connectors.contains(t.norm()) && j + 1 < end && capitalised(text, tokens.get(j + 1))) {
                j++;
            } else if (k.connectors.contains(t.norm()) && j + 2 < end && k.connectors.contains(tokens.get(j + 1).norm())
                    && capitalised(text, tokens.get(j + 2))) {
                j += 2; // "de la République"
            } else {
                int parent = parentOrganisation(text, tokens, j, end);
                if (parent < 0) {
                    break;
                }
                j = parent; // "Mission multinationale de soutien à la sécurité de l'ONU"
                last = j;
            }
        }
        return last;
    }

    /**
     * A lower-case complement that ends in a known organisation belongs to the name: "de soutien à la
     * sécurité de l'ONU". Returns the end of the organisation's name, or -1.
     */
    private int parentOrganisation(String text, List<Token> tokens, int j, int end) {
        if (!k.connectors.contains(tokens.get(j).norm())) {
            return -1;
        }
        for (int x = j + 1; x < Math.min(end, j + 8); x++) {
            Token t = tokens.get(x);
            if (capitalised(text, t)) {
                TokenTrie.Match<Knowledge.Actor> a = k.actors.longest(tokens, x, end);
                boolean organisation = a != null && a.values().get(0).type() == EntityType.ORGANIZATION
                        && k.connectors.contains(tokens.get(x - 1).norm());
                return organisation ? a.end() : -1;
            }
            if (!isWord(t) && !k.connectors.contains(t.norm())) {
                return -1;
            }
        }
        return -1;
    }

    /** Typical adjective endings of organisation names ("nationale", "populaire", "européenne", "national"). */
    private static boolean adjective(String w) {
        return w.length() > 4 && (w.endsWith("ale") || w.endsWith("al") || w.endsWith("aux") || w.endsWith("ique")
                || w.endsWith("ienne") || w.endsWith("ien") || w.endsWith("aire") || w.endsWith("éenne") || w.endsWith("éen")
                || w.endsWith("aise") || w.endsWith("ais") || w.endsWith("elle") || w.endsWith("el") || w.endsWith("ive")
                || w.endsWith("if") || w.endsWith("iste") || w.endsWith("ain") || w.endsWith("aine") || w.endsWith("ère")
                || w.endsWith("ères") || w.endsWith("ales") || w.endsWith("iques") || w.endsWith("aires") || w.endsWith("ée")
                || w.endsWith("ées"));
    }

    private static boolean isWord(Token t) {
        String n = t.norm();
        return !n.isEmpty() && Character.isLetter(n.charAt(0)) && n.charAt(n.length() - 1) != '\'';
    }

    /** Tagged names take precedence; dictionary names fill gaps and extend them; cues fill what is left. */
    private static List<Candidate> merge(List<Candidate> tagged, List<Candidate> dictionary, List<Candidate> cues) {
        List<Candidate> out = new ArrayList<>(tagged);
        for (Candidate g : dictionary) {
            boolean placed = false;
            for (int i = 0; i < out.size(); i++) {
                Candidate t = out.get(i);
                if (!t.overlaps(g)) {
                    continue;
                }
                placed = true;
                if (t.start == g.start && t.end == g.end) {
                    // Same words: for a town the tagger's type wins in context ("Leicestershire beat Somerset"
                    // are teams); countries, capitals, regions and known actors keep the dictionary's type.
                    boolean cityOnly = g.place != null && g.place.kind().equals("city") && g.actors == null;
                    if (t.type == g.type || !cityOnly) {
                        t.place = g.place;
                        t.actors = g.actors;
                        t.type = g.type;
                    }
                } else if (g.contains(t)) {
                    out.set(i, g);
                }
                break; // a known name inside a longer tagged name ("ONU" in "Conseil de sécurité de l'ONU") stays inside
            }
            if (!placed) {
                out.add(g);
            }
        }
        for (Candidate c : cues) {
            // A cue phrase wins over the shorter names it contains: "Assemblée nationale vénézuélienne"
            // over a tagged "Assemblée", "Yván Gil" after a title over a tagged "Gil".
            boolean blocked = false;
            for (Candidate o : out) {
                if (o.start == c.start && o.end == c.end && !o.known()) {
                    o.type = c.type; // the cue knows the type better than the tagger ("Dmitri Peskov" after a role)
                    blocked = true;
                    break;
                }
                // An organisation's full name also wins over the known body it names: "Mission … de l'ONU" over "ONU".
                boolean wins = c.contains(o) && c.end - c.start > o.end - o.start
                        && (!o.known() || c.type == EntityType.ORGANIZATION);
                if (o.overlaps(c) && !wins) {
                    blocked = true;
                    break;
                }
            }
            if (!blocked) {
                out.removeIf(c::contains);
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(c -> c.start));
        return out;
    }

    /** A tagged name the dictionaries know under that exact form gets its canonical name and code. */
    private void lookUp(Candidate c, List<Token> tokens) {
        List<String> norms = new ArrayList<>();
        for (int i = c.startToken; i < c.endToken; i++) {
            norms.add(tokens.get(i).norm());
        }
        List<Knowledge.Actor> a = k.actors.get(norms);
        if (a != null && (c.type == a.get(0).type() || a.get(0).type() == EntityType.LOCATION && c.type == EntityType.LOCATION)) {
            c.actors = a;
        }
        List<Knowledge.Place> p = k.places.get(norms);
        if (p != null && c.type == EntityType.LOCATION) {
            c.place = best(p);
        }
    }

    // ---- grouping and normalising ----

    private List<Entity> group(Document d, List<Candidate> candidates, List<Token> tokens, int[] sentenceEnd) {
        String text = d.text();
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Map<String, Builder> personByLastName = new HashMap<>();
        // Longer person names first, so "Arce" can join "Luis Arce" whichever comes first in the text.
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt((Candidate c) -> c.type == EntityType.PERSON ? -(c.endToken - c.startToken) : 0));
        for (Candidate c : order) {
            String surface = text.substring(c.start, c.end);
            String key;
            Builder b = null;
            if (c.known()) {
                key = c.type + "|" + canonical(c);
            } else {
                key = c.type + "|" + normalizeKey(surface);
            }
            if (c.type == EntityType.PERSON && !byKey.containsKey(key)) {
                b = personByLastName.get(joinedNorms(tokens, c.startToken, c.endToken)); // "Le Maire" joins "Bruno Le Maire"
            }
            if (b == null) {
                b = byKey.get(key);
            }
            if (b == null) {
                b = new Builder(c.type, c.known() ? canonical(c) : surface);
                byKey.put(key, b);
            }
            b.add(c, Mention.of(text, c.start, c.end));
            if (c.type == EntityType.PERSON) {
                for (int from = c.startToken + 1; from < c.endToken; from++) {
                    personByLastName.putIfAbsent(joinedNorms(tokens, from, c.endToken), b);
                }
            }
        }
        List<Builder> builders = new ArrayList<>(byKey.values());
        builders.removeIf(b -> b.mentions.isEmpty());
        addAcronyms(text, tokens, builders);
        builders.sort(Comparator.comparingInt(b -> b.firstStart()));
        String[] codes = new String[builders.size()];
        String[] countries = new String[builders.size()];
        ArticleCountry tally = new ArticleCountry();
        for (int i = 0; i < builders.size(); i++) {
            Builder b = builders.get(i);
            b.mentions.sort(Comparator.comparingInt(Mention::start));
            String code = b.code(d.published());
            String country = code == null ? null : k.countryOf(code);
            if (b.place != null && b.place.iso3() != null) {
                country = b.place.iso3();
                code = code == null || code.length() <= 3 ? b.place.iso3() : code;
            }
            codes[i] = code;
            countries[i] = country;
            tally.add(country, b.mentions.size());
        }
        String dateline = ArticleCountry.ofDateline(k, d.dateline());
        Roles roles = new Roles(k, d, sentenceEnd, dateline != null ? dateline : tally.top());
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < builders.size(); i++) {
            Builder b = builders.get(i);
            String code = codes[i];
            String country = countries[i];
            if (code == null && b.type != EntityType.LOCATION) {
                String[] cs = roles.resolve(b.candidates, tokens, b.type == EntityType.PERSON);
                country = cs[0];
                code = cs[1];
            }
            if (country == null && code != null) {
                country = k.countryOf(code);
            }
            String name = b.type == EntityType.PERSON && b.actors == null ? b.longestMention() : b.name;
            out.add(new Entity("e" + (++n), b.type, name, country, code, b.mentions));
        }
        return out;
    }

    /** "l'Assemblée nationale vénézuélienne (AN)": the acronym and its later uses are mentions of the same entity. */
    private static void addAcronyms(String text, List<Token> tokens, List<Builder> builders) {
        for (Builder b : builders) {
            if (b.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate c : new ArrayList<>(b.candidates)) {
                int p = c.endToken;
                if (p + 2 >= tokens.size() || !tokens.get(p).norm().equals("(") || !tokens.get(p + 2).norm().equals(")")) {
                    continue;
                }
                Token acronym = tokens.get(p + 1);
                String form = text.substring(acronym.start(), acronym.end());
                if (form.length() < 2 || form.length() > 8 || !form.equals(form.toUpperCase(Locale.ROOT))
                        || !Character.isLetter(form.charAt(0))) {
                    continue;
                }
                for (Token t : tokens) {
                    if (t.end() - t.start() == form.length() && text.startsWith(form, t.start()) && !mentioned(builders, t.start())) {
                        b.mentions.add(Mention.of(text, t.start(), t.end()));
                    }
                }
            }
        }
    }

    private static boolean mentioned(List<Builder> builders, int start) {
        for (Builder b : builders) {
            for (Mention m : b.mentions) {
                if (m.start() <= start && start < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String canonical(Candidate c) {
        if (c.place != null && (c.actors == null || c.type == EntityType.LOCATION)) {
            return c.place.canonical();
        }
        return c.actors.get(0).canonical();
    }

    private static String joinedNorms(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(tokens.get(i).norm());
        }
        return b.toString();
    }

    private static String normalizeKey(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Mentions of one entity being collected. */
    private static final class Builder {
        final EntityType type;
        final String name;
        final List<Mention> mentions = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
        Knowledge.Place place;
        List<Knowledge.Actor> actors;

        Builder(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }

        void add(Candidate c, Mention m) {
            for (Mention x : mentions) {
                if (x.start() == m.start()) {
                    return;
                }
            }
            mentions.add(m);
            candidates.add(c);
            if (place == null) {
                place = c.place;
            }
            if (actors == null) {
                actors = c.actors;
            }
        }

        int firstStart() {
            int s = Integer.MAX_VALUE;
            for (Mention m : mentions) {
                s = Math.min(s, m.start());
            }
            return s;
        }

        String longestMention() {
            String best = name;
            for (Mention m : mentions) {
                if (m.text().length() > best.length()) {
                    best = m.text();
                }
            }
            return best;
        }

        /** The actor code valid at the publication date, else the undated one, else the latest. */
        String code(LocalDate published) {
            if (actors == null) {
                return null;
            }
            String undated = null;
            Knowledge.Actor latest = null;
            for (Knowledge.Actor a : actors) {
                if (published != null && (a.from() != null || a.to() != null) && a.covers(published)) {
                    return a.code();
                }
                if (a.from() == null && a.to() == null && undated == null) {
                    undated = a.code();
                }
                if (a.from() != null && (latest == null || latest.from() == null || a.from().isAfter(latest.from()))) {
                    latest = a;
                }
            }
            if (undated != null) {
                return undated;
            }
            return latest == null ? actors.get(0).code() : latest.code();
        }
    }

    // ---- helpers ----

    static boolean capitalised(String text, Token t) {
        char c = text.charAt(t.start());
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static int[] sentenceEnds(List<Token> tokens, List<Span> sentences) {
        int[] ends = new int[tokens.size()];
        int si = 0;
        int ti = 0;
        while (ti < tokens.size()) {
            while (si < sentences.size() && sentences.get(si).end() <= tokens.get(ti).start()) {
                si++;
            }
            int endChar = si < sentences.size() ? sentences.get(si).end() : Integer.MAX_VALUE;
            int tj = ti;
            while (tj < tokens.size() && tokens.get(tj).start() < endChar) {
                tj++;
            }
            if (tj == ti) {
                tj = ti + 1;
            }
            for (int x = ti; x < tj; x++) {
                ends[x] = tj;
            }
            ti = tj;
        }
        return ends;
    }

    private static boolean[] boilerplate(List<Token> tokens, Document d) {
        boolean[] out = new boolean[tokens.size()];
        if (d.boilerplate().isEmpty()) {
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            out[i] = d.inBoilerplate(tokens.get(i).start());
        }
        return out;
    }
}
