package org.froissart.api;

/**
 * One input (a file, a line) is larger than a reader's size limit and was not read. The runner
 * reports it as <em>skipped</em> (status "skipped", step "limits" in failures.jsonl), like a document
 * longer than {@code limits.maxDocumentChars}, rather than failed: nothing is wrong with it but its
 * size.
 */
@Api(Api.Status.EXPERIMENTAL)
public class InputTooLargeException extends InputException {
    private static final long serialVersionUID = 1L;

    /** @param location the file and position ("news.jsonl:12", "a.txt") */
    public InputTooLargeException(String location, String message) {
        super(location, message);
    }
}
