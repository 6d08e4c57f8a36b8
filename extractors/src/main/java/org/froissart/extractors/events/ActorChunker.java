package org.froissart.extractors.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Mention;
import org.froissart.api.Token;
import org.froissart.extractors.entities.Knowledge;
import org.froissart.extractors.match.TokenTrie;

/**
 * Finds the actors of a sentence: entity mentions ("la Russie", "Sergueï Lavrov"), role phrases
 * built from agent words, demonyms and named complements ("les chefs de l'armée bolivienne" →
 * BOLMIL, "le porte-parole du Kremlin" → RUSGOV, "les forces américaines" → USAMIL), and pronouns.
 */
final class ActorChunker {
    private static final int MAX_CHUNK = 9;
    /** Words before a role noun that make it the head of its phrase ("la police", "the army"), not a modifier. */
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "son",
            "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "nos", "notre", "the", "a", "an", "its", "their", "his", "her",
            "this", "these", "those", "our", "de", "d'", "of", "par", "by", "et", "and", "ou", "or",
            "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "quelques", "certains",
            "nombreux", "autres", "two", "three", "four", "five", "several", "some", "many", "few", "other", "all",
            // adjectives that come before a role noun: "l'ancien chef de l'État", "the former minister"
            "ancien", "ancienne", "anciens", "ex", "nouveau", "nouvelle", "futur", "future", "haut", "haute", "hauts", "hautes",
            "premier", "première", "jeune", "jeunes", "former", "new", "top", "senior", "junior", "acting", "deputy", "chief",
            "local", "locaux", "locales", "riot");
    private final Knowledge k;
    private final Set<String> pronouns;
    private final Set<String> linkers;

    ActorChunker(Knowledge k, Set<String> pronouns, Set<String> linkers) {
        this.k = k;
        this.pronouns = pronouns;
        this.linkers = linkers;
    }

    /** Entity of each token (or null), from the document's entity mentions. */
    static Entity[] entityOfToken(Document d) {
        List<Token> tokens = d.tokens();
        Entity[] out = new Entity[tokens.size()];
        for (Entity e : d.entities()) {
            for (Mention m : e.mentions()) {
                int i = firstTokenAtOrAfter(tokens, m.start());
                while (i < tokens.size() && tokens.get(i).start() < m.end()) {
                    out[i++] = e;
                }
            }
        }
        return out;
    }

    static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The actors in tokens [from, to). A role phrase without a country of its own ("la police", "le
     * Premier ministre") takes the country of the last role phrase of the same sector that named one
     * ("l'armée bolivienne" … "l'armée"), else the article's country when it is known.
     */
    List<ActorChunk> chunks(String text, List<Token> tokens, Entity[] entities, int from, int to, Discourse discourse) {
        List<ActorChunk> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            ActorChunk c = chunkAt(text, tokens, entities, i, from, to, discourse);
            if (c == null) {
                i++;
            } else {
                out.add(c);
                i = c.end();
                ActorChunk shared = sharedRole(tokens, entities, c, to);
                if (shared != null) {
                    out.add(shared);
                    i = shared.end();
                }
            }
        }
        return out;
    }

    /**
     * "ses homologues allemand et chinois", "Russian and Chinese troops": a second demonym after
     * "et/and" shares the role of the phrase before it.
     */
    private ActorChunk sharedRole(List<Token> tokens, Entity[] entities, ActorChunk c, int to) {
        int i = c.end();
        if (c.entity() != null || c.code() == null || c.code().length() < 3 || i + 1 >= to || entities[i + 1] != null) {
            return null;
        }
        String n = tokens.get(i).norm();
        if (!n.equals("et") && !n.equals("and")) {
            return null;
        }
        TokenTrie.Match<String> dem = k.demonymAt(tokens, i + 1, to);
        if (dem == null || dem.values().get(0).isEmpty() || dem.end() < to && k.agentAt(tokens, dem.end(), to) != null) {
            return null; // "les soldats russes et les policiers": the next phrase has a role of its own
        }
        return new ActorChunk(i + 1, dem.end(), null, dem.values().get(0) + c.code().substring(3), false, c.modifier());
    }

    /** What a phrase says about its actor so far. */
    private static final class Parts {
        String entity;
        String fullCode;
        String country;
        String sector;
        /** The phrase so far is a place alone: "US" in "US President George Bush" gives the country of what follows. */
        boolean placeOnly;

        /** Takes an entity into the phrase; false when it is a second actor. */
        boolean absorb(Entity e, boolean started, Knowledge k) {
            String c = e.country() != null ? e.country() : k.countryOf(e.code());
            if (e.type() == EntityType.LOCATION && (started || entity != null)) {
                country = country == null ? c : country; // "l'armée de la Bolivie": the place gives the country
                return true;
            }
            if (entity != null) {
                return false;
            }
            entity = e.id();
            placeOnly = e.type() == EntityType.LOCATION;
            if (e.code() != null && e.code().length() > 3) {
                fullCode = e.code();
            }
            country = country == null ? c : country;
            return true;
        }

        String code() {
            if (fullCode != null) {
                return fullCode;
            }
            if (country == null) {
                return null;
            }
            return sector == null ? country : country + sector;
        }
    }

    private ActorChunk chunkAt(String text, List<Token> tokens, Entity[] entities, int i, int from, int to, Discourse discourse) {
        if (entities[i] == null && pronouns.contains(tokens.get(i).norm())) {
            return new ActorChunk(i, i + 1, null, null, true, false);
        }
        Parts p = new Parts();
        int j = i;
        int limit = Math.min(to, i + MAX_CHUNK);
        boolean started = false;
        while (j < limit) {
            Entity e = entities[j];
            if (e != null) {
                if (!p.absorb(e, started, k)) {
                    break;
                }
                while (j < limit && entities[j] == e) {
                    j++;
                }
                started = true;
                continue;
            }
            TokenTrie.Match<String> agent = k.agentAt(tokens, j, limit);
            if (agent != null && (p.entity == null || !started || p.placeOnly && p.fullCode == null)) {
                if (p.placeOnly) {
                    p.entity = null; // "UK Foreign Secretary": the place is the role's country, not the actor
                    p.placeOnly = false;
                }
                p.sector = agent.values().get(0);
                j = agent.end();
                started = true;
                continue;
            }
            if (!started && j + 1 < limit && !capitalised(text, tokens.get(j)) && isWordToken(tokens.get(j))) {
                // "un navire vénézuélien", "des milieux politiques américains": a noun whose demonym gives the country.
                int d = j + 1 < limit && isAdjectiveLike(tokens.get(j + 1).norm()) ? j + 2 : j + 1;
                TokenTrie.Match<String> nd = d < limit ? k.demonymAt(tokens, d, limit) : null;
                if (nd != null && !nd.values().get(0).isEmpty() && k.agentAt(tokens, j, limit) == null) {
                    p.country = nd.values().get(0);
                    j = nd.end();
                    started = true;
                    continue;
                }
            }
            TokenTrie.Match<String> dem = k.demonymAt(tokens, j, limit);
            if (dem != null && !dem.values().get(0).isEmpty()
                    && (started || isNounDemonym(tokens, j) || agentFollows(tokens, dem.end(), limit))) {
                p.country = p.country == null ? dem.values().get(0) : p.country;
                j = dem.end();
                started = true;
                continue;
            }
            // A role phrase still looking for its head takes complements: "du Kremlin", "des Affaires étrangères".
            boolean rolePhrase = started && p.sector != null && p.entity == null;
            if (rolePhrase && linkers.contains(tokens.get(j).norm()) && j + 1 < limit) {
                j++;
                continue;
            }
            if (rolePhrase && (capitalised(text, tokens.get(j)) || isAdjectiveLike(tokens.get(j).norm()))) {
                j++;
                continue;
            }
            break;
        }
        if (!started) {
            return null;
        }
        while (j > i + 1 && linkers.contains(tokens.get(j - 1).norm())) {
            j--;
        }
        if (p.entity != null && p.fullCode != null && (p.fullCode.startsWith("NGO") || p.fullCode.startsWith("IGO"))) {
            discourse.rememberNamed(p.fullCode.substring(0, 3), p.fullCode); // "Amnesty International" … "l'ONG"
        }
        if (p.country == null && p.fullCode == null && p.sector != null && p.entity == null
                && discourse.namedOf(p.sector) != null) {
            p.fullCode = discourse.namedOf(p.sector); // "l'ONG", "the NGO": the international one the article named
        } else if (p.country == null && p.fullCode == null && p.sector != null && p.entity == null) {
            // "un coup d'État militaire » en Bolivie": the place right after; else "la police", "the government"
            // of an article are the article's country's.
            String located = placeAfter(tokens, entities, j, to);
            String earlier = discourse.countryOf(p.sector);
            p.country = located != null ? located : earlier != null ? earlier : discourse.articleCountry();
        } else if (p.country != null && p.sector != null && p.entity == null) {
            discourse.remember(p.sector, p.country);
        }
        String code = p.code();
        if (p.entity == null && code == null) {
            return null; // "les soldats" without a country: not an actor we can code
        }
        // "Deux officiers" opens the sentence; "coup d'État militaire", "violences policières" qualify a noun.
        boolean modifier = p.entity == null && i > from && !capitalised(text, tokens.get(i)) && isWordToken(tokens.get(i - 1))
                && !(i - 1 == from && capitalised(text, tokens.get(i - 1)))
                && !DETERMINERS.contains(tokens.get(i - 1).norm());
        return new ActorChunk(i, j, p.entity, code, false, modifier);
    }

    /** What the article has said so far about whose actors are whose. */
    static final class Discourse {
        private final String articleCountry;
        private final java.util.Map<String, String> countryBySector = new java.util.HashMap<>();

        Discourse(String articleCountry) {
            this.articleCountry = articleCountry;
        }

        String articleCountry() {
            return articleCountry;
        }

        String countryOf(String sector) {
            return countryBySector.get(sector);
        }

        void remember(String sector, String country) {
            countryBySector.put(sector, country);
        }

        private final java.util.Map<String, String> namedBySector = new java.util.HashMap<>();

        /** The full code of the last international organisation of this kind (NGO, IGO) the article named. */
        String namedOf(String sector) {
            return namedBySector.get(sector);
        }

        void rememberNamed(String sector, String code) {
            namedBySector.put(sector, code);
        }
    }

    /** The country of a place just after a phrase, through closing quotes and "en/in/au/aux". */
    private static String placeAfter(List<Token> tokens, Entity[] entities, int j, int to) {
        int i = j;
        while (i < to && i < j + 2 && (tokens.get(i).norm().equals("»") || tokens.get(i).norm().equals("\"")
                || tokens.get(i).norm().equals("”"))) {
            i++;
        }
        if (i + 1 >= to) {
            return null;
        }
        switch (tokens.get(i).norm()) {
            case "en", "au", "aux", "in":
                Entity e = entities[i + 1];
                return e != null && e.type() == EntityType.LOCATION ? e.country() : null;
            default:
                return null;
        }
    }

    /** The sector of the first agent word in tokens [from, to), or null. */
    String sectorOf(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            TokenTrie.Match<String> a = k.agentAt(tokens, i, to);
            if (a != null) {
                return a.values().get(0);
            }
        }
        return null;
    }

    private static boolean capitalised(String text, Token t) {
        char c = text.charAt(t.start());
        return Character.isUpperCase(c) && Character.isLetter(c);
    }

    /** "Palestinian officials", "Russian troops": a demonym adjective before a role word. */
    private boolean agentFollows(List<Token> tokens, int j, int limit) {
        return j < limit && (k.agentAt(tokens, j, limit) != null
                || j + 1 < limit && isAdjectiveLike(tokens.get(j).norm()) && k.agentAt(tokens, j + 1, limit) != null);
    }

    /** "les Russes", "Americans": a demonym standing alone as a noun. */
    private static boolean isNounDemonym(List<Token> tokens, int j) {
        String n = tokens.get(j).norm();
        return n.endsWith("s") && j > 0 && (tokens.get(j - 1).norm().equals("les") || tokens.get(j - 1).norm().equals("des")
                || tokens.get(j - 1).norm().equals("the"));
    }

    private static boolean isWordToken(Token t) {
        String n = t.norm();
        return n.length() > 2 && Character.isLetter(n.charAt(0)) && n.charAt(n.length() - 1) != '\'';
    }

    private static boolean isAdjectiveLike(String n) {
        return n.endsWith("ères") || n.endsWith("ère") || n.endsWith("aux") || n.endsWith("ale") || n.endsWith("ales")
                || n.endsWith("ique") || n.endsWith("iques") || n.endsWith("ées") || n.endsWith("ée") || n.endsWith("al")
                || n.endsWith("ical") || n.endsWith("ary");
    }
}
