package org.froissart.runner.testjars;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** A config record whose compact constructor refuses bad values. */
public final class StrictConfigFactory implements ExtractorFactory<StrictConfigFactory.Config> {
    public static final String NAME = "test-strict";

    public record Config(Double threshold) {
        public Config {
            threshold = threshold == null ? 0.5 : threshold;
            if (threshold < 0 || threshold > 1) {
                throw new IllegalArgumentException("threshold must be between 0 and 1, not " + threshold);
            }
        }
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
