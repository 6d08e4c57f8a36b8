package org.froissart.api;

/** One item read from an input: a document, or the error that stopped it being read. */
@Api(Api.Status.STABLE)
public record SourceRecord(Document document, InputException error) {
    public SourceRecord {
        if ((document == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of document and error");
        }
    }

    public static SourceRecord of(Document document) {
        return new SourceRecord(document, null);
    }

    public static SourceRecord failed(InputException error) {
        return new SourceRecord(null, error);
    }
}
