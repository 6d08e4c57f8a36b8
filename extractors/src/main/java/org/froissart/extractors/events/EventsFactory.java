package org.froissart.extractors.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
    /** pack.properties key listing the trigger files to merge, hand-written first: "event-triggers.tsv,event-triggers-petrarch.tsv". */
    static final String TRIGGERS_PROPERTY = "event.triggers";

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
                        TriggerDictionary.load(context::openResource, triggerFiles(context, l), cameo),
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

    /**
     * The pack's trigger files, from the {@value #TRIGGERS_PROPERTY} property of its
     * pack.properties (comma-separated, the hand-written file first); {@value #TRIGGERS} alone
     * when the property is absent.
     */
    static List<String> triggerFiles(PluginContext context, String language) {
        String listed = null;
        String props = LanguagePacks.path(language, "pack.properties");
        if (context.hasResource(props)) {
            Properties p = new Properties();
            try (InputStream in = context.openResource(props)) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + props, e);
            }
            listed = p.getProperty(TRIGGERS_PROPERTY);
        }
        List<String> files = new ArrayList<>();
        if (listed != null) {
            for (String f : listed.split(",")) {
                if (!f.isBlank()) {
                    files.add(LanguagePacks.path(language, f.strip()));
                }
            }
        }
        if (files.isEmpty()) {
            files.add(LanguagePacks.path(language, TRIGGERS));
        }
        return files;
    }
}
