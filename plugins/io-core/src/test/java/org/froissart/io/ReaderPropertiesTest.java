package org.froissart.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.Output;
import org.froissart.api.SourceRecord;
import org.froissart.io.jsonl.JsonlOutputFactory;
import org.froissart.io.jsonl.JsonlReaderFactory;
import org.froissart.io.text.TextReaderFactory;
import org.froissart.testkit.TestPluginContext;

/**
 * Fuzzing of the readers and the jsonl output: whatever the bytes, a reader returns records (documents
 * or errors) and never throws, and what the output writes reads back the same. Fixed seed and a small
 * number of tries: the same cases on every build, in a second or two.
 */
class ReaderPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static int counter;

    @BeforeContainer
    static void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("froissart-reader-properties");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Path file(String suffix, byte[] content) throws IOException {
        Path f = dir.resolve("f" + (counter++) + suffix);
        Files.write(f, content);
        return f;
    }

    private static List<SourceRecord> readAll(org.froissart.api.SourceReader reader, Path f) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        try (DocumentStream s = reader.open(f)) {
            while (s.hasNext()) {
                out.add(s.next());
                assertTrue(out.size() < 100_000, "runaway stream");
            }
        }
        return out;
    }

    /** Bytes that look like text sometimes: ASCII, UTF-8, Latin-1, control bytes, NULs, BOMs. */
    @Provide
    Arbitrary<byte[]> messyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> utf8 = Arbitraries.strings().all().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> latin1 = Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(200)
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
        Arbitrary<byte[]> article = Combinators.combine(
                Arbitraries.of("", "23 novembre 2024\n", "2024-11-23\n", "samedi 1er janvier 2022\n", "31/02/2024\n", "\uFEFF"),
                Arbitraries.of("", "Monde\n\n", "Relations Internationales\n"),
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.of("\n", "\r\n", "\n\n", ""),
                Arbitraries.strings().withCharRange(' ', '\u017f').ofMaxLength(400))
                .as((date, section, title, sep, body) -> (date + section + title + sep + body).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, utf8, latin1, article);
    }

    @Property(tries = 150, seed = "20241123")
    void textReaderNeverThrows(@ForAll("messyBytes") byte[] content) throws IOException {
        Path f = file(".txt", content);
        List<SourceRecord> records = readAll(new TextReaderFactory().create(new TextReaderFactory.Config(null, null),
                new TestPluginContext(dir)), f);
        assertEquals(1, records.size(), "one record per text file");
        SourceRecord r = records.get(0);
        if (r.document() != null) {
            Document d = r.document();
            assertTrue(!d.text().isBlank());
            assertEquals(f.toString(), d.source());
            if (d.title() != null) {
                assertTrue(d.text().contains(d.title()), "the title is a line of the text");
            }
            String dateLine = d.metadata().get("dateLine");
            if (dateLine != null) {
                String[] se = dateLine.split("-");
                int start = Integer.parseInt(se[0]);
                int end = Integer.parseInt(se[1]);
                assertTrue(0 <= start && start <= end && end <= d.text().length(), dateLine);
            }
        } else {
            assertNotNull(r.error().getMessage());
            assertTrue(r.error().location().startsWith(f.toString()));
        }
    }

    @Property(tries = 150, seed = "20241123")
    void jsonlReaderNeverThrowsAndCountsLines(@ForAll("messyBytes") byte[] content) throws IOException {
        Path f = file(".jsonl", content);
        List<SourceRecord> records = readAll(new JsonlReaderFactory().create(
                new JsonlReaderFactory.Config(null, null, null, null, null, null), new TestPluginContext(dir)), f);
        assertTrue(!records.isEmpty(), "even an empty file gives one error record");
        long lines = nonBlankLines(content);
        assertEquals(Math.max(lines, 1), records.size(), "one record per non-blank line");
    }

    @Provide
    Arbitrary<List<String>> jsonLines() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> good = Combinators.combine(text, Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.of("fr", "en", "", " EN ", "xx-yy"), Arbitraries.of("2024-01-02", "2024-13-45", "nope", "2024-01-02T10:00:00Z"))
                .as((t, id, lang, date) -> {
                    try {
                        return JSON.writeValueAsString(java.util.Map.of("text", t, "id", id, "language", lang, "published", date));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Arbitrary<String> broken = Arbitraries.of("{", "[]", "null", "42", "\"s\"", "{\"text\": 5}", "{\"id\":\"x\"}",
                "{\"text\":\"a\"} trailing", "{\"text\":\"\\ud800\"}", "{\"text\":\"a\",\"text\":\"b\"}",
                "[".repeat(2000), "{\"text\":\"" + "\\u00e9".repeat(50) + "\"}");
        return Arbitraries.oneOf(good, good, broken, text).list().ofMaxSize(20);
    }

    @Property(tries = 100, seed = "20241123")
    void jsonlLinesGiveOneRecordEachInOrder(@ForAll("jsonLines") List<String> lines, @ForAll boolean gzip,
                                            @ForAll boolean crlf) throws IOException {
        String body = String.join(crlf ? "\r\n" : "\n", lines) + "\n";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Path f = file(gzip ? ".jsonl.gz" : ".jsonl", gzip ? gzip(bytes) : bytes);
        List<SourceRecord> records = readAll(new JsonlReaderFactory().create(
                new JsonlReaderFactory.Config(null, null, null, null, null, null), new TestPluginContext(dir)), f);
        List<Integer> expectedLines = new ArrayList<>();
        int n = 0;
        for (String l : body.split("\n", -1)) {
            n++;
            if (!l.isBlank() && !(l.equals("\r"))) {
                expectedLines.add(n);
            }
        }
        // A line of only non-breaking spaces and the like is blank to String.isBlank: count as the reader does.
        if (expectedLines.isEmpty()) {
            assertEquals(1, records.size());
            return;
        }
        assertEquals(expectedLines.size(), records.size(), lines.toString());
        for (int i = 0; i < records.size(); i++) {
            SourceRecord r = records.get(i);
            String location = r.document() != null ? r.document().source() : r.error().location();
            assertTrue(location.equals(f + ":" + expectedLines.get(i)) || location.startsWith(f + ":" + expectedLines.get(i) + ":"),
                    location + " for line " + expectedLines.get(i));
        }
    }

    @Property(tries = 100, seed = "20241123")
    void jsonlOutputReadsBack(@ForAll("texts") String text, @ForAll("texts") String id) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out" + (counter++)));
        Document d = new Document(id, "src", text);
        d.setTitle(text.length() > 5 ? text.substring(0, 5) : null);
        d.metadata().put("k", text);
        Output o = new JsonlOutputFactory().create(new JsonlOutputFactory.Config(null), new TestPluginContext(out));
        o.write(d);
        o.close();
        byte[] written = Files.readAllBytes(out.resolve("documents.jsonl"));
        assertEquals('\n', written[written.length - 1]);
        String[] lines = new String(written, StandardCharsets.UTF_8).split("\n");
        assertEquals(1, lines.length, "one line per document, whatever the text");
        JsonNode n = JSON.readTree(written);
        assertEquals(wellFormed(text), n.get("text").asText());
        assertEquals(wellFormed(id), n.get("id").asText());
        // And the jsonl reader reads it back.
        List<SourceRecord> back = readAll(new JsonlReaderFactory().create(
                new JsonlReaderFactory.Config(null, null, null, null, null, null), new TestPluginContext(out)), out.resolve("documents.jsonl"));
        assertEquals(1, back.size());
        if (!text.isEmpty()) {
            assertNotNull(back.get(0).document(), () -> String.valueOf(back.get(0).error()));
            assertEquals(wellFormed(text), back.get(0).document().text());
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(100),
                Arbitraries.strings().withChars('\ud800', '\udc00', 'a', '\n', '\u2028', '"', '\\', '\u0000', '\u00e9').ofMaxLength(20));
    }

    /** What reads back: everything, lone surrogates included (Jackson escapes them as \\uD800). */
    static String wellFormed(String s) {
        return s;
    }

    private static long nonBlankLines(byte[] content) {
        if (content.length == 0) {
            return 0;
        }
        long n = 0;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (i == content.length && start == i) {
                    break;
                }
                byte[] line = Arrays.copyOfRange(content, start, i);
                if (line.length > 0 && line[line.length - 1] == '\r') {
                    line = Arrays.copyOf(line, line.length - 1);
                }
                if (start == 0 && line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
                    line = Arrays.copyOfRange(line, 3, line.length);
                }
                if (!decode(line).isBlank()) {
                    n++;
                }
                start = i + 1;
            }
        }
        return n;
    }

    private static String decode(byte[] line) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(line, StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(b);
        }
        return bo.toByteArray();
    }
}
