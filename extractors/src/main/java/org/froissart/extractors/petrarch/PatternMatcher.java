package org.froissart.extractors.petrarch;

import java.util.List;

/**
 * Matches TABARI-style verb patterns around a verb: upper elements backwards from the verb over
 * the whole sentence, lower elements forwards up to the end of the verb phrase. Elements may be
 * separated by other words unless joined with {@code _}. {@code $ + %} bind the noun phrase of an
 * actor found there, {@code ^} skips a noun phrase. Matching backtracks over the possible gaps.
 */
final class PatternMatcher {

    /** Noun phrases bound by the pattern's {@code $}, {@code +} and {@code %}. */
    record Binding(ParseTree.Node source, ParseTree.Node target, ParseTree.Node compound) {
        static final Binding EMPTY = new Binding(null, null, null);

        Binding with(VerbPattern.Kind kind, ParseTree.Node np) {
            return switch (kind) {
                case SOURCE -> new Binding(np, target, compound);
                case TARGET -> new Binding(source, np, compound);
                default -> new Binding(source, target, np);
            };
        }
    }

    private final Sentence sentence;
    private final VerbDictionary verbs;
    private final List<String> tokens;

    PatternMatcher(Sentence sentence, VerbDictionary verbs) {
        this.sentence = sentence;
        this.verbs = verbs;
        this.tokens = sentence.tokens;
    }

    /** Binding if the pattern matches the verb occupying [verbStart, verbEnd) with lower limit, else null. */
    Binding match(VerbPattern pattern, int verbStart, int verbEnd, int limit) {
        List<VerbPattern.Element> upper = pattern.upper();
        VerbPattern.Element star = upper.get(upper.size() - 1);
        Binding binding = matchUpper(upper, upper.size() - 2, verbStart, star.adjacent(), Binding.EMPTY);
        if (binding == null) {
            return null;
        }
        return matchLower(pattern.lower(), 0, verbEnd, limit, binding);
    }

    private Binding matchLower(List<VerbPattern.Element> elements, int index, int pos, int limit, Binding b) {
        if (index == elements.size()) {
            return b;
        }
        VerbPattern.Element e = elements.get(index);
        int last = e.adjacent() || e.kind() == VerbPattern.Kind.SKIP_NOUN_PHRASE ? pos : limit - 1;
        for (int p = pos; p <= last && p < limit; p++) {
            Binding result = null;
            switch (e.kind()) {
                case WORD -> {
                    if (tokens.get(p).equals(e.text())) {
                        result = matchLower(elements, index + 1, p + 1, limit, b);
                    }
                }
                case SYNSET -> {
                    for (List<String> phrase : verbs.synset(e.text())) {
                        if (startsWith(p, phrase, limit)) {
                            result = matchLower(elements, index + 1, p + phrase.size(), limit, b);
                            if (result != null) {
                                break;
                            }
                        }
                    }
                }
                case SKIP_NOUN_PHRASE -> {
                    ParseTree.Node np = sentence.smallestNounPhrase(p);
                    if (np != null) {
                        result = matchLower(elements, index + 1, Math.max(np.end, p + 1), limit, b);
                    }
                }
                default -> {
                    ParseTree.Node np = sentence.codedNounPhrase(p, true);
                    if (np != null) {
                        // a compound after the verb is a compound target ("agrees with % [031]")
                        VerbPattern.Kind role = e.kind() == VerbPattern.Kind.COMPOUND ? VerbPattern.Kind.TARGET : e.kind();
                        result = matchLower(elements, index + 1, np.end, limit, b.with(role, np));
                    }
                }
            }
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    /** Matches upper elements right to left; {@code end} is the exclusive end available. */
    private Binding matchUpper(List<VerbPattern.Element> elements, int index, int end, boolean adjacent,
            Binding b) {
        if (index < 0) {
            return b;
        }
        VerbPattern.Element e = elements.get(index);
        int lowest = adjacent || e.kind() == VerbPattern.Kind.SKIP_NOUN_PHRASE ? end : 1;
        for (int q = end; q >= lowest && q >= 1; q--) {
            Binding result = null;
            switch (e.kind()) {
                case WORD -> {
                    if (tokens.get(q - 1).equals(e.text())) {
                        result = matchUpper(elements, index - 1, q - 1, e.adjacent(), b);
                    }
                }
                case SYNSET -> {
                    for (List<String> phrase : verbs.synset(e.text())) {
                        int start = q - phrase.size();
                        if (start >= 0 && startsWith(start, phrase, q)) {
                            result = matchUpper(elements, index - 1, start, e.adjacent(), b);
                            if (result != null) {
                                break;
                            }
                        }
                    }
                }
                case SKIP_NOUN_PHRASE -> {
                    ParseTree.Node np = sentence.smallestNounPhrase(q - 1);
                    if (np != null) {
                        result = matchUpper(elements, index - 1, Math.min(np.start, q - 1), e.adjacent(), b);
                    }
                }
                default -> {
                    ParseTree.Node np = sentence.codedNounPhrase(q - 1, false);
                    if (np != null) {
                        result = matchUpper(elements, index - 1, np.start, e.adjacent(), b.with(e.kind(), np));
                    }
                }
            }
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    private boolean startsWith(int start, List<String> phrase, int limit) {
        if (start + phrase.size() > limit) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!tokens.get(start + i).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
