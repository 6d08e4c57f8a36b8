package org.froissart.extractors.events;

import java.util.Set;

import org.froissart.api.Capabilities;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;
import org.froissart.extractors.entities.Knowledge;
import org.froissart.extractors.lang.LanguagePacks;
import org.froissart.extractors.lang.PerLanguage;

@Description("Political events coded in CAMEO and PLOVER with source and target actors, from the language's trigger dictionary (event-triggers.tsv).")
public final class EventsFactory implements ExtractorFactory<EventsFactory.Config> {
    public static final String NAME = "events";
    static final String TRIGGERS = "event-triggers.tsv";

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
        return Set.of(Capabilities.EVENTS);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        CameoTable cameo = context.shared("froissart.cameo", CameoTable.class, () -> CameoTable.load(context::openResource));
        PerLanguage<EventCoder> coders = new PerLanguage<>(context, "froissart.events", TRIGGERS, EventCoder.class,
                l -> new EventCoder(
                        TriggerDictionary.load(context::openResource, LanguagePacks.path(l, TRIGGERS), cameo),
                        cameo,
                        EventGrammar.load(context::openResource, LanguagePacks.path(l, "event-grammar.tsv")),
                        Knowledge.shared(context, l)));
        return (Document d) -> {
            EventCoder c = coders.get(d.language());
            if (c != null) {
                c.process(d);
            }
        };
    }
}
