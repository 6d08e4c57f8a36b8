package org.froissart.api;

import java.util.Set;

/** Makes extractors: the steps of a pipeline. */
@Api(Api.Status.STABLE)
public interface ExtractorFactory<C extends Record> extends PluginFactory<C> {

    /**
     * Makes one extractor. The runner calls this once per worker thread: an instance is used by one
     * thread at a time, so it may keep mutable scratch state. Heavy read-only data goes through
     * {@link PluginContext#shared}.
     */
    Extractor create(C config, PluginContext context);

    /** Capabilities that earlier steps must produce ({@link Capabilities}). */
    default Set<String> requires() {
        return Set.of();
    }

    /** Capabilities this step produces. */
    default Set<String> produces() {
        return Set.of();
    }
}
