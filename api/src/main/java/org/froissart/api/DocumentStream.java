package org.froissart.api;

import java.io.Closeable;
import java.util.Iterator;

/** Documents read lazily from one input file. Bad records come as errors, not exceptions. */
@Api(Api.Status.STABLE)
public interface DocumentStream extends Iterator<SourceRecord>, Closeable {
}
