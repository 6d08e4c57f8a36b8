package org.froissart.io.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.SourceRecord;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    @TempDir
    Path dir;

    private static final JsonlReaderFactory.Config DEFAULTS = new JsonlReaderFactory.Config(null, null, null, null, null, null);

    private List<SourceRecord> read(JsonlReaderFactory.Config config, String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        List<SourceRecord> out = new ArrayList<>();
        try (DocumentStream s = new JsonlReaderFactory().create(config, new TestPluginContext(dir)).open(f)) {
            while (s.hasNext()) {
                out.add(s.next());
            }
        }
        return out;
    }

    private List<SourceRecord> read(String name, String content) throws IOException {
        return read(DEFAULTS, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String at(String name, int line) {
        return dir.resolve(name) + ":" + line;
    }

    @Test
    void goodLines() throws IOException {
        List<SourceRecord> r = read("news.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Premier texte.\",\"title\":\"Titre A\",\"published\":\"2024-11-23T10:00:00Z\","
                        + "\"language\":\" FR \",\"url\":\"https://example.org/a\",\"rank\":3,\"tags\":[\"x\"]}",
                "{\"text\":\"Second text.\",\"published\":\"23/11/2024\"}", ""));
        assertEquals(2, r.size());
        Document a = r.get(0).document();
        assertEquals("a1", a.id());
        assertEquals(at("news.jsonl", 1), a.source());
        assertEquals("Premier texte.", a.text());
        assertEquals("Titre A", a.title());
        assertEquals(LocalDate.of(2024, 11, 23), a.published());
        assertEquals("fr", a.language());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("url", "https://example.org/a");
        meta.put("rank", "3");
        assertEquals(meta, a.metadata(), "value fields other than the mapped ones, in input order; arrays left out");
        Document b = r.get(1).document();
        assertEquals("news-2", b.id(), "no id: file name and line number");
        assertNull(b.published());
        assertEquals(Map.of("warning", "unreadable published date '23/11/2024'"), b.metadata());
    }

    @Test
    void badLinesAreErrorRecordsAndReadingGoesOn() throws IOException {
        List<SourceRecord> r = read("bad.jsonl", String.join("\n",
                "{\"id\":\"ok1\",\"text\":\"Fine.\"}",
                "{\"id\":\"x\",\"body\":\"no text field\"}",
                "[1, 2, 3]",
                "{\"id\": \"broken\", \"text\": ",
                "{\"id\":\"num\",\"text\":42}",
                "{\"id\":\"ok2\",\"text\":\"Also fine.\"}"));
        assertEquals(6, r.size());
        assertEquals("ok1", r.get(0).document().id());
        assertEquals(at("bad.jsonl", 2), r.get(1).error().location());
        assertEquals(at("bad.jsonl", 2) + ": no 'text' field; set the reader's 'text' setting to the field that holds the article text",
                r.get(1).error().getMessage());
        assertEquals(at("bad.jsonl", 3) + ": expected a JSON object per line, found array", r.get(2).error().getMessage());
        String invalid = r.get(3).error().getMessage();
        assertTrue(invalid.startsWith(at("bad.jsonl", 4) + ":"), invalid);
        assertTrue(invalid.contains("not valid JSON"), invalid);
        assertEquals(at("bad.jsonl", 5) + ": field 'text' must be a string, found number", r.get(4).error().getMessage());
        assertEquals("ok2", r.get(5).document().id());
        assertEquals(at("bad.jsonl", 6), r.get(5).document().source());
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        List<SourceRecord> r = read("blank.jsonl", "\n   \n{\"id\":\"a\",\"text\":\"A.\"}\n\n\t\n{\"id\":\"b\",\"text\":\"B.\"}\n\n");
        assertEquals(2, r.size());
        assertEquals(at("blank.jsonl", 3), r.get(0).document().source());
        assertEquals(at("blank.jsonl", 6), r.get(1).document().source());
    }

    @Test
    void emptyOrBlankFileIsOneError() throws IOException {
        List<SourceRecord> empty = read("empty.jsonl", "");
        assertEquals(1, empty.size());
        assertEquals(dir.resolve("empty.jsonl") + ": empty file: no JSON lines to read", empty.get(0).error().getMessage());
        List<SourceRecord> blank = read("blank.jsonl", "\n  \n");
        assertEquals(1, blank.size());
        assertEquals(dir.resolve("blank.jsonl") + ": only blank lines: no JSON lines to read", blank.get(0).error().getMessage());
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bo.toByteArray();
    }

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\":\"d").append(i).append("\",\"text\":\"Texte numéro ").append(i)
                    .append(" avec un peu de contenu pour que le fichier compressé soit assez long ").append(i * 31 % 97).append(".\"}\n");
        }
        return sb.toString();
    }

    @Test
    void gzipInput() throws IOException {
        List<SourceRecord> r = read(DEFAULTS, "news.jsonl.gz", gzip(lines(3)));
        assertEquals(3, r.size());
        assertEquals("d0", r.get(0).document().id());
        assertEquals("Texte numéro 2 avec un peu de contenu pour que le fichier compressé soit assez long 62.",
                r.get(2).document().text());
        assertEquals(at("news.jsonl.gz", 3), r.get(2).document().source());
    }

    @Test
    void truncatedGzipEndsWithAnErrorRecord() throws IOException {
        byte[] full = gzip(lines(5000));
        byte[] cut = Arrays.copyOf(full, full.length / 2);
        List<SourceRecord> r = read(DEFAULTS, "cut.jsonl.gz", cut);
        SourceRecord last = r.get(r.size() - 1);
        assertNotNull(last.error(), "last record is the error");
        assertTrue(last.error().getMessage().contains("truncated or corrupt gzip data after line " + (r.size() - 1)),
                last.error().getMessage());
        assertTrue(r.size() > 100 && r.size() < 5000, "read " + r.size());
        for (int i = 0; i < r.size() - 1; i++) {
            assertEquals("d" + i, r.get(i).document().id());
        }
    }

    @Test
    void notAGzipFile() throws IOException {
        Path f = dir.resolve("fake.jsonl.gz");
        Files.writeString(f, "{\"text\":\"plain\"}\n");
        try {
            new JsonlReaderFactory().create(DEFAULTS, new TestPluginContext(dir)).open(f).close();
            org.junit.jupiter.api.Assertions.fail("expected an InputException");
        } catch (org.froissart.api.InputException e) {
            assertEquals(f.toString(), e.location());
            assertTrue(e.getMessage().contains("not a gzip file"), e.getMessage());
        }
    }

    @Test
    void customFieldNames() throws IOException {
        JsonlReaderFactory.Config c = new JsonlReaderFactory.Config("uid", "body", "date", "headline", "lang", null);
        List<SourceRecord> r = read(c, "c.jsonl", ("{\"uid\":17,\"body\":\"Corps.\",\"date\":\"2023-01-02\",\"headline\":\"H\","
                + "\"lang\":\"en\",\"text\":\"ignored as text\",\"id\":\"other\"}\n").getBytes(StandardCharsets.UTF_8));
        Document d = r.get(0).document();
        assertEquals("17", d.id());
        assertEquals("Corps.", d.text());
        assertEquals(LocalDate.of(2023, 1, 2), d.published());
        assertEquals("H", d.title());
        assertEquals("en", d.language());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("text", "ignored as text");
        meta.put("id", "other");
        assertEquals(meta, d.metadata());
    }

    @Test
    void lineLongerThanMaxLineChars() throws IOException {
        JsonlReaderFactory.Config c = new JsonlReaderFactory.Config(null, null, null, null, null, 20);
        List<SourceRecord> r = read(c, "l.jsonl", "{\"text\":\"short\"}\n{\"text\":\"much longer than twenty\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("short", r.get(0).document().text());
        assertEquals(at("l.jsonl", 2) + ": line of 34 characters is longer than maxLineChars (20)", r.get(1).error().getMessage());
    }

    @Test
    void invalidUtf8LineIsDecodedAsLatin1WithAWarning() throws IOException {
        byte[] content = "{\"text\":\"ok\"}\n{\"text\":\"caf\u00e9\"}\n{\"text\":\"apr\u00e8s\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = "{\"text\":\"apr\u00e8s\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(content, content.length + utf8.length);
        System.arraycopy(utf8, 0, all, content.length, utf8.length);
        List<SourceRecord> r = read(DEFAULTS, "latin.jsonl", all);
        assertEquals(4, r.size());
        assertEquals("ok", r.get(0).document().text());
        assertEquals(null, r.get(0).document().metadata().get("warning"));
        assertEquals("caf\u00e9", r.get(1).document().text());
        assertEquals("ISO-8859-1", r.get(1).document().metadata().get("encoding"));
        assertTrue(r.get(1).document().metadata().get("warning").contains("not valid UTF-8"));
        assertEquals("apr\u00e8s", r.get(3).document().text(), "the next UTF-8 line is read as UTF-8");
        assertEquals(null, r.get(3).document().metadata().get("encoding"));
    }

    @Test
    void hugeLineIsSkippedWithoutReadingItWhole() throws IOException {
        JsonlReaderFactory.Config c = new JsonlReaderFactory.Config(null, null, null, null, null, 1000);
        String big = "{\"text\":\"" + "x".repeat(100_000) + "\"}\n";
        List<SourceRecord> r = read(c, "big.jsonl", ("{\"text\":\"a\"}\n" + big + "{\"text\":\"b\"}\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(3, r.size());
        assertTrue(r.get(1).error() instanceof org.froissart.api.InputTooLargeException, r.get(1).toString());
        assertEquals(at("big.jsonl", 2) + ": line of 100011 bytes is longer than maxLineChars (1000)", r.get(1).error().getMessage());
        assertEquals("b", r.get(2).document().text());
        assertEquals(at("big.jsonl", 3), r.get(2).document().source());
    }

    @Test
    void byteOrderMarkAndTrailingGarbage() throws IOException {
        List<SourceRecord> r = read(DEFAULTS, "bom.jsonl", "\uFEFF{\"text\":\"a\"}\n{\"text\":\"b\"} trailing\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a", r.get(0).document().text());
        assertTrue(r.get(1).error().getMessage().startsWith(at("bom.jsonl", 2)), r.get(1).error().getMessage());
        assertTrue(r.get(1).error().getMessage().contains("not valid JSON"), r.get(1).error().getMessage());
    }
}
