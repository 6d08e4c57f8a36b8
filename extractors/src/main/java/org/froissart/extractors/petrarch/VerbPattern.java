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
     * (for the first lower element: from the verb; for the {@code *} element: from the last upper one).
     */
    record Element(Kind kind, String text, boolean adjacent) {
    }
}
