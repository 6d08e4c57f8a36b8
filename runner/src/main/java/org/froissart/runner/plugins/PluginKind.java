package org.froissart.runner.plugins;

import org.froissart.api.ExtractorFactory;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginFactory;
import org.froissart.api.SourceReaderFactory;

/** The three kinds of plugin, each registered under its own service interface. */
public enum PluginKind {
    READER("reader", SourceReaderFactory.class),
    EXTRACTOR("extractor", ExtractorFactory.class),
    OUTPUT("output", OutputFactory.class);

    private final String label;
    @SuppressWarnings("rawtypes")
    private final Class<? extends PluginFactory> service;

    @SuppressWarnings("rawtypes")
    PluginKind(String label, Class<? extends PluginFactory> service) {
        this.label = label;
        this.service = service;
    }

    public String label() {
        return label;
    }

    @SuppressWarnings("rawtypes")
    public Class<? extends PluginFactory> service() {
        return service;
    }
}
