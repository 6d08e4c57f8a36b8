package org.froissart.api;

import java.io.IOException;

/**
 * Writes documents somewhere. Called from one thread, in input order. {@link #close} must leave
 * complete results (write to a temporary file and rename, commit a transaction).
 */
@Api(Api.Status.STABLE)
public interface Output extends AutoCloseable {

    void write(Document document) throws IOException;

    @Override
    void close() throws IOException;
}
