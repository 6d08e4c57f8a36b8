package org.froissart.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;

/**
 * Runs extractors over documents in memory, on the calling thread, as the runner would: steps in
 * order, a step skipped for documents outside its {@code languages()}, the pipeline language given to
 * documents that have none, and every annotation checked after each step.
 *
 * <pre>
 * List&lt;Document&gt; out = PipelineHarness.of(new LanguageFactory())
 *         .then(new TokensFactory())
 *         .language("fr")
 *         .run(PipelineHarness.document("a", "Le président a parlé."));
 * </pre>
 */
public final class PipelineHarness {
    private record Step(ExtractorFactory<Record> factory, Record config) {
    }

    private final List<Step> steps = new ArrayList<>();
    private String language = "auto";
    private Path outputDirectory;
    private TestPluginContext context;

    private PipelineHarness() {
    }

    public static <C extends Record> PipelineHarness of(ExtractorFactory<C> factory, C config) {
        return new PipelineHarness().then(factory, config);
    }

    /** A first step with its default config. */
    public static <C extends Record> PipelineHarness of(ExtractorFactory<C> factory) {
        return of(factory, Configs.defaults(factory.configType()));
    }

    @SuppressWarnings("unchecked")
    public <C extends Record> PipelineHarness then(ExtractorFactory<C> factory, C config) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(config, "config");
        steps.add(new Step((ExtractorFactory<Record>) factory, config));
        return this;
    }

    public <C extends Record> PipelineHarness then(ExtractorFactory<C> factory) {
        return then(factory, Configs.defaults(factory.configType()));
    }

    /** The pipeline's language: "auto" (the default) or an ISO 639-1 code given to documents without one. */
    public PipelineHarness language(String code) {
        this.language = Objects.requireNonNull(code, "code");
        this.context = null;
        return this;
    }

    public PipelineHarness outputDirectory(Path directory) {
        this.outputDirectory = directory;
        this.context = null;
        return this;
    }

    /** The context the steps are created with (built on first use; its shared cache lives as long as this harness). */
    public TestPluginContext context() {
        if (context == null) {
            context = outputDirectory == null ? new TestPluginContext().withLanguage(language)
                    : new TestPluginContext("test", language, outputDirectory);
        }
        return context;
    }

    /**
     * Runs every step over every document, with fresh extractor instances closed at the end.
     *
     * @return the same documents, annotated
     * @throws IllegalStateException when a step requires a capability no earlier step produces
     * @throws AssertionError        when a step throws or leaves a bad annotation, naming step and document
     */
    public List<Document> run(Document... documents) {
        checkOrder();
        TestPluginContext ctx = context();
        List<Extractor> instances = new ArrayList<>();
        try {
            for (Step s : steps) {
                instances.add(s.factory().create(s.config(), ctx));
            }
            List<Document> out = new ArrayList<>();
            for (Document d : documents) {
                if (d.language() == null && !language.equals("auto")) {
                    d.setLanguage(language);
                }
                for (int i = 0; i < steps.size(); i++) {
                    ExtractorFactory<Record> f = steps.get(i).factory();
                    Set<String> langs = f.languages();
                    if (!langs.isEmpty() && (d.language() == null || !langs.contains(d.language()))) {
                        continue;
                    }
                    try {
                        instances.get(i).process(d);
                    } catch (Exception e) {
                        throw new AssertionError("step '" + f.name() + "' failed on " + d + ": " + e, e);
                    }
                    DocumentChecks.verify(d, "step '" + f.name() + "'");
                }
                out.add(d);
            }
            return out;
        } finally {
            for (Extractor x : instances) {
                x.close();
            }
        }
    }

    /** Runs over one text and returns its document. */
    public Document run(String text) {
        return run(document("doc", text)).get(0);
    }

    private void checkOrder() {
        Set<String> produced = new HashSet<>();
        for (Step s : steps) {
            for (String need : s.factory().requires()) {
                if (!produced.contains(need)) {
                    throw new IllegalStateException("step '" + s.factory().name() + "' requires '" + need
                            + "', which no earlier step produces");
                }
            }
            produced.addAll(s.factory().produces());
        }
    }

    /** A document whose source is its id. */
    public static Document document(String id, String text) {
        return new Document(id, id, text);
    }

    /** Documents from pairs of id and text: {@code documents("a", "text a", "b", "text b")}. */
    public static Document[] documents(String... idsAndTexts) {
        if (idsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("documents(...) takes pairs of id and text");
        }
        Document[] out = new Document[idsAndTexts.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = document(idsAndTexts[2 * i], idsAndTexts[2 * i + 1]);
        }
        return out;
    }
}
