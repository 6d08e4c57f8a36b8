package org.froissart.io.jsonl;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.InputException;
import org.froissart.api.InputTooLargeException;
import org.froissart.api.SourceReader;
import org.froissart.api.SourceRecord;

/**
 * Reads JSON Lines lazily; a bad line is an error record and reading goes on with the next. Lines are
 * read as bytes with a bound, so a huge line costs at most a few times maxLineChars of memory; a line
 * that is not valid UTF-8 is decoded as ISO-8859-1 with a warning in the document's metadata.
 */
final class JsonlReader implements SourceReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonlReaderFactory.Config config;

    JsonlReader(JsonlReaderFactory.Config config) {
        this.config = config;
    }

    @Override
    public DocumentStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 65536);
            }
        } catch (IOException e) {
            in.close();
            throw new InputException(file.toString(), "not a gzip file: " + e.getMessage(), e);
        }
        // A UTF-8 character is at most 3 bytes per Java char: more bytes than that are surely too long.
        long maxBytes = Math.min(Integer.MAX_VALUE - 64L, 3L * config.maxLineChars() + 3);
        return new LineStream(file, new ByteLines(in, (int) maxBytes));
    }

    /** Lines of bytes, split on '\n' (a trailing '\r' dropped), keeping at most {@code max} bytes of each. */
    static final class ByteLines implements AutoCloseable {
        private final InputStream in;
        private final int max;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        private boolean eof;
        private byte[] line = new byte[1024];
        private int length;
        private long total;

        ByteLines(InputStream in, int max) {
            this.in = in instanceof BufferedInputStream || in instanceof GZIPInputStream ? in : new BufferedInputStream(in, 1 << 16);
            this.max = max;
        }

        /** Reads the next line; false at the end of the input. */
        boolean next() throws IOException {
            length = 0;
            total = 0;
            if (eof) {
                return false;
            }
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    int n = in.read(buffer);
                    pos = 0;
                    limit = Math.max(n, 0);
                    if (n <= 0) {
                        eof = true;
                        trimCr();
                        return any;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                append(start, pos - start);
                if (pos < limit) {
                    pos++;
                    trimCr();
                    return true;
                }
            }
        }

        private void trimCr() {
            if (length > 0 && length == total && line[length - 1] == '\r') {
                length--;
                total--;
            }
        }

        private void append(int from, int n) {
            total += n;
            int keep = (int) Math.min(n, (long) max - length);
            if (keep <= 0) {
                return;
            }
            if (length + keep > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 64L, Math.max(length + keep, 2L * line.length)));
            }
            System.arraycopy(buffer, from, line, length, keep);
            length += keep;
        }

        /** True when the line had more bytes than were kept. */
        boolean cut() {
            return total > length;
        }

        long totalBytes() {
            return total;
        }

        byte[] bytes() {
            return line;
        }

        int length() {
            return length;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private final class LineStream implements DocumentStream {
        private final Path file;
        private final ByteLines lines;
        private final String baseId;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private int lineNumber;
        private int records;
        private SourceRecord next;
        private boolean finished;

        LineStream(Path file, ByteLines lines) {
            this.file = file;
            this.lines = lines;
            String name = file.getFileName().toString();
            int dot = name.indexOf('.');
            this.baseId = dot > 0 ? name.substring(0, dot) : name;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !finished) {
                next = readOne();
            }
            return next != null;
        }

        @Override
        public SourceRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SourceRecord r = next;
            next = null;
            records++;
            return r;
        }

        /** The next record, or null for a blank line or the end of the file. */
        private SourceRecord readOne() {
            boolean more;
            try {
                more = lines.next();
            } catch (EOFException | ZipException e) {
                finished = true;
                return SourceRecord.failed(new InputException(where(lineNumber + 1),
                        "truncated or corrupt gzip data after line " + lineNumber + ": " + e.getMessage()));
            } catch (IOException e) {
                finished = true;
                return SourceRecord.failed(new InputException(where(lineNumber + 1), "read error: " + e.getMessage(), e));
            }
            if (!more) {
                finished = true;
                // A file with no line at all is reported, not silently ignored.
                return records == 0 ? SourceRecord.failed(new InputException(file.toString(),
                        lineNumber == 0 ? "empty file: no JSON lines to read" : "only blank lines: no JSON lines to read")) : null;
            }
            lineNumber++;
            if (lines.cut()) {
                return SourceRecord.failed(new InputTooLargeException(where(lineNumber), "line of " + lines.totalBytes()
                        + " bytes is longer than maxLineChars (" + config.maxLineChars() + ")"));
            }
            int start = 0;
            byte[] b = lines.bytes();
            if (lineNumber == 1 && lines.length() >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                start = 3; // byte order mark
            }
            String line;
            boolean latin1 = false;
            try {
                utf8.reset();
                line = utf8.decode(ByteBuffer.wrap(b, start, lines.length() - start)).toString();
            } catch (CharacterCodingException e) {
                line = new String(b, start, lines.length() - start, StandardCharsets.ISO_8859_1);
                latin1 = true;
            }
            if (line.isBlank()) {
                return null;
            }
            if (line.length() > config.maxLineChars()) {
                return SourceRecord.failed(new InputTooLargeException(where(lineNumber), "line of " + line.length()
                        + " characters is longer than maxLineChars (" + config.maxLineChars() + ")"));
            }
            try {
                Document d = toDocument(MAPPER.readTree(line));
                if (latin1) {
                    d.metadata().put("encoding", "ISO-8859-1");
                    d.metadata().put("warning", "line not valid UTF-8: decoded as ISO-8859-1 (Latin-1); check accented characters");
                }
                return SourceRecord.of(d);
            } catch (JsonProcessingException e) {
                String msg = e.getOriginalMessage();
                long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
                return SourceRecord.failed(new InputException(where(lineNumber) + (col > 0 ? ":" + col : ""),
                        "not valid JSON: " + msg));
            } catch (InputException e) {
                return SourceRecord.failed(e);
            }
        }

        private Document toDocument(JsonNode node) {
            if (node == null || !node.isObject()) {
                throw new InputException(where(lineNumber), "expected a JSON object per line, found "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
            }
            JsonNode text = node.get(config.text());
            if (text == null || text.isNull()) {
                throw new InputException(where(lineNumber), "no '" + config.text()
                        + "' field; set the reader's 'text' setting to the field that holds the article text");
            }
            if (!text.isTextual()) {
                throw new InputException(where(lineNumber), "field '" + config.text() + "' must be a string, found "
                        + text.getNodeType().toString().toLowerCase());
            }
            JsonNode idNode = node.get(config.id());
            String id = idNode != null && idNode.isValueNode() && !idNode.asText().isEmpty()
                    ? idNode.asText() : baseId + "-" + lineNumber;
            Document doc = new Document(id, where(lineNumber), text.asText());
            JsonNode title = node.get(config.title());
            if (title != null && title.isTextual()) {
                doc.setTitle(title.asText());
            }
            JsonNode lang = node.get(config.language());
            if (lang != null && lang.isTextual() && !lang.asText().isBlank()) {
                doc.setLanguage(lang.asText().strip().toLowerCase());
            }
            JsonNode published = node.get(config.published());
            if (published != null && published.isTextual()) {
                String p = published.asText().strip();
                try {
                    doc.setPublished(LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p));
                } catch (DateTimeParseException e) {
                    doc.metadata().put("warning", "unreadable published date '" + p + "'");
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String k = f.getKey();
                if (!k.equals(config.text()) && !k.equals(config.id()) && !k.equals(config.title())
                        && !k.equals(config.published()) && !k.equals(config.language()) && f.getValue().isValueNode()) {
                    doc.metadata().put(k, f.getValue().asText());
                }
            }
            return doc;
        }

        private String where(int line) {
            return file + ":" + line;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
