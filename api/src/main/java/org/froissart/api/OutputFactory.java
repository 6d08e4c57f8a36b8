package org.froissart.api;

import java.util.Map;

/** Makes outputs. */
@Api(Api.Status.STABLE)
public interface OutputFactory<C extends Record> extends PluginFactory<C> {

    Output create(C config, PluginContext context);

    /**
     * Reopens the output of an interrupted run to append to it ({@code froissart run --resume}).
     * {@code state} is what {@link Output#checkpoint} returned at the last checkpoint: the output must
     * drop anything written after it (e.g. truncate its file to the recorded length), then continue
     * as {@link #create} would. The default refuses, for outputs whose checkpoint returns null.
     *
     * @throws ConfigException when this output cannot continue, or its files do not match the state
     */
    @Api(Api.Status.EXPERIMENTAL)
    default Output resume(C config, PluginContext context, Map<String, String> state) {
        throw new ConfigException("output '" + name() + "' cannot continue an interrupted run; "
                + "run again without --resume into an empty output directory");
    }
}
