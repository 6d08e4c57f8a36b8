package org.froissart.extractors.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.froissart.api.Document;
import org.froissart.api.Entity;

/**
 * The country an article is about: the dateline's, else the one its places and known actors name
 * most often. Actors the text names by role alone ("le Premier ministre", "la police", "Labour")
 * belong to it far more often than to a foreign country that happens to share their sentence.
 */
public final class ArticleCountry {
    /** A country named fewer times than this is too thin a clue. */
    private static final int MIN_MENTIONS = 2;

    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> first = new HashMap<>();
    private int order;

    void add(String country, int count) {
        if (country == null || count <= 0) {
            return;
        }
        mentions.merge(country, count, Integer::sum);
        first.putIfAbsent(country, order++);
    }

    /** The most named country (earliest named on a tie), or null when none is named twice. */
    String top() {
        String best = null;
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (e.getValue() < MIN_MENTIONS) {
                continue;
            }
            if (best == null || e.getValue() > mentions.get(best)
                    || e.getValue().equals(mentions.get(best)) && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The dateline's country if it has one the gazetteer knows. */
    static String ofDateline(Knowledge k, List<String> dateline) {
        for (String place : dateline) {
            List<Knowledge.Place> p = k.places.get(k.norms(place));
            if (p != null && p.get(0).iso3() != null) {
                return p.get(0).iso3();
            }
        }
        return null;
    }

    /** The article's country from its entities (after the entities step), or null. */
    public static String of(Document d, Knowledge k) {
        String dateline = ofDateline(k, d.dateline());
        if (dateline != null) {
            return dateline;
        }
        ArticleCountry tally = new ArticleCountry();
        for (Entity e : d.entities()) {
            tally.add(e.country(), e.mentions().size());
        }
        return tally.top();
    }
}
