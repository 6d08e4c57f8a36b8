package org.froissart.extractors.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * A coded participant: an actor code (null when only agents were found, printed {@code ---})
 * plus agents, combined as PETRARCH does: USA + ~GOV gives USAGOV, NGO~ + ARN gives NGOARN.
 */
record ActorRef(String actor, List<AgentDictionary.Agent> agents) {

    static final String NULL_CODE = "---";

    ActorRef withAgents(List<AgentDictionary.Agent> more) {
        List<AgentDictionary.Agent> all = new ArrayList<>(agents);
        all.addAll(more);
        return new ActorRef(actor, all);
    }

    String code() {
        String base = actor == null ? NULL_CODE : actor;
        StringBuilder prefix = new StringBuilder();
        StringBuilder suffix = new StringBuilder();
        for (AgentDictionary.Agent agent : agents) {
            // an actor already coded as e.g. USAGOV must not become USAGOVGOV
            if (containsChunk(prefix + base + suffix, agent.code())) {
                continue;
            }
            (agent.prefix() ? prefix : suffix).append(agent.code());
        }
        return prefix + base + suffix;
    }

    /** CAMEO codes are sequences of 3-letter parts: GMWGOV does not contain WGO, HGWGOVMED contains GOVMED. */
    private static boolean containsChunk(String code, String part) {
        for (int i = 0; i + part.length() <= code.length(); i += 3) {
            if (code.startsWith(part, i)) {
                return true;
            }
        }
        return false;
    }
}
