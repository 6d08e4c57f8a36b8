package org.froissart.extractors.entities;

import java.util.List;

import org.froissart.api.EntityType;

/** A possible entity mention over tokens [startToken, endToken), with what the dictionaries know of it. */
final class Candidate {
    final int startToken;
    final int endToken;
    final int start;
    final int end;
    EntityType type;
    Knowledge.Place place;
    List<Knowledge.Actor> actors;
    final boolean tagged;

    Candidate(int startToken, int endToken, int start, int end, EntityType type, boolean tagged) {
        this.startToken = startToken;
        this.endToken = endToken;
        this.start = start;
        this.end = end;
        this.type = type;
        this.tagged = tagged;
    }

    boolean known() {
        return place != null || actors != null;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    boolean contains(Candidate o) {
        return start <= o.start && o.end <= end;
    }
}
