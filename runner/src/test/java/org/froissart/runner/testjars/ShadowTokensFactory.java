package org.froissart.runner.testjars;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Takes the name of a bundled extractor. */
public final class ShadowTokensFactory implements ExtractorFactory<ShadowTokensFactory.Config> {
    public static final String NAME = "tokens";

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
