package org.froissart.runner.execution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.runner.pipeline.Pipeline;
import org.froissart.runner.plugins.PluginRegistry;

/** Runs a pipeline's steps over documents held in memory, on the calling thread: for evaluations. */
public final class InMemoryRunner {
    private final PluginRegistry registry;

    @Inject
    public InMemoryRunner(PluginRegistry registry) {
        this.registry = registry;
    }

    /** The steps of a pipeline, ready to process documents one after the other. */
    public final class Steps implements AutoCloseable {
        private final List<Pipeline.Step> steps;
        private final List<Extractor> extractors = new ArrayList<>();

        @SuppressWarnings({"unchecked", "rawtypes"})
        Steps(Pipeline pipeline, List<Pipeline.Step> steps, Path outputDirectory) {
            this.steps = steps;
            RunContext context = new RunContext(pipeline.name(), pipeline.language(), outputDirectory, registry.loaders());
            for (Pipeline.Step s : steps) {
                extractors.add(((ExtractorFactory) s.plugin().factory()).create(s.config(), context));
            }
        }

        /** Processes one document; a failing step's exception propagates with the step's name. */
        public void process(Document d) {
            for (int i = 0; i < steps.size(); i++) {
                var langs = steps.get(i).plugin().factory().languages();
                if (!langs.isEmpty() && (d.language() == null || !langs.contains(d.language()))) {
                    continue;
                }
                try {
                    extractors.get(i).process(d);
                } catch (Exception e) {
                    throw new IllegalStateException("step '" + steps.get(i).name() + "' failed on " + d.id() + ": " + e, e);
                }
            }
        }

        @Override
        public void close() {
            extractors.forEach(Extractor::close);
        }
    }

    /** Steps of the pipeline up to and including the last one that produces {@code capability}. */
    public Steps upTo(Pipeline pipeline, String capability, Path outputDirectory) {
        int last = -1;
        for (int i = 0; i < pipeline.steps().size(); i++) {
            if (((ExtractorFactory<?>) pipeline.steps().get(i).plugin().factory()).produces().contains(capability)) {
                last = i;
            }
        }
        if (last < 0) {
            throw new org.froissart.api.ConfigException("pipeline '" + pipeline.name() + "' has no step that produces '"
                    + capability + "'; add one (e.g. '- type: " + capability + "')");
        }
        return new Steps(pipeline, pipeline.steps().subList(0, last + 1), outputDirectory);
    }
}
