package org.froissart.extractors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes one parsed sentence the PETRARCH way: every verb of the verb dictionary found in the
 * parse is tried against its block's patterns (most specific first) and otherwise gets its
 * default code; the source is the subject noun phrase of the verb's clause (or the higher
 * clause's), the target the first coded noun phrase after the verb inside its verb phrase,
 * unless the pattern binds them with {@code $}, {@code +} or {@code %}. Passive verbs with a
 * "by" phrase swap the roles. Codes {@code A:B} also produce the reverse event coded B.
 */
public final class PetrarchCoder {

    /** Options of PETR_config.ini that the validation records switch. */
    public record Options(boolean requireDyad) {
        public static final Options DEFAULT = new Options(true);
    }

    private final PetrarchDictionaries dictionaries;

    public PetrarchCoder(PetrarchDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** Events of a sentence, or none when its text hits the discard list. */
    public List<CodedEvent> code(String text, ParseTree tree, LocalDate date, Options options) {
        if (text != null && dictionaries.discards().match(text) != null) {
            return List.of();
        }
        Sentence sentence = new Sentence(tree, dictionaries.actors(), dictionaries.agents(), date);
        Set<CodedEvent> events = new LinkedHashSet<>();
        List<ParseTree.Node> leaves = tree.leaves();
        int i = 0;
        while (i < leaves.size()) {
            ParseTree.Node leaf = leaves.get(i);
            VerbMatch verb = leaf.label.startsWith("VB") ? findVerb(sentence, i) : null;
            if (verb == null) {
                i++;
                continue;
            }
            codeVerb(sentence, leaf, verb, options, events);
            i = Math.max(i + 1, verb.end);
        }
        return List.copyOf(events);
    }

    /** The dictionary verb (possibly multi-word) whose verb word is token {@code index}. */
    private record VerbMatch(int start, int end, List<VerbDictionary.Form> forms) {
    }

    private VerbMatch findVerb(Sentence sentence, int index) {
        List<String> tokens = sentence.tokens;
        List<VerbDictionary.Form> best = new ArrayList<>();
        int bestLength = 0;
        for (VerbDictionary.Form form : dictionaries.verbs().formsOf(tokens.get(index))) {
            int start = index - form.before().size();
            int end = index + 1 + form.after().size();
            if (start < 0 || end > tokens.size()
                    || !tokens.subList(start, index).equals(form.before())
                    || !tokens.subList(index + 1, end).equals(form.after())) {
                continue;
            }
            if (form.length() > bestLength) {
                best.clear();
                bestLength = form.length();
            }
            if (form.length() == bestLength) {
                best.add(form);
            }
        }
        if (best.isEmpty()) {
            return null;
        }
        VerbDictionary.Form first = best.get(0);
        return new VerbMatch(index - first.before().size(), index - first.before().size() + first.length(), best);
    }

    private void codeVerb(Sentence sentence, ParseTree.Node leaf, VerbMatch verb, Options options,
            Set<CodedEvent> events) {
        ParseTree.Node vp = enclosing(leaf, "VP");
        int limit = vp == null ? sentence.tokens.size() : vp.end;
        PatternMatcher matcher = new PatternMatcher(sentence, dictionaries.verbs());
        PatternMatcher.Binding binding = PatternMatcher.Binding.EMPTY;
        String code = null;
        String reverse = null;
        for (VerbPattern pattern : patterns(verb)) {
            if (!isUsable(pattern.code())) {
                continue;
            }
            PatternMatcher.Binding b = matcher.match(pattern, verb.start, verb.end, limit);
            if (b != null) {
                binding = b;
                code = pattern.code();
                reverse = pattern.reverseCode();
                break;
            }
        }
        if (code == null) {
            String[] codes = defaultCode(verb).split(":");
            code = codes[0];
            reverse = codes.length > 1 ? codes[1] : null;
        }
        if (code.equals(ActorRef.NULL_CODE) && reverse == null || !isUsable(code)) {
            return;
        }
        if (binding.compound() != null) {
            List<ActorRef> members = sentence.code(binding.compound());
            for (ActorRef a : members) {
                for (ActorRef b : members) {
                    add(events, a.code(), b.code(), code);
                }
            }
            return;
        }
        Roles roles = roles(sentence, leaf, verb, vp, binding);
        List<ActorRef> sources = sentence.code(roles.source);
        List<ActorRef> targets = sentence.code(roles.target);
        if (sources.isEmpty() && targets.isEmpty()
                || options.requireDyad() && (sources.isEmpty() || targets.isEmpty())) {
            return;
        }
        for (String source : codes(sources)) {
            for (String target : codes(targets)) {
                if (!code.equals(ActorRef.NULL_CODE)) {
                    add(events, source, target, code);
                }
                if (reverse != null && isUsable(reverse)) {
                    add(events, target, source, reverse);
                }
            }
        }
    }

    private record Roles(ParseTree.Node source, ParseTree.Node target) {
    }

    private Roles roles(Sentence sentence, ParseTree.Node leaf, VerbMatch verb, ParseTree.Node vp,
            PatternMatcher.Binding binding) {
        ParseTree.Node source = binding.source();
        ParseTree.Node target = binding.target();
        if (source == null && target == null && leaf.is("VBN") && vp != null) {
            ParseTree.Node agent = byPhrase(sentence, vp);
            if (agent != null) {
                return new Roles(agent, subject(sentence, leaf, agent));
            }
        }
        if (source == null) {
            source = subject(sentence, leaf, target);
        }
        if (target == null && vp != null) {
            target = firstCodedAfter(sentence, verb.end, vp.end, source);
        }
        return new Roles(source, target);
    }

    /** The passive agent: a "by" phrase under the verb phrase (possibly inside an adverb phrase). */
    private static ParseTree.Node byPhrase(Sentence sentence, ParseTree.Node vp) {
        for (ParseTree.Node child : vp.children) {
            List<ParseTree.Node> candidates = child.is("ADVP") ? child.children : List.of(child);
            for (ParseTree.Node pp : candidates) {
                if (pp.is("PP") && !pp.children.isEmpty() && pp.children.get(0).isPreterminal()
                        && pp.children.get(0).word.equals("BY")) {
                    for (ParseTree.Node np : pp.children) {
                        if (np.is("NP") && !sentence.code(np).isEmpty()) {
                            return np;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Subject of the nearest clause that has one. Clauses without subject ("to restore") inherit
     * the subject above them, but not across a noun or prepositional phrase ("efforts to stop",
     * "after leaving"). A subject bound as target by the pattern is passed over, and so is a
     * pronoun, which is taken to refer to the subject above ("Ethiopia indicated it would act").
     */
    private static ParseTree.Node subject(Sentence sentence, ParseTree.Node leaf, ParseTree.Node exclude) {
        ParseTree.Node node = leaf;
        for (ParseTree.Node parent = node.parent; parent != null; node = parent, parent = parent.parent) {
            if (parent.is("NP", "PP")) {
                return null;
            }
            if (!parent.is("S", "SINV", "SQ")) {
                continue;
            }
            for (int i = parent.children.indexOf(node) - 1; i >= 0; i--) {
                ParseTree.Node child = parent.children.get(i);
                if (child.is("NP") && child != exclude && !isPronoun(child)) {
                    return sentence.code(child).isEmpty() ? null : child;
                }
            }
        }
        return null;
    }

    private static boolean isPronoun(ParseTree.Node np) {
        return np.children.size() == 1 && np.children.get(0).is("PRP");
    }

    /** First noun phrase after the verb, inside its verb phrase, that codes to a participant. */
    private static ParseTree.Node firstCodedAfter(Sentence sentence, int from, int to, ParseTree.Node exclude) {
        for (int i = from; i < to; i++) {
            Sentence.Mention m = sentence.mentionAt(i);
            if (m == null) {
                continue;
            }
            ParseTree.Node np = sentence.nounPhraseOf(m);
            if (np != null && np != exclude && np.start >= from && !sentence.code(np).isEmpty()) {
                return np;
            }
        }
        return null;
    }

    private static ParseTree.Node enclosing(ParseTree.Node node, String label) {
        for (ParseTree.Node n = node.parent; n != null; n = n.parent) {
            if (n.is(label)) {
                return n;
            }
        }
        return null;
    }

    private static List<VerbPattern> patterns(VerbMatch verb) {
        List<VerbPattern> patterns = new ArrayList<>();
        Set<VerbDictionary.Block> seen = new LinkedHashSet<>();
        for (VerbDictionary.Form form : verb.forms) {
            if (seen.add(form.block())) {
                patterns.addAll(form.block().patterns);
            }
        }
        // stable sort: longer (more specific) patterns first, file order among equals
        patterns.sort(Comparator.comparingInt(p -> -(p.upper().size() + p.lower().size())));
        return patterns;
    }

    private static String defaultCode(VerbMatch verb) {
        return verb.forms.stream().map(VerbDictionary.Form::code).filter(c -> !c.equals(ActorRef.NULL_CODE))
                .findFirst().orElse(ActorRef.NULL_CODE);
    }

    /**
     * TABARI test dictionaries use codes such as {@code +++}, {@code ###} or {@code xxy} for
     * patterns that must never fire; only {@code ---} (explicit null) and codes with digits count.
     */
    private static boolean isUsable(String code) {
        return code.equals(ActorRef.NULL_CODE) || code.chars().anyMatch(Character::isDigit);
    }

    private static List<String> codes(List<ActorRef> refs) {
        List<String> codes = new ArrayList<>();
        if (refs.isEmpty()) {
            codes.add(ActorRef.NULL_CODE);
        }
        refs.forEach(r -> codes.add(r.code()));
        return codes;
    }

    private static void add(Set<CodedEvent> events, String source, String target, String code) {
        if (!source.equals(target)) {
            events.add(new CodedEvent(source, target, code));
        }
    }
}
