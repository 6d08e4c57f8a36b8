package org.froissart.api;

import java.io.IOException;
import java.nio.file.Path;

/** Reads documents from files of one format. */
@Api(Api.Status.STABLE)
public interface SourceReader {

    /**
     * Opens a file. Documents are read as the stream is iterated, never all at once.
     *
     * @throws IOException when the file cannot be opened at all
     */
    DocumentStream open(Path file) throws IOException;
}
