package org.froissart.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;
import org.junit.jupiter.api.Test;

/**
 * The contract every extractor factory keeps. Extend it, return your factory, and the tests check
 * its name and registration, its config defaults, that it survives hostile texts, keeps offsets in
 * the text, and gives the same result twice and on two threads.
 *
 * <pre>
 * class MyExtractorContractTest extends ExtractorContractTest&lt;MyFactory.Config&gt; {
 *     protected ExtractorFactory&lt;MyFactory.Config&gt; factory() { return new MyFactory(); }
 * }
 * </pre>
 *
 * @param <C> the factory's config record
 */
public abstract class ExtractorContractTest<C extends Record> {

    /** The factory under test. */
    protected abstract ExtractorFactory<C> factory();

    /** The config used; default: every key left out, as in a pipeline without {@code with:}. */
    protected C config() {
        return Configs.defaults(factory().configType());
    }

    /**
     * Documents every test processes (fresh copies each time). Default: {@link SampleDocuments#all()};
     * override to add your own or to set a language.
     */
    protected List<Document> sampleDocuments() {
        return SampleDocuments.all();
    }

    /** The context given to {@code create}; default a {@link TestPluginContext}. */
    protected PluginContext context() {
        return new TestPluginContext();
    }

    /**
     * Steps run (with default configs) on every sample before the step under test, to produce what it
     * {@code requires()}, e.g. {@code List.of(new TokensFactory())}. Default: none.
     */
    protected List<ExtractorFactory<?>> prerequisites() {
        return List.of();
    }

    /** Sets a language on every document, for subclasses that test with a language pack. */
    protected static List<Document> withLanguage(List<Document> docs, String language) {
        for (Document d : docs) {
            d.setLanguage(language);
        }
        return docs;
    }

    @Test
    void factoryDeclaresItsName() {
        ContractSupport.checkName(factory());
    }

    @Test
    void factoryIsRegisteredAsExtractorFactory() {
        ContractSupport.checkRegistered(factory(), ExtractorFactory.class);
    }

    @Test
    void configIsARecordAndBuildsWithDefaults() {
        ContractSupport.checkConfig(factory(), config());
    }

    @Test
    void constructorIsCheap() throws ReflectiveOperationException {
        ContractSupport.checkCheapConstructor(factory());
    }

    @Test
    void declarationsAreNotNull() {
        ExtractorFactory<C> f = factory();
        assertNotNull(f.requires(), "requires()");
        assertNotNull(f.produces(), "produces()");
        ContractSupport.checkDeclarations(f);
    }

    @Test
    void prerequisitesProduceWhatTheStepRequires() {
        java.util.Set<String> produced = new java.util.HashSet<>();
        for (ExtractorFactory<?> p : prerequisites()) {
            produced.addAll(p.produces());
        }
        java.util.Set<String> missing = new java.util.TreeSet<>(factory().requires());
        missing.removeAll(produced);
        assertEquals(java.util.Set.of(), missing, factory().name() + " requires what no prerequisite produces: "
                + "override prerequisites() in the contract test");
    }

    @Test
    void createWorks() {
        try (Extractor x = factory().create(config(), context())) {
            assertNotNull(x, "create() returned null");
        }
    }

    @Test
    void processesEverySampleAndKeepsOffsetsInsideTheText() {
        try (Extractor x = factory().create(config(), context())) {
            for (Document d : fresh()) {
                process(x, d);
                DocumentChecks.verify(d, factory().name());
            }
        }
    }

    @Test
    void isDeterministic() {
        try (Extractor x = factory().create(config(), context())) {
            for (Document original : sampleDocuments()) {
                Document first = prepare(original);
                Document second = prepare(original);
                process(x, first);
                process(x, second);
                assertEquals(Snapshots.of(first), Snapshots.of(second),
                        factory().name() + " gave two results for two copies of " + original);
            }
        }
    }

    @Test
    void instancesOnTwoThreadsAgree() throws InterruptedException, ExecutionException {
        PluginContext context = context();
        C config = config();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(2);
            List<Future<List<Map<String, Object>>>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Callable<List<Map<String, Object>>> job = () -> {
                    try (Extractor x = factory().create(config, context)) {
                        List<Document> docs = fresh();
                        start.countDown();
                        start.await(30, TimeUnit.SECONDS);
                        for (Document d : docs) {
                            process(x, d);
                        }
                        return Snapshots.of(docs);
                    }
                };
                results.add(pool.submit(job));
            }
            List<Map<String, Object>> a = results.get(0).get();
            List<Map<String, Object>> b = results.get(1).get();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i), b.get(i), factory().name() + ": two instances on two threads disagree on "
                        + a.get(i).get("id"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Document> fresh() {
        List<Document> out = new ArrayList<>();
        for (Document d : sampleDocuments()) {
            out.add(prepare(d));
        }
        return out;
    }

    /** A fresh copy of a sample, with the prerequisites run on it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Document prepare(Document original) {
        Document d = Snapshots.freshCopy(original);
        for (ExtractorFactory p : prerequisites()) {
            try (Extractor x = p.create(Configs.defaults(p.configType()), context())) {
                x.process(d);
            } catch (Exception e) {
                throw new AssertionError("prerequisite " + p.name() + " failed on " + d + ": " + e, e);
            }
        }
        return d;
    }

    private void process(Extractor x, Document d) {
        try {
            x.process(d);
        } catch (Exception e) {
            fail(factory().name() + " threw on " + d + ": " + e, e);
        }
    }
}
