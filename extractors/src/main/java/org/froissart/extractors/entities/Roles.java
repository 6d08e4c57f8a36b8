package org.froissart.extractors.entities;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Token;
import org.froissart.extractors.match.TokenTrie;

/**
 * Country and sector of an actor the dictionaries do not know, read from its context: role words
 * ("le président", "porte-parole du Kremlin"), demonyms ("le ministre russe") and places in the same
 * sentence. Produces CAMEO-style codes: country + sector (BOLGOV), or the sector alone is dropped
 * because a code without a country says too little.
 */
final class Roles {
    private static final int WINDOW = 8;

    private final Knowledge k;
    private final Document d;
    private final int[] sentenceEnd;
    private final String text;
    /** The dateline's country, else the article's most named one; null when neither is known. */
    private final String articleCountry;

    Roles(Knowledge k, Document d, int[] sentenceEnd, String articleCountry) {
        this.k = k;
        this.d = d;
        this.sentenceEnd = sentenceEnd;
        this.text = d.text();
        this.articleCountry = articleCountry;
    }

    /** {country, code} for an entity from all its mentions; either may be null. */
    String[] resolve(List<Candidate> mentions, List<Token> tokens, boolean person) {
        for (Candidate c : mentions) {
            String[] r = resolve(c, tokens, person);
            if (r[1] != null) {
                return r;
            }
        }
        return new String[] {null, null};
    }

    /** Persons are read from their titles around them; organisations only from their own name. */
    private String[] resolve(Candidate c, List<Token> tokens, boolean person) {
        int sentenceStart = c.startToken;
        while (sentenceStart > 0 && sentenceEnd[sentenceStart - 1] == sentenceEnd[c.startToken]) {
            sentenceStart--;
        }
        int end = sentenceEnd[c.startToken];
        String sector = null;
        String country = null;
        // Inside the name: "Assemblée nationale vénézuélienne", "ministère russe de la Défense".
        for (int i = c.startToken; i < c.endToken; i++) {
            sector = sector != null ? sector : agentAt(tokens, i, c.endToken);
            country = country != null ? country : countryAt(tokens, i, c.endToken);
        }
        if (!person) {
            String parent = null;
            for (int i = c.startToken + 1; i < c.endToken && parent == null; i++) {
                parent = actorCodeAt(tokens, i, c.endToken); // "… de l'ONU": a body of the United Nations
            }
            if (country == null && parent != null && k.countryOf(parent) == null) {
                return new String[] {null, parent};
            }
            if (country == null && sector != null && !EntityFinder.capitalised(text, tokens.get(c.startToken))) {
                // "le ministère des Affaires étrangères": an institution named by its role alone belongs to the
                // article's country, else to the country named in the same sentence.
                country = articleCountry != null ? articleCountry : countryInSentence(tokens, c, sentenceStart, end);
            }
            return new String[] {country, country != null && sector != null ? country + sector : null};
        }
        // Before it: "le porte-parole du Kremlin, Dmitri Peskov", "le ministre russe des Affaires étrangères X".
        for (int i = c.startToken - 1; i >= Math.max(sentenceStart, c.startToken - WINDOW); i--) {
            if (sector == null) {
                sector = agentAt(tokens, i, c.startToken);
            }
            if (country == null) {
                country = countryAt(tokens, i, c.startToken);
            }
            String code = actorCodeAt(tokens, i, c.startToken);
            if (code != null) {
                if (country == null) {
                    country = k.countryOf(code);
                }
                if (sector == null && code.length() >= 6) {
                    sector = code.substring(3, 6);
                }
            }
        }
        // After it, in an apposition: "Dmitri Peskov, porte-parole du Kremlin".
        if (c.endToken < end && tokens.get(c.endToken).norm().equals(",")) {
            for (int i = c.endToken + 1; i < Math.min(end, c.endToken + 1 + WINDOW); i++) {
                if (tokens.get(i).norm().equals(",")) {
                    break;
                }
                if (sector == null) {
                    sector = agentAt(tokens, i, end);
                }
                if (country == null) {
                    country = countryAt(tokens, i, end);
                }
                String code = actorCodeAt(tokens, i, end);
                if (code != null && country == null) {
                    country = k.countryOf(code);
                }
            }
        }
        if (sector == null) {
            return new String[] {country, null};
        }
        if (country == null) {
            // "le président Luis Arce" with "l'armée bolivienne" in the sentence is Bolivian, but "le ministre
            // de l'Intérieur Christophe Castaner" beside "la mort de George Floyd aux Etats-Unis" is not American:
            // the article's country when the sentence names it, else a demonym of the sentence, else the
            // article's country, else any country the sentence names.
            String demonym = null;
            String named = null;
            boolean article = false;
            for (int i = sentenceStart; i < end; i++) {
                if (i >= c.startToken && i < c.endToken) {
                    continue;
                }
                String found = countryAt(tokens, i, end);
                if (found == null) {
                    continue;
                }
                article |= found.equals(articleCountry);
                if (isDemonym(tokens, i, end)) {
                    demonym = demonym == null ? found : demonym;
                } else {
                    named = named == null ? found : named;
                }
            }
            country = article ? articleCountry : demonym != null ? demonym : articleCountry != null ? articleCountry : named;
        }
        return new String[] {country, country == null ? null : country + sector};
    }

    private String countryInSentence(List<Token> tokens, Candidate c, int sentenceStart, int end) {
        for (int i = sentenceStart; i < end; i++) {
            if (i >= c.startToken && i < c.endToken) {
                continue;
            }
            String country = countryAt(tokens, i, end);
            if (country == null) {
                String code = actorCodeAt(tokens, i, end);
                country = code == null ? null : k.countryOf(code);
            }
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private boolean isDemonym(List<Token> tokens, int i, int limit) {
        TokenTrie.Match<String> dem = k.demonyms.longest(tokens, i, limit);
        return dem != null && !dem.values().get(0).isEmpty();
    }

    private String agentAt(List<Token> tokens, int i, int limit) {
        TokenTrie.Match<String> m = k.agents.longest(tokens, i, limit);
        return m == null ? null : m.values().get(0);
    }

    private String countryAt(List<Token> tokens, int i, int limit) {
        TokenTrie.Match<String> dem = k.demonyms.longest(tokens, i, limit);
        if (dem != null && !dem.values().get(0).isEmpty()) {
            return dem.values().get(0);
        }
        if (EntityFinder.capitalised(text, tokens.get(i))) {
            TokenTrie.Match<Knowledge.Place> p = k.places.longest(tokens, i, limit);
            if (p != null && p.values().get(0).iso3() != null
                    && (p.values().get(0).kind().equals("country") || p.values().get(0).kind().equals("capital"))) {
                return p.values().get(0).iso3();
            }
        }
        return null;
    }

    private String actorCodeAt(List<Token> tokens, int i, int limit) {
        if (!EntityFinder.capitalised(text, tokens.get(i))) {
            return null;
        }
        TokenTrie.Match<Knowledge.Actor> a = k.actors.longest(tokens, i, limit);
        return a == null ? null : a.values().get(0).code();
    }
}
