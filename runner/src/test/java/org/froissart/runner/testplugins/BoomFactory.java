package org.froissart.runner.testplugins;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Test only: fails every document whose text contains "BOOM". */
public final class BoomFactory implements ExtractorFactory<BoomFactory.Config> {
    public static final String NAME = "test-boom";

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        return (Document d) -> {
            if (d.text().contains("BOOM")) {
                throw new IllegalStateException("boom in " + d.id());
            }
        };
    }
}
