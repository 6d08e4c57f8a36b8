package org.froissart.extractors.metadata;

import java.util.Set;

import org.froissart.api.Capabilities;
import org.froissart.api.Description;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

@Description("Title (when the reader found none) and dateline of the article body (\"Caracas/Moscou.\", \"PARIS (AFP) -\").")
public final class MetadataFactory implements ExtractorFactory<MetadataFactory.Config> {
    public static final String NAME = "metadata";

    public record Config(@Description("Take the first line as title when the reader found none") Boolean titleFromFirstLine) {
        public Config {
            titleFromFirstLine = titleFromFirstLine == null || titleFromFirstLine;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.METADATA);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        return new MetadataExtractor(config.titleFromFirstLine());
    }
}
