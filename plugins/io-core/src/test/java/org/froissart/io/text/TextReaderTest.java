package org.froissart.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.InputException;
import org.froissart.api.SourceRecord;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    @TempDir
    Path dir;

    private List<SourceRecord> read(TextReaderFactory.Config config, String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        List<SourceRecord> out = new ArrayList<>();
        try (DocumentStream s = new TextReaderFactory().create(config, new TestPluginContext(dir)).open(f)) {
            while (s.hasNext()) {
                out.add(s.next());
            }
        }
        return out;
    }

    private Document doc(String name, String content) throws IOException {
        return doc(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Document doc(String name, byte[] content) throws IOException {
        List<SourceRecord> r = read(new TextReaderFactory.Config(null, null), name, content);
        assertEquals(1, r.size());
        assertNull(r.get(0).error(), () -> "unexpected error " + r.get(0).error());
        return r.get(0).document();
    }

    private InputException error(TextReaderFactory.Config config, String name, byte[] content) throws IOException {
        List<SourceRecord> r = read(config, name, content);
        assertEquals(1, r.size());
        assertNull(r.get(0).document());
        return r.get(0).error();
    }

    @Test
    void englishDateSectionAndTitle() throws IOException {
        Document d = doc("000_abc.txt", "23 November 2024\nRelations Internationales\n\nLa Russie condamne\n\n\nLe corps. Suite.\n");
        assertEquals("000_abc", d.id());
        assertEquals(dir.resolve("000_abc.txt").toString(), d.source());
        assertEquals(LocalDate.of(2024, 11, 23), d.published());
        assertEquals("Relations Internationales", d.section());
        assertEquals("La Russie condamne", d.title());
        assertEquals("23 November 2024\nRelations Internationales\n\nLa Russie condamne\n\n\nLe corps. Suite.\n", d.text());
        assertNull(d.language());
        assertEquals(Map.of("dateLine", "0-16"), d.metadata(), "offsets of the date line");
    }

    @Test
    void frenchDateWithWeekdayThenTitle() throws IOException {
        Document d = doc("a.txt", "samedi 23 novembre 2024\n\nUn titre sans point\n\nLe corps de l'article.");
        assertEquals(LocalDate.of(2024, 11, 23), d.published());
        assertNull(d.section());
        assertEquals("Un titre sans point", d.title());
    }

    @Test
    void otherDateForms() throws IOException {
        assertEquals(LocalDate.of(2024, 1, 1), doc("a.txt", "1er janvier 2024\nTitre\n\nCorps.").published());
        assertEquals(LocalDate.of(2024, 11, 23), doc("b.txt", "November 23, 2024\nTitle\n\nBody.").published());
        assertEquals(LocalDate.of(2024, 12, 1), doc("b2.txt", "Sunday, December 1, 2024\nTitle\n\nBody.").published());
        assertEquals(LocalDate.of(2024, 9, 5), doc("b3.txt", "September 5 2024\nTitle\n\nBody.").published());
        assertEquals(LocalDate.of(2024, 11, 23), doc("c.txt", "2024-11-23\nTitle\n\nBody.").published());
        assertEquals(LocalDate.of(2024, 11, 23), doc("d.txt", "23/11/2024\nTitle\n\nBody.").published());
        assertEquals(LocalDate.of(2024, 8, 15), doc("e.txt", "15 août 2024\nTitre\n\nCorps.").published());
        assertNull(doc("f.txt", "31 février 2024\nTitre\n\nCorps.").published(), "impossible date");
    }

    @Test
    void noHeader() throws IOException {
        Document d = doc("a.txt", "Le texte commence directement ici, sans titre.\n\nDeuxième paragraphe.");
        assertNull(d.published());
        assertNull(d.section());
        assertNull(d.title());
    }

    @Test
    void titleWithoutDate() throws IOException {
        Document d = doc("a.txt", "Après les récents meurtres, la Russie se tient aux côtés du Venezuela\n\nCaracas/Moscou. Corps.");
        assertNull(d.published());
        assertNull(d.section());
        assertEquals("Après les récents meurtres, la Russie se tient aux côtés du Venezuela", d.title());
    }

    @Test
    void byteOrderMarkIsRemoved() throws IOException {
        byte[] body = "23 November 2024\nTitle\n\nBody.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Document d = doc("bom.txt", withBom);
        assertEquals("23 November 2024\nTitle\n\nBody.", d.text());
        assertEquals(LocalDate.of(2024, 11, 23), d.published());
        assertEquals("Title", d.title());
    }

    @Test
    void crlfLineEnds() throws IOException {
        Document d = doc("crlf.txt", "23 November 2024\r\nMonde\r\n\r\nUn titre\r\n\r\nLe corps.\r\n");
        assertEquals(LocalDate.of(2024, 11, 23), d.published());
        assertEquals("Monde", d.section());
        assertEquals("Un titre", d.title());
        assertEquals("23 November 2024\r\nMonde\r\n\r\nUn titre\r\n\r\nLe corps.\r\n", d.text(), "text is kept as read");
    }

    @Test
    void binaryFileIsAnError() throws IOException {
        InputException e = error(new TextReaderFactory.Config(null, null), "b.txt", new byte[] {'a', 'b', 0, 1, 2, 'c'});
        assertEquals(dir.resolve("b.txt").toString(), e.location());
        assertTrue(e.getMessage().contains("binary file (NUL byte at offset 2)"), e.getMessage());
    }

    @Test
    void invalidUtf8FallsBackToLatin1WithAWarning() throws IOException {
        byte[] latin1 = "Caf\u00e9 au lait\n\nLe caf\u00e9 est servi \u00e0 l'\u00e9t\u00e9.".getBytes(StandardCharsets.ISO_8859_1);
        Document d = doc("latin.txt", latin1);
        assertEquals("Caf\u00e9 au lait\n\nLe caf\u00e9 est servi \u00e0 l'\u00e9t\u00e9.", d.text());
        assertEquals("Caf\u00e9 au lait", d.title());
        assertEquals("ISO-8859-1", d.metadata().get("encoding"));
        assertTrue(d.metadata().get("warning").startsWith("not valid UTF-8"), d.metadata().toString());
    }

    @Test
    void invalidUtf8WithoutFallbackIsAnError() throws IOException {
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = error(new TextReaderFactory.Config(null, false), "latin.txt", latin1);
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte"), e.getMessage());
        assertTrue(e.getMessage().contains("latin1Fallback: true"), e.getMessage());
    }

    @Test
    void emptyAndBlankFilesAreErrors() throws IOException {
        assertTrue(error(new TextReaderFactory.Config(null, null), "e.txt", new byte[0]).getMessage().endsWith("empty file: no text to read"));
        assertTrue(error(new TextReaderFactory.Config(null, null), "w.txt", " \n\n \t".getBytes(StandardCharsets.UTF_8))
                .getMessage().endsWith("empty file: no text to read"));
    }

    @Test
    void fileOverMaxBytesIsAnError() throws IOException {
        InputException e = error(new TextReaderFactory.Config(10L, null), "big.txt", "0123456789A".getBytes(StandardCharsets.UTF_8));
        assertEquals(dir.resolve("big.txt") + ": file is 11 bytes, more than the text reader's maxBytes (10); "
                + "raise 'maxBytes' under the reader's settings to read it", e.getMessage());
        Document ok = read(new TextReaderFactory.Config(11L, null), "big.txt", "0123456789A".getBytes(StandardCharsets.UTF_8)).get(0).document();
        assertEquals("0123456789A", ok.text());
    }

    @Test
    void configRefusesNonPositiveMaxBytes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TextReaderFactory.Config(0L, null));
        assertEquals("maxBytes must be positive", e.getMessage());
        assertTrue(new TextReaderFactory.Config(null, null).latin1Fallback());
        assertEquals(20_000_000L, new TextReaderFactory.Config(null, null).maxBytes());
        assertFalse(new TextReaderFactory.Config(null, false).latin1Fallback());
    }
}
