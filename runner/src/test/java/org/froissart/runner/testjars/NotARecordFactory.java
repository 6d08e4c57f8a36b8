package org.froissart.runner.testjars;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/** A raw factory whose config type is a plain class, which generics would have refused. */
@SuppressWarnings("rawtypes")
public final class NotARecordFactory implements ExtractorFactory {
    public static final String NAME = "test-not-a-record";

    /** Settings as a JavaBean: not supported. */
    public static final class Settings {
        public int size;
    }

    @Override
    public Class configType() {
        return Settings.class;
    }

    @Override
    public Extractor create(Record config, PluginContext context) {
        return (Document d) -> { };
    }
}
