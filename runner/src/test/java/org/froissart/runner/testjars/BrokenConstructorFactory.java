package org.froissart.runner.testjars;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Its constructor fails: heavy work done at the wrong time. */
public final class BrokenConstructorFactory implements ExtractorFactory<BrokenConstructorFactory.Config> {
    public static final String NAME = "test-broken";

    public record Config() {
    }

    public BrokenConstructorFactory() {
        throw new IllegalStateException("model file not found");
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        return (Document d) -> { };
    }
}
