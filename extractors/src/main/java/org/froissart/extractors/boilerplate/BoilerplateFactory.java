package org.froissart.extractors.boilerplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.froissart.api.Capabilities;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;
import org.froissart.api.Span;
import org.froissart.extractors.lang.LanguagePacks;

@Description("Marks comment and share prompts, donation appeals, 'Lire aussi', newsletter prompts and source links as boilerplate, which later steps skip.")
public final class BoilerplateFactory implements ExtractorFactory<BoilerplateFactory.Config> {
    public static final String NAME = "boilerplate";
    static final String FILE = "boilerplate.tsv";

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.BOILERPLATE);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        Map<String, BoilerplateFinder> byLanguage = new ConcurrentHashMap<>();
        List<String> installed = LanguagePacks.installed(context);
        BoilerplateFinder any = context.shared("froissart.boilerplate.all", BoilerplateFinder.class, () -> {
            BoilerplateRules all = new BoilerplateRules();
            for (String lang : installed) {
                if (context.hasResource(LanguagePacks.path(lang, FILE))) {
                    all = all.merge(BoilerplateRules.load(context::openResource, LanguagePacks.path(lang, FILE)));
                }
            }
            return new BoilerplateFinder(all);
        });
        return (Document d) -> {
            String lang = d.language();
            // Documents in a language without rules get every language's rules.
            BoilerplateFinder f = lang == null ? any : byLanguage.computeIfAbsent(lang,
                    l -> !context.hasResource(LanguagePacks.path(l, FILE)) ? any
                            : context.shared("froissart.boilerplate." + l, BoilerplateFinder.class, () -> new BoilerplateFinder(
                                    BoilerplateRules.load(context::openResource, LanguagePacks.path(l, FILE)))));
            List<Span> spans = f.find(d.text());
            d.boilerplate().addAll(spans);
        };
    }
}
