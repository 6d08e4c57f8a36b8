package org.froissart.extractors.ner;

import org.froissart.api.EntityType;

/** A name found by {@link NameTagger}: half-open character range [start, end) and its type. */
public record NameSpan(int start, int end, EntityType type) {
    public NameSpan {
        if (start < 0 || end <= start || type == null) {
            throw new IllegalArgumentException("invalid name span [" + start + ", " + end + ") " + type);
        }
    }
}
