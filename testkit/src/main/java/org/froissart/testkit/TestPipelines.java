package org.froissart.testkit;

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
import org.froissart.api.SourceReader;
import org.froissart.api.SourceReaderFactory;
import org.froissart.api.SourceRecord;

/**
 * Real pipelines for tests of outputs and downstream plugins: readers and steps found by name on
 * the test class path, as the runner finds them, so a plugin is tested on what users get.
 */
public final class TestPipelines {
    /** The steps of the bundled {@code news} pipeline, in order. */
    public static final List<String> NEWS = List.of("language", "metadata", "boilerplate", "tokens", "entities", "quotes",
            "dates", "amounts", "events");

    private TestPipelines() {
    }

    /** A harness running the named extractors in order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static PipelineHarness harness(List<String> steps) {
        PipelineHarness harness = null;
        for (String name : steps) {
            ExtractorFactory f = find(ExtractorFactory.class, name);
            harness = harness == null ? PipelineHarness.of(f) : harness.then(f);
        }
        if (harness == null) {
            throw new IllegalArgumentException("no steps");
        }
        return harness;
    }

    /** Every document the named reader finds in the files of {@code dir} ending with {@code suffix}, in name order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static List<Document> read(String readerName, Path dir, String suffix) throws IOException {
        SourceReaderFactory factory = find(SourceReaderFactory.class, readerName);
        SourceReader reader = factory.create(Configs.defaults(factory.configType()), new TestPluginContext());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
        List<Document> docs = new ArrayList<>();
        for (Path file : files) {
            try (DocumentStream in = reader.open(file)) {
                while (in.hasNext()) {
                    SourceRecord r = in.next();
                    if (r.document() != null) {
                        docs.add(r.document());
                    }
                }
            }
        }
        return docs;
    }

    /** The bundled news pipeline over the repository's sample articles ({@code seeds/*.txt}). */
    public static List<Document> newsOverSeeds() throws IOException {
        List<Document> docs = read("text", repositoryFolder("seeds"), ".txt");
        return harness(NEWS).run(docs.toArray(new Document[0]));
    }

    /** A folder of the repository, found by walking up from the working directory (a module's folder in Maven). */
    public static Path repositoryFolder(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(name)) && Files.exists(p.resolve("pom.xml"))) {
                return p.resolve(name);
            }
        }
        throw new IllegalStateException("no folder '" + name + "' above " + Path.of("").toAbsolutePath());
    }

    private static <F> F find(Class<F> kind, String name) {
        return ServiceLoader.load(kind).stream().map(ServiceLoader.Provider::get)
                .filter(x -> ((org.froissart.api.PluginFactory<?>) x).name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + kind.getSimpleName() + " named '" + name
                        + "' on the test class path: add the module that ships it as a test dependency"));
    }
}
