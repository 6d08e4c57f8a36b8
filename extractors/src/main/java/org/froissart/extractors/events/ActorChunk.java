package org.froissart.extractors.events;

/**
 * Words of a sentence that name an actor, over tokens [start, end).
 *
 * @param entity  the entity it mentions, or null ("les forces américaines")
 * @param code    CAMEO-style actor code, or null when unknown
 * @param pronoun a pronoun standing for an earlier actor
 * @param modifier a role word qualifying another noun ("un coup d'État militaire", "violences policières"):
 *                 it names who an act concerns, but is not the subject of the verbs that follow
 */
record ActorChunk(int start, int end, String entity, String code, boolean pronoun, boolean modifier) {
}
