package org.froissart.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.froissart.api.ConfigException;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every output factory keeps: name, registration, complete files after close, and no
 * writing outside the output directory.
 *
 * @param <C> the factory's config record
 */
public abstract class OutputContractTest<C extends Record> {

    @TempDir
    protected Path outputDirectory;

    protected abstract OutputFactory<C> factory();

    protected C config() {
        return Configs.defaults(factory().configType());
    }

    /** A config whose path leaves the output directory ("../x"), or null when the output has no path. */
    protected C escapingConfig() {
        return null;
    }

    protected PluginContext context() {
        return new TestPluginContext(outputDirectory);
    }

    /** Checks what the output wrote for these documents; default: nothing beyond the generic checks. */
    protected void verifyWritten(Path directory, List<Document> written) throws IOException {
    }

    /** Two documents with a few annotations each. */
    protected List<Document> documents() {
        List<Document> docs = SampleDocuments.all().subList(0, 2);
        for (Document d : docs) {
            d.setLanguage(d.id().endsWith("fr") ? "fr" : "en");
            d.sentences().add(new org.froissart.api.Span(0, 10));
            d.boilerplate().add(new org.froissart.api.Span(d.text().length() - 5, d.text().length()));
        }
        return docs;
    }

    @Test
    void factoryDeclaresItsName() {
        ContractSupport.checkName(factory());
    }

    @Test
    void factoryIsRegisteredAsOutputFactory() {
        ContractSupport.checkRegistered(factory(), OutputFactory.class);
    }

    @Test
    void configIsARecordAndBuildsWithDefaults() {
        ContractSupport.checkConfig(factory(), config());
    }

    @Test
    void constructorIsCheap() throws ReflectiveOperationException {
        ContractSupport.checkCheapConstructor(factory());
        ContractSupport.checkDeclarations(factory());
    }

    @Test
    void closeLeavesCompleteFiles() throws IOException {
        List<Document> docs = documents();
        Output out = factory().create(config(), context());
        assertNotNull(out, "create() returned null");
        for (Document d : docs) {
            out.write(d);
        }
        out.close();
        List<Path> files;
        try (Stream<Path> s = Files.walk(outputDirectory)) {
            files = s.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), factory().name() + " wrote no file in " + outputDirectory);
        for (Path f : files) {
            String n = f.getFileName().toString();
            assertFalse(n.endsWith(".partial") || n.endsWith(".tmp") || n.endsWith("~"),
                    "temporary file left after close: " + f);
            assertTrue(Files.size(f) > 0, "empty file after close: " + f);
        }
        verifyWritten(outputDirectory, docs);
    }

    @Test
    void pathsLeavingTheOutputDirectoryAreRefused() {
        PluginContext c = context();
        assertThrows(ConfigException.class, () -> c.resolveOutput("../outside.out"));
        assertThrows(ConfigException.class, () -> c.resolveOutput("a/../../outside.out"));
        C escaping = escapingConfig();
        if (escaping != null) {
            assertThrows(ConfigException.class, () -> factory().create(escaping, c).close());
        }
    }
}
