package org.froissart.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.entities.EntitiesFactory;
import org.froissart.extractors.events.EventsFactory;
import org.froissart.extractors.quotes.QuotesFactory;
import org.froissart.extractors.text.TextResources;
import org.froissart.extractors.text.Tokenizer;
import org.froissart.extractors.tokens.TokensFactory;
import org.froissart.testkit.Configs;
import org.froissart.testkit.TestPluginContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot paths, each over the same articles. A step's own cost is the difference between a chain
 * and the chain without it (entities = tokensEntities - tokens). Throughput is articles per second;
 * multiply by the characters per article printed at set-up for characters per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StepBenchmarks {
    private List<String> texts;
    private Tokenizer tokenizer;
    private Extractor tokens;
    private Extractor entities;
    private Extractor quotes;
    private Extractor events;

    @Setup(Level.Trial)
    public void setUp() {
        texts = Texts.load();
        System.out.printf("%n%d articles, %d characters%n", texts.size(), Texts.characters(texts));
        TestPluginContext context = new TestPluginContext();
        tokenizer = new Tokenizer(TextResources.loadAbbreviations(context::openResource, "fr"));
        tokens = create(new TokensFactory(), context);
        entities = create(new EntitiesFactory(), context);
        quotes = create(new QuotesFactory(), context);
        events = create(new EventsFactory(), context);
    }

    private static <C extends Record> Extractor create(ExtractorFactory<C> f, TestPluginContext context) {
        return f.create(Configs.defaults(f.configType()), context);
    }

    private List<Document> documents() {
        List<Document> docs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Document d = new Document("d" + i, "bench", texts.get(i));
            d.setLanguage("fr");
            docs.add(d);
        }
        return docs;
    }

    @Benchmark
    public void tokenizer(Blackhole bh) {
        for (String t : texts) {
            bh.consume(tokenizer.tokenize(t));
        }
    }

    @Benchmark
    public void tokens(Blackhole bh) throws Exception {
        for (Document d : documents()) {
            tokens.process(d);
            bh.consume(d);
        }
    }

    @Benchmark
    public void tokensEntities(Blackhole bh) throws Exception {
        for (Document d : documents()) {
            tokens.process(d);
            entities.process(d);
            bh.consume(d);
        }
    }

    @Benchmark
    public void tokensEntitiesQuotes(Blackhole bh) throws Exception {
        for (Document d : documents()) {
            tokens.process(d);
            entities.process(d);
            quotes.process(d);
            bh.consume(d);
        }
    }

    @Benchmark
    public void tokensEntitiesQuotesEvents(Blackhole bh) throws Exception {
        for (Document d : documents()) {
            tokens.process(d);
            entities.process(d);
            quotes.process(d);
            events.process(d);
            bh.consume(d);
        }
    }
}
