package org.froissart.api;

import java.util.Set;

/** Makes source readers. */
@Api(Api.Status.STABLE)
public interface SourceReaderFactory<C extends Record> extends PluginFactory<C> {

    SourceReader create(C config, PluginContext context);

    /** File name endings this reader takes when the CLI picks a reader by extension (".txt"). */
    default Set<String> extensions() {
        return Set.of();
    }
}
