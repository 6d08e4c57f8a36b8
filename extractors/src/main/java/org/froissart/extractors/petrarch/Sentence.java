package org.froissart.extractors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed sentence with its actor and agent phrases located, and the noun-phrase coding rules:
 * coordinated noun phrases give one participant per conjunct, the head of a noun phrase gives the
 * actor and its agents, and a head without actor borrows one from its prepositional phrase
 * ("the government of Gondor" gives GONGOV).
 */
final class Sentence {

    /** An actor or agent phrase found in the tokens [start, end). */
    record Mention(int start, int end, List<String> actorCodes, List<AgentDictionary.Agent> agents) {
        boolean isActor() {
            return !actorCodes.isEmpty();
        }
    }

    private static final Set<String> NOUN_PHRASE = Set.of("NP", "NML", "NX", "WHNP");
    private static final Set<String> HEAD_PARTS = Set.of("NP", "NML", "NX", "ADJP", "QP", "UCP", "WHNP");
    private static final Set<String> CLAUSE = Set.of("VP", "S", "SBAR", "SINV", "SQ", "SBARQ", "ROOT", "FRAG");

    final ParseTree tree;
    final List<String> tokens;
    private final Mention[] mentionAt;

    Sentence(ParseTree tree, ActorDictionary actors, AgentDictionary agents, LocalDate date) {
        this.tree = tree;
        this.tokens = tree.tokens();
        this.mentionAt = new Mention[tokens.size()];
        locate(actors, agents, date);
    }

    /** Longest actor or agent phrase at each position, left to right; actors win ties. */
    private void locate(ActorDictionary actors, AgentDictionary agents, LocalDate date) {
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Match<ActorDictionary.Actor> actor = actors.longestAt(tokens, i);
            PhraseTrie.Match<AgentDictionary.Agent> agent = agents.longestAt(tokens, i);
            if (actor != null && (agent == null || actor.length() >= agent.length())) {
                List<String> codes = new ArrayList<>();
                for (ActorDictionary.Actor a : actor.values()) {
                    String code = a.codeAt(date);
                    if (code != null && !code.equals(ActorRef.NULL_CODE)) {
                        codes.add(code);
                    }
                }
                // an actor whose code is null at this date still occupies its words
                mentionAt[i] = codes.isEmpty() ? null : new Mention(i, actor.end(), codes, List.of());
                i = actor.end();
            } else if (agent != null) {
                mentionAt[i] = new Mention(i, agent.end(), List.of(), agent.values());
                i = agent.end();
            } else {
                i++;
            }
        }
    }

    Mention mentionAt(int index) {
        return index >= 0 && index < mentionAt.length ? mentionAt[index] : null;
    }

    /**
     * The largest noun phrase (within the clause) that starts ({@code starting}) or ends at token
     * {@code index} and codes to at least one participant, or null.
     */
    ParseTree.Node codedNounPhrase(int index, boolean starting) {
        ParseTree.Node best = null;
        for (ParseTree.Node n = tree.leaves().get(index).parent; n != null && !CLAUSE.contains(n.label);
                n = n.parent) {
            boolean edge = starting ? n.start == index : n.end == index + 1;
            if (!edge) {
                break;
            }
            if (NOUN_PHRASE.contains(n.label)) {
                best = n;
            }
        }
        return best != null && !code(best).isEmpty() ? best : null;
    }

    /** The largest noun phrase holding the mention without leaving its clause. */
    ParseTree.Node nounPhraseOf(Mention mention) {
        ParseTree.Node node = tree.leaves().get(mention.start());
        ParseTree.Node best = null;
        for (ParseTree.Node n = node.parent; n != null && !CLAUSE.contains(n.label); n = n.parent) {
            if (NOUN_PHRASE.contains(n.label)) {
                best = n;
            }
        }
        return best;
    }

    /** Smallest noun phrase containing token {@code index}, or null. */
    ParseTree.Node smallestNounPhrase(int index) {
        for (ParseTree.Node n = tree.leaves().get(index).parent; n != null; n = n.parent) {
            if (NOUN_PHRASE.contains(n.label)) {
                return n;
            }
        }
        return null;
    }

    /** Participants of a noun phrase; empty when it holds no actor or agent. */
    List<ActorRef> code(ParseTree.Node np) {
        if (np == null) {
            return List.of();
        }
        List<ParseTree.Node> conjuncts = conjuncts(np);
        if (!conjuncts.isEmpty()) {
            Set<ActorRef> all = new LinkedHashSet<>();
            conjuncts.forEach(c -> all.addAll(code(c)));
            return List.copyOf(all);
        }
        List<Integer> head = new ArrayList<>();
        collectHead(np, head);
        List<List<String>> actorMentions = new ArrayList<>();
        List<AgentDictionary.Agent> agents = new ArrayList<>();
        boolean coordinated = false;
        for (int k = 0; k < head.size(); k++) {
            int index = head.get(k);
            coordinated |= tree.leaves().get(index).is("CC") && joinsMentions(head, k);
            Mention m = mentionAt[index];
            if (m == null) {
                continue;
            }
            if (m.isActor()) {
                actorMentions.add(m.actorCodes());
            } else {
                agents.addAll(m.agents());
            }
        }
        if (!actorMentions.isEmpty()) {
            // "Fornost President Umbardacil": one participant; "Danish media and government": one per agent
            Set<String> actors = new LinkedHashSet<>();
            if (coordinated) {
                actorMentions.forEach(actors::addAll);
            } else {
                actors.addAll(actorMentions.get(0));
            }
            return combine(new ArrayList<>(actors), agents, coordinated);
        }
        for (ParseTree.Node child : np.children) {
            if (child.is("PP")) {
                List<ActorRef> inner = code(firstNounPhrase(child));
                if (inner.stream().anyMatch(r -> r.actor() != null)) {
                    List<ActorRef> result = new ArrayList<>();
                    for (ActorRef ref : inner) {
                        if (coordinated && agents.size() > 1) {
                            agents.forEach(a -> result.add(ref.withAgents(List.of(a))));
                        } else {
                            result.add(ref.withAgents(agents));
                        }
                    }
                    return result;
                }
            }
        }
        if (agents.isEmpty()) {
            return List.of();
        }
        List<String> none = new ArrayList<>();
        none.add(null);
        return combine(none, agents, coordinated);
    }

    /**
     * Whether the conjunction at head position {@code k} joins two actor or agent phrases
     * ("media and government") rather than adjectives ("awful and evil minister").
     */
    private boolean joinsMentions(List<Integer> head, int k) {
        int before = head.get(k) - 1;
        boolean left = false;
        for (int i = before; i >= 0 && !left; i--) {
            Mention m = mentionAt[i];
            if (m != null) {
                left = m.end() == before + 1;
                break;
            }
        }
        int after = k + 1;
        while (after < head.size() && tree.leaves().get(head.get(after)).is("DT")) {
            after++;
        }
        return left && after < head.size() && mentionAt[head.get(after)] != null;
    }

    private static List<ActorRef> combine(List<String> actors, List<AgentDictionary.Agent> agents,
            boolean coordinated) {
        List<ActorRef> result = new ArrayList<>();
        for (String actor : actors) {
            if (coordinated && agents.size() > 1) {
                agents.forEach(a -> result.add(new ActorRef(actor, List.of(a))));
            } else {
                result.add(new ActorRef(actor, List.copyOf(agents)));
            }
        }
        return result;
    }

    /** Conjoined noun phrases of "A, B and C" (a CC child and at least two noun phrase children). */
    private static List<ParseTree.Node> conjuncts(ParseTree.Node np) {
        boolean conjunction = np.children.stream().anyMatch(c -> c.is("CC", "CONJP"));
        List<ParseTree.Node> nps = np.children.stream().filter(c -> NOUN_PHRASE.contains(c.label)).toList();
        return conjunction && nps.size() >= 2 ? nps : List.of();
    }

    /** Token indices of the head part: words and nested noun phrases, not PPs or clauses. */
    private static void collectHead(ParseTree.Node node, List<Integer> head) {
        for (ParseTree.Node child : node.children) {
            if (child.isPreterminal()) {
                head.add(child.start);
            } else if (HEAD_PARTS.contains(child.label)) {
                collectHead(child, head);
            }
        }
    }

    private static ParseTree.Node firstNounPhrase(ParseTree.Node node) {
        for (ParseTree.Node child : node.children) {
            if (NOUN_PHRASE.contains(child.label)) {
                return child;
            }
        }
        return null;
    }
}
