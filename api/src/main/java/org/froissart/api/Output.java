package org.froissart.api;

import java.io.IOException;
import java.util.Map;

/**
 * Writes documents somewhere. Called from one thread, in input order. {@link #close} must leave
 * complete results (write to a temporary file and rename, commit a transaction).
 */
@Api(Api.Status.STABLE)
public interface Output extends AutoCloseable {

    void write(Document document) throws IOException;

    /**
     * Makes everything written so far complete and visible (whole records only, flushed in order) and
     * returns what {@link OutputFactory#resume} needs to continue right after these documents, e.g.
     * the byte length of the file; or null when this output cannot continue an interrupted run.
     * The runner calls it on the writer thread between two documents, every few seconds, and records
     * the states in progress.json once every output has answered. The default returns null: such an
     * output still works, but {@code froissart run --resume} refuses to continue its runs.
     */
    @Api(Api.Status.EXPERIMENTAL)
    default Map<String, String> checkpoint() throws IOException {
        return null;
    }

    @Override
    void close() throws IOException;
}
