package org.froissart.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.froissart.api.DocumentStream;
import org.froissart.api.PluginContext;
import org.froissart.api.SourceReader;
import org.froissart.api.SourceReaderFactory;
import org.froissart.api.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every reader factory keeps: name, registration, extensions, and bad files (empty,
 * binary) reported as error records rather than thrown.
 *
 * @param <C> the factory's config record
 */
public abstract class SourceReaderContractTest<C extends Record> {

    @TempDir
    protected Path temporaryDirectory;

    protected abstract SourceReaderFactory<C> factory();

    /** The content of a normal, valid input file of this format holding at least one document. */
    protected abstract byte[] normalFileContent();

    protected C config() {
        return Configs.defaults(factory().configType());
    }

    protected PluginContext context() {
        return new TestPluginContext(temporaryDirectory);
    }

    /** The extension of the files the test writes; default the first of {@code extensions()} in order. */
    protected String fileExtension() {
        TreeSet<String> ext = new TreeSet<>(factory().extensions());
        return ext.isEmpty() ? ".in" : ext.first();
    }

    /** Reads a whole file; an exception from open() or the stream fails the test. */
    protected final List<SourceRecord> readAll(Path file) {
        SourceReader reader = factory().create(config(), context());
        List<SourceRecord> out = new ArrayList<>();
        try (DocumentStream s = reader.open(file)) {
            while (s.hasNext()) {
                out.add(s.next());
                if (out.size() > 100_000) {
                    fail("more than 100000 records from " + file + ": does the stream ever end?");
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(factory().name() + " threw reading " + file + " instead of returning an error record: " + e, e);
        }
        return out;
    }

    protected final Path write(String name, byte[] content) throws IOException {
        Path p = temporaryDirectory.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void factoryDeclaresItsName() {
        ContractSupport.checkName(factory());
    }

    @Test
    void factoryIsRegisteredAsSourceReaderFactory() {
        ContractSupport.checkRegistered(factory(), SourceReaderFactory.class);
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
    void extensionsStartWithADot() {
        assertNotNull(factory().extensions());
        for (String e : factory().extensions()) {
            assertTrue(e.startsWith(".") && e.length() > 1 && e.equals(e.toLowerCase()),
                    "extension '" + e + "' must start with '.' and be lower case");
        }
    }

    @Test
    void emptyFileIsAnErrorRecord() throws IOException {
        List<SourceRecord> records = readAll(write("empty" + fileExtension(), new byte[0]));
        assertOnlyErrors(records, "an empty file");
    }

    @Test
    void binaryFileIsAnErrorRecord() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        System.arraycopy(png, 0, bytes, 0, png.length);
        List<SourceRecord> records = readAll(write("binary" + fileExtension(), bytes));
        assertOnlyErrors(records, "a binary file");
    }

    @Test
    void normalFileGivesADocument() throws IOException {
        Path file = write("normal" + fileExtension(), normalFileContent());
        List<SourceRecord> records = readAll(file);
        assertFalse(records.isEmpty(), "no record from a normal file");
        for (SourceRecord r : records) {
            assertEquals(null, r.error(), "error reading a normal file");
            assertFalse(r.document().id().isBlank(), "blank id");
            assertFalse(r.document().source().isBlank(), "blank source");
            assertFalse(r.document().text().isBlank(), "blank text");
        }
    }

    /** UTF-8 bytes of a string, for {@link #normalFileContent()}. */
    protected static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assertOnlyErrors(List<SourceRecord> records, String what) {
        assertFalse(records.isEmpty(), factory().name() + " returned nothing for " + what
                + ": it must return an error record (SourceRecord.failed) so the run reports it");
        for (SourceRecord r : records) {
            assertNotNull(r.error(), factory().name() + " read a document from " + what + ": " + r.document());
            assertNotNull(r.error().location(), "error location");
        }
    }
}
