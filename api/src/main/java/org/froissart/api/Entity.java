package org.froissart.api;

import java.util.List;

/**
 * An entity of one document with all its mentions.
 *
 * @param id      unique in the document ("e1", "e2", ...)
 * @param name    canonical name
 * @param country ISO-3166 alpha-3 code or null
 * @param code    CAMEO-style actor code (RUSGOV, IGOUNO) or null
 */
@Api(Api.Status.STABLE)
public record Entity(String id, EntityType type, String name, String country, String code, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
