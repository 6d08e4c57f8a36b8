package org.froissart.extractors.events;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.froissart.extractors.util.Tsv;

/** A language's function words for event coding (froissart/lang/xx/event-grammar.tsv), grouped by role. */
final class EventGrammar {
    private final Map<String, Set<String>> byRole = new HashMap<>();

    static EventGrammar load(Function<String, InputStream> opener, String path) {
        EventGrammar g = new EventGrammar();
        for (String[] row : Tsv.read(opener, path)) {
            g.byRole.computeIfAbsent(Tsv.column(row, 1), k -> new HashSet<>()).add(Tsv.column(row, 0));
        }
        return g;
    }

    Set<String> role(String role) {
        return byRole.getOrDefault(role, Set.of());
    }
}
