package org.froissart.runner.testplugins;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Test only: sleeps a minute on documents whose text contains "HANG". */
public final class HangFactory implements ExtractorFactory<HangFactory.Config> {
    public static final String NAME = "test-hang";

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        return (Document d) -> {
            if (d.text().contains("HANG")) {
                Thread.sleep(60_000);
            }
        };
    }
}
