package org.froissart.extractors.language;

import java.util.Set;

import org.froissart.api.Capabilities;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;
import org.froissart.extractors.text.LanguageIdentifier;

@Description("Identifies the language of each document (fr, en, de, es, it, pt, nl, or 'und'); keeps a language given by the input unless 'override' is set.")
public final class LanguageFactory implements ExtractorFactory<LanguageFactory.Config> {
    public static final String NAME = "language";

    public record Config(@Description("Identify the language even when the input gave one") Boolean override) {
        public Config {
            override = override != null && override;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.LANGUAGE);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        LanguageIdentifier id = context.shared("froissart.langid", LanguageIdentifier.class, LanguageIdentifier::load);
        boolean override = config.override();
        String fixed = context.language();
        return (Document d) -> {
            if (d.language() != null && !override) {
                return;
            }
            d.setLanguage("auto".equals(fixed) || override ? id.identify(d.text()) : fixed);
        };
    }
}
