package org.froissart.api;

/**
 * One side of an event.
 *
 * @param entity id of the entity in the document, or null when the actor is not an entity (a demonym)
 * @param code   CAMEO-style actor code, or null
 * @param text   the words that name the actor, or null
 */
@Api(Api.Status.STABLE)
public record EventActor(String entity, String code, Mention text) {
}
