package org.froissart.api;

/**
 * A direct quotation (offsets of the quoted words, without the quote marks).
 *
 * @param speaker     id of the speaking entity, or null
 * @param speakerText the words naming the speaker in the text ("le ministère des Affaires étrangères"), or null
 */
@Api(Api.Status.STABLE)
public record Quote(int start, int end, String text, String speaker, String speakerText) {
}
