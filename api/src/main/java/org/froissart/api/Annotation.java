package org.froissart.api;

import java.util.Map;

/**
 * A span tagged by a plugin with a type of its own ("sanction-list-match"), for facts the core model
 * has no field for. Written to the output's {@code annotations} list.
 */
@Api(Api.Status.STABLE)
public record Annotation(String type, int start, int end, Map<String, String> attributes) {
    public Annotation {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
