package org.froissart.runner.testjars;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Forgets its NAME field. */
public final class NoNameFactory implements ExtractorFactory<NoNameFactory.Config> {
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
