package org.froissart.extractors.tokens;

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
import org.froissart.api.Token;
import org.froissart.extractors.lang.LanguagePacks;
import org.froissart.extractors.text.SentenceSplitter;
import org.froissart.extractors.text.TextResources;
import org.froissart.extractors.text.Tokenizer;

@Description("Splits the text into tokens and sentences: French elisions, typographic quotes, abbreviations, numbers, glued sentences.")
public final class TokensFactory implements ExtractorFactory<TokensFactory.Config> {
    public static final String NAME = "tokens";

    public record Config() {
    }

    /** A language's tokenizer and sentence splitter, built once per run. */
    record TextTools(Tokenizer tokenizer, SentenceSplitter splitter) {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.TOKENS, Capabilities.SENTENCES);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        Map<String, TextTools> tools = new ConcurrentHashMap<>();
        TextTools generic = new TextTools(new Tokenizer(Set.of()), new SentenceSplitter(Set.of()));
        return (Document d) -> {
            String lang = d.language();
            TextTools t = lang == null ? generic : tools.computeIfAbsent(lang, l -> !LanguagePacks.has(context, l) ? generic
                    : context.shared("froissart.tokens." + l, TextTools.class, () -> {
                        Set<String> abbreviations = TextResources.loadAbbreviations(context::openResource, l);
                        return new TextTools(new Tokenizer(abbreviations), new SentenceSplitter(abbreviations));
                    }));
            List<Token> tokens = d.tokens();
            tokens.clear();
            t.tokenizer().tokenize(d.text(), 0, d.text().length(), tokens);
            List<Span> sentences = t.splitter().split(d.text(), tokens);
            d.sentences().clear();
            d.sentences().addAll(sentences);
        };
    }
}
