package org.froissart.extractors.entities;

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
import org.froissart.extractors.ner.NameTagger;
import org.froissart.extractors.ner.NerResources;

@Description("Persons, organisations and places with all their mentions, canonical names, ISO-3166 countries and CAMEO actor codes.")
public final class EntitiesFactory implements ExtractorFactory<EntitiesFactory.Config> {
    public static final String NAME = "entities";

    public record Config(@Description("Use the language's statistical name tagger when it ships one") Boolean tagger) {
        public Config {
            tagger = tagger == null || tagger;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> requires() {
        return Set.of(Capabilities.TOKENS, Capabilities.SENTENCES);
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.ENTITIES);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        Map<String, EntityFinder> finders = new ConcurrentHashMap<>();
        EntityFinder none = new EntityFinder(null, null);
        return (Document d) -> {
            String lang = d.language();
            if (lang == null) {
                return;
            }
            EntityFinder f = finders.computeIfAbsent(lang, l -> !LanguagePacks.has(context, l) ? none
                    : context.shared("froissart.entities." + l + "." + config.tagger(), EntityFinder.class, () -> finder(context, l, config)));
            if (f != none) {
                f.process(d);
            }
        };
    }

    private static EntityFinder finder(PluginContext context, String lang, Config config) {
        // The tagger and the dictionaries load in parallel: together they are most of the start-up time.
        java.util.concurrent.CompletableFuture<NameTagger> tagger = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                config.tagger() && context.hasResource(NerResources.directory(lang) + "model.bin")
                        ? NerResources.load(p -> context.hasResource(p) ? context.openResource(p) : null, lang) : null);
        Knowledge k = Knowledge.shared(context, lang);
        return new EntityFinder(k, tagger.join());
    }
}
