package org.froissart.extractors.petrarch;

import java.util.ArrayList;
import java.util.List;

/** Splits dictionary phrase strings ("WHITE_HOUSE", "PRINCE OF DOL AMROTH") into upper-case words. */
final class Phrases {
    private Phrases() {
    }

    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.toUpperCase().split("[\\s_]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Index of the matching closing bracket, searching from {@code open}. */
    static int closing(String text, int open, char close) {
        return text.indexOf(close, open + 1);
    }
}
