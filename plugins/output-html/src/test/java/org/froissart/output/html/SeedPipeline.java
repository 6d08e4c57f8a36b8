package org.froissart.output.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.SourceReaderFactory;
import org.froissart.api.SourceRecord;
import org.froissart.testkit.Configs;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.TestPluginContext;

/**
 * The bundled {@code news} pipeline run in memory over the articles of {@code seeds/}: the real
 * reader and extraction steps, found by name as the runner finds them, so an output can be tested on
 * what users get.
 */
final class SeedPipeline {
    static final List<String> STEPS = List.of("language", "metadata", "boilerplate", "tokens", "entities", "quotes",
            "dates", "amounts", "events");

    private SeedPipeline() {
    }

    static Path seeds() {
        Path p = Path.of("../../seeds").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("seeds/ not found at " + p + ": run the tests from the module directory");
        }
        return p;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<Document> run() throws IOException {
        PipelineHarness harness = null;
        for (String name : STEPS) {
            ExtractorFactory f = ServiceLoader.load(ExtractorFactory.class).stream().map(ServiceLoader.Provider::get)
                    .filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no extractor '" + name + "' on the test class path"));
            harness = harness == null ? PipelineHarness.of(f) : harness.then(f);
        }
        SourceReaderFactory reader = ServiceLoader.load(SourceReaderFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.name().equals("text")).findFirst().orElseThrow();
        List<Document> docs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            var r = reader.create(Configs.defaults(reader.configType()), new TestPluginContext());
            try (DocumentStream in = ((org.froissart.api.SourceReader) r).open(file)) {
                while (in.hasNext()) {
                    SourceRecord rec = in.next();
                    if (rec.document() != null) {
                        docs.add(rec.document());
                    }
                }
            }
        }
        return harness.run(docs.toArray(new Document[0]));
    }
}
