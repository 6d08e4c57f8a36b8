package org.froissart.api;

/** Makes outputs. */
@Api(Api.Status.STABLE)
public interface OutputFactory<C extends Record> extends PluginFactory<C> {

    Output create(C config, PluginContext context);
}
