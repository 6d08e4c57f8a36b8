package org.froissart.io.text;

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
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.InputException;
import org.froissart.api.InputTooLargeException;
import org.froissart.api.SourceReader;
import org.froissart.api.SourceRecord;

/** One article per file: optional date and section lines, a title, the body. */
final class TextFileReader implements SourceReader {
    /** Metadata key of the header date line's offsets, "start-end". */
    static final String DATE_LINE = "dateLine";

    private final TextReaderFactory.Config config;

    TextFileReader(TextReaderFactory.Config config) {
        this.config = config;
    }

    @Override
    public DocumentStream open(Path file) {
        return new DocumentStream() {
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public SourceRecord next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                done = true;
                try {
                    return SourceRecord.of(read(file));
                } catch (InputException e) {
                    return SourceRecord.failed(e);
                } catch (IOException e) {
                    return SourceRecord.failed(new InputException(file.toString(),
                            "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage(), e));
                }
            }

            @Override
            public void close() {
            }
        };
    }

    Document read(Path file) throws IOException {
        String where = file.toString();
        byte[] bytes = readAtMost(file, where);
        boolean[] latin1 = new boolean[1];
        String text = decode(bytes, where, latin1);
        if (text.isBlank()) {
            throw new InputException(where, "empty file: no text to read");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        Document doc = new Document(id, where, text);
        if (latin1[0]) {
            doc.metadata().put("encoding", "ISO-8859-1");
            doc.metadata().put("warning", "not valid UTF-8: decoded as ISO-8859-1 (Latin-1); check accented characters");
        }
        readHeader(doc);
        return doc;
    }

    /** The file's bytes, refusing files larger than maxBytes without reading them (even if they grow meanwhile). */
    private byte[] readAtMost(Path file, String where) throws IOException {
        long size = Files.size(file);
        if (size > config.maxBytes()) {
            throw tooLarge(where, size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            int limit = (int) Math.min(config.maxBytes(), Integer.MAX_VALUE - 64L);
            byte[] bytes = in.readNBytes(limit);
            if (bytes.length == limit && in.read() >= 0) {
                throw tooLarge(where, Files.size(file));
            }
            return bytes;
        }
    }

    private InputTooLargeException tooLarge(String where, long size) {
        return new InputTooLargeException(where, "file is " + size + " bytes, more than the text reader's maxBytes ("
                + config.maxBytes() + "); raise 'maxBytes' under the reader's settings to read it");
    }

    private String decode(byte[] bytes, String where, boolean[] latin1) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            // UTF-16 with a byte order mark (Windows "Unicode" text): its NUL bytes are not binary.
            CharsetDecoder utf16 = StandardCharsets.UTF_16.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                return utf16.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new InputException(where, "starts with a UTF-16 byte order mark but is not valid UTF-16");
            }
        }
        int probe = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new InputException(where, "binary file (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                controls++;
            }
        }
        if (probe > 0 && controls * 10 > probe) {
            throw new InputException(where, "binary file (" + controls + " control bytes in the first " + probe + "), not text");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            if (!config.latin1Fallback()) {
                throw new InputException(where, "invalid UTF-8 at byte " + firstInvalid(bytes, start)
                        + "; convert the file to UTF-8 or set 'latin1Fallback: true'");
            }
            latin1[0] = true;
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
    }

    private static int firstInvalid(byte[] bytes, int start) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lo = start;
        int hi = bytes.length;
        // Binary search for the shortest invalid prefix: valid prefixes decode, invalid ones do not.
        while (hi - lo > 4) {
            int mid = (lo + hi) >>> 1;
            try {
                d.reset();
                d.decode(ByteBuffer.wrap(bytes, start, mid - start));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        return lo;
    }

    /** Header lines: an optional date, an optional section, then the title. */
    private static void readHeader(Document doc) {
        String text = doc.text();
        List<String> lines = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        int pos = 0;
        while (pos < text.length() && lines.size() < 12) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            lines.add(text.substring(pos, end).strip());
            offsets.add(new int[] {pos, end});
            pos = end + 1;
        }
        int i = skipBlank(lines, 0);
        if (i >= lines.size()) {
            return;
        }
        LocalDate published = TextHeader.parseDateLine(lines.get(i));
        if (published != null) {
            doc.setPublished(published);
            // Extractors skip the header date line: it is metadata, not article text.
            doc.metadata().put(DATE_LINE, offsets.get(i)[0] + "-" + offsets.get(i)[1]);
            i = skipBlank(lines, i + 1);
            // "Relations Internationales" directly under the date, then a title: the first is a section.
            if (i + 1 < lines.size() && TextHeader.headingLike(lines.get(i))) {
                int next = skipBlank(lines, i + 1);
                if (next < lines.size() && TextHeader.headingLike(lines.get(next))) {
                    doc.setSection(lines.get(i));
                    i = next;
                }
            }
        }
        if (i < lines.size() && TextHeader.titleLike(lines.get(i))) {
            doc.setTitle(lines.get(i));
        }
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }
}
