package org.froissart.runner.testplugins;

import java.util.Set;

import org.froissart.api.Capabilities;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Test only: requires tokens, produces nothing, does nothing. */
public final class NeedsTokensFactory implements ExtractorFactory<NeedsTokensFactory.Config> {
    public static final String NAME = "test-needs-tokens";

    public record Config(Integer level, Boolean strict) {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> requires() {
        return Set.of(Capabilities.TOKENS);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        return d -> { };
    }
}
