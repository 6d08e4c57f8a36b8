package org.froissart.runner.testjars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.froissart.api.Annotation;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** Records, in an annotation, which host classes a plugin can load: only the API must be visible. */
public final class IsolationProbeFactory implements ExtractorFactory<IsolationProbeFactory.Config> {
    public static final String NAME = "test-probe";
    static final List<String> PROBED = List.of("org.froissart.api.Document", "org.froissart.runner.Main",
            "com.google.inject.Guice", "com.fasterxml.jackson.databind.ObjectMapper", "org.froissart.runner.testjars.TwinFactory");

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        return (Document d) -> {
            Map<String, String> seen = new LinkedHashMap<>();
            for (String name : PROBED) {
                try {
                    Class.forName(name);
                    seen.put(name, "loaded");
                } catch (ClassNotFoundException | LinkageError e) {
                    seen.put(name, e.getClass().getSimpleName());
                }
            }
            d.annotations().add(new Annotation("isolation", 0, 0, seen));
        };
    }
}
