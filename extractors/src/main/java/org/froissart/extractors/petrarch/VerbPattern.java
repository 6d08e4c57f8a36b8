package org.froissart.extractors.petrarch;

import java.util.List;

/**
 * One TABARI-style verb pattern: the words before {@code *} (matched backwards from the verb),
 * the words after it, and the code. Elements joined by {@code _} must be consecutive, a blank
 * allows other words in between.
 */
record VerbPattern(List<Element> upper, List<Element> lower, String code, String reverseCode, int line) {

    enum Kind { WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP_NOUN_PHRASE }

    /**
     * A pattern element. {@code adjacent} means no word may separate it from the previous element
     * (for the first lower element: from the verb; for the verb itself see {@link #verbAdjacent}).
     */
    record Element(Kind kind, String text, boolean adjacent) {
    }

    /** Number of literal words and synsets: longer patterns are more specific and are tried first. */
    int specificity() {
        return (int) java.util.stream.Stream.concat(upper.stream(), lower.stream())
                .filter(e -> e.kind() == Kind.WORD || e.kind() == Kind.SYNSET).count();
    }
}
