package org.froissart.extractors.temporal;

import java.util.Set;

import org.froissart.api.Capabilities;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;
import org.froissart.api.TemporalExpression;
import org.froissart.extractors.lang.PerLanguage;
import org.froissart.extractors.util.HeaderLines;

@Description("Dates and temporal expressions (jeudi, hier, le 14 juillet, en 2019, last year) resolved against the publication date.")
public final class DatesFactory implements ExtractorFactory<DatesFactory.Config> {
    public static final String NAME = "dates";

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.DATES);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        PerLanguage<DateExtractor> engines = new PerLanguage<>(context, "froissart.dates", DateRules.FILE, DateExtractor.class,
                l -> new DateExtractor(DateRules.load(context::openResource, l)));
        return (Document d) -> {
            DateExtractor e = engines.get(d.language());
            if (e == null) {
                return;
            }
            for (TemporalExpression t : e.find(d.text(), d.published())) {
                if (!d.inBoilerplate(t.start()) && !HeaderLines.inDateLine(d, t.start())) {
                    d.dates().add(t);
                }
            }
        };
    }
}
