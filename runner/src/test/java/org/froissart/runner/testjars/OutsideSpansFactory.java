package org.froissart.runner.testjars;

import java.util.Map;

import org.froissart.api.Annotation;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Adds an annotation that ends five characters after the text. */
public final class OutsideSpansFactory implements ExtractorFactory<OutsideSpansFactory.Config> {
    public static final String NAME = "test-outside";

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        return (Document d) -> d.annotations().add(new Annotation("bad", 0, d.text().length() + 5, Map.of()));
    }
}
