package org.froissart.api;

/** A piece of text: offsets into the document text and the covered text itself. */
@Api(Api.Status.STABLE)
public record Mention(int start, int end, String text) {
    public static Mention of(String documentText, int start, int end) {
        return new Mention(start, end, documentText.substring(start, end));
    }
}
