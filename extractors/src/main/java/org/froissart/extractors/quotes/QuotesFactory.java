package org.froissart.extractors.quotes;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.froissart.api.Capabilities;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;
import org.froissart.extractors.lang.LanguagePacks;

@Description("Direct quotations in « », “ ” and \" \" with their speaker (an entity, or the words naming the speaker); unattributed short scare quotes are left out.")
public final class QuotesFactory implements ExtractorFactory<QuotesFactory.Config> {
    public static final String NAME = "quotes";
    private static final String FILE = "quote-cues.tsv";

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> requires() {
        return Set.of(Capabilities.TOKENS, Capabilities.SENTENCES, Capabilities.ENTITIES);
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.QUOTES);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        Map<String, QuoteFinder> finders = new ConcurrentHashMap<>();
        QuoteFinder none = new QuoteFinder(null);
        return (Document d) -> {
            if (d.language() == null) {
                return;
            }
            QuoteFinder f = finders.computeIfAbsent(d.language(), l -> !context.hasResource(LanguagePacks.path(l, FILE)) ? none
                    : context.shared("froissart.quotes." + l, QuoteFinder.class,
                            () -> new QuoteFinder(QuoteCues.load(context::openResource, l))));
            if (f != none) {
                f.process(d);
            }
        };
    }
}
