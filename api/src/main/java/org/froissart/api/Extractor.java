package org.froissart.api;

/** A pipeline step: reads a document's text and annotations and adds its own. */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface Extractor extends AutoCloseable {

    /**
     * Annotates the document. Any exception fails this document only: the runner reports it in
     * failures.jsonl and goes on. Offsets must lie inside the text.
     */
    void process(Document document) throws Exception;

    @Override
    default void close() {
    }
}
