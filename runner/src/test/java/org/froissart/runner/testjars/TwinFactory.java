package org.froissart.runner.testjars;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Packed into two jars: two factories with one name. */
public final class TwinFactory implements ExtractorFactory<TwinFactory.Config> {
    public static final String NAME = "test-twin";

    public record Config() {
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
