package org.froissart.io.jsonl;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.InputException;
import org.froissart.api.SourceReader;
import org.froissart.api.SourceRecord;

/** Reads JSON Lines lazily; a bad line is an error record and reading goes on with the next. */
final class JsonlReader implements SourceReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
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
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        return new LineStream(file, reader);
    }

    private final class LineStream implements DocumentStream {
        private final Path file;
        private final BufferedReader reader;
        private final String baseId;
        private int lineNumber;
        private int records;
        private SourceRecord next;
        private boolean finished;

        LineStream(Path file, BufferedReader reader) {
            this.file = file;
            this.reader = reader;
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
            String line;
            try {
                line = reader.readLine();
            } catch (CharacterCodingException e) {
                finished = true;
                return SourceRecord.failed(new InputException(where(lineNumber + 1),
                        "invalid UTF-8; the rest of the file is not read: convert it to UTF-8"));
            } catch (EOFException | ZipException e) {
                finished = true;
                return SourceRecord.failed(new InputException(where(lineNumber + 1),
                        "truncated or corrupt gzip data after line " + lineNumber + ": " + e.getMessage()));
            } catch (IOException e) {
                finished = true;
                return SourceRecord.failed(new InputException(where(lineNumber + 1), "read error: " + e.getMessage(), e));
            }
            if (line == null) {
                finished = true;
                // A file with no line at all is reported, not silently ignored.
                return records == 0 ? SourceRecord.failed(new InputException(file.toString(),
                        lineNumber == 0 ? "empty file: no JSON lines to read" : "only blank lines: no JSON lines to read")) : null;
            }
            lineNumber++;
            if (line.isBlank()) {
                return null;
            }
            if (line.length() > config.maxLineChars()) {
                return SourceRecord.failed(new InputException(where(lineNumber), "line of " + line.length()
                        + " characters is longer than maxLineChars (" + config.maxLineChars() + ")"));
            }
            try {
                return SourceRecord.of(toDocument(MAPPER.readTree(line)));
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
            reader.close();
        }
    }
}
