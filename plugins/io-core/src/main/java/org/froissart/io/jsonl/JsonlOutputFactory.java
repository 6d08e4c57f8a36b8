package org.froissart.io.jsonl;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.froissart.api.ConfigException;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;
import org.froissart.io.json.DocumentJson;

@Description("Writes one JSON object per document (the output contract) to a JSON Lines file; plain files can resume.")
public final class JsonlOutputFactory implements OutputFactory<JsonlOutputFactory.Config> {
    public static final String NAME = "jsonl";
    private static final JsonFactory JSON = new JsonFactory();

    public record Config(
            @Description("File to write, relative to the output directory; '.gz' compresses") String path) {
        public Config {
            path = path == null ? "documents.jsonl" : path;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Output create(Config config, PluginContext context) {
        Path target = context.resolveOutput(config.path());
        try {
            return compressed(target) ? new GzipOutput(target) : new LinesOutput(target, -1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target, e);
        }
    }

    /** Continues the plain file of an interrupted run: truncated to the checkpoint's length, then appended to. */
    @Override
    public Output resume(Config config, PluginContext context, Map<String, String> state) {
        Path target = context.resolveOutput(config.path());
        if (compressed(target)) {
            return OutputFactory.super.resume(config, context, state);
        }
        long bytes;
        try {
            bytes = Long.parseLong(state.get(BYTES));
        } catch (RuntimeException e) {
            throw new ConfigException("progress.json holds no valid byte length for " + target + ": cannot resume");
        }
        try {
            long size = Files.exists(target) ? Files.size(target) : -1;
            if (size < bytes) {
                throw new ConfigException(target + " is " + (size < 0 ? "missing" : size + " bytes") + " but the checkpoint "
                        + "recorded " + bytes + " bytes: it was changed since the interrupted run; run again without --resume");
            }
            return new LinesOutput(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen " + target, e);
        }
    }

    private static boolean compressed(Path target) {
        return target.getFileName().toString().endsWith(".gz");
    }

    static final String BYTES = "bytes";

    /** Serialises one document as one line, or leaves {@code buffer} as it was when serialising fails. */
    static void line(Document document, Buffer buffer) throws IOException {
        int mark = buffer.size();
        try (JsonGenerator g = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
            DocumentJson.write(document, g);
            g.writeRaw('\n');
        } catch (IOException | RuntimeException e) {
            buffer.truncate(mark);
            throw e;
        }
    }

    /** A byte buffer that can drop what a failed document left in it. */
    static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        void truncate(int size) {
            count = Math.min(count, size);
        }

        ByteBuffer bytes() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }

    /**
     * Writes straight into the target file, whole lines at a time: a run that is killed leaves complete
     * lines only, and {@link #checkpoint} returns the file's length so that {@code run --resume} can
     * truncate it there and go on appending.
     */
    static final class LinesOutput implements Output {
        private static final int FLUSH_AT = 1 << 16;
        private final Path target;
        private final FileChannel channel;
        private final Buffer pending = new Buffer(FLUSH_AT + (FLUSH_AT >> 1));
        private long written;

        /** @param resumeAt the length to truncate an existing file to, or -1 to start a new file */
        LinesOutput(Path target, long resumeAt) throws IOException {
            this.target = target;
            Files.createDirectories(target.toAbsolutePath().getParent());
            if (resumeAt < 0) {
                channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                channel = FileChannel.open(target, StandardOpenOption.WRITE);
                channel.truncate(resumeAt);
                channel.position(resumeAt);
                written = resumeAt;
            }
        }

        @Override
        public void write(Document document) throws IOException {
            line(document, pending);
            if (pending.size() >= FLUSH_AT) {
                flush();
            }
        }

        private void flush() throws IOException {
            ByteBuffer b = pending.bytes();
            while (b.hasRemaining()) {
                written += channel.write(b);
            }
            pending.reset();
        }

        @Override
        public Map<String, String> checkpoint() throws IOException {
            flush();
            return Map.of("file", target.getFileName().toString(), BYTES, Long.toString(written));
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
            } finally {
                channel.close();
            }
        }
    }

    /** Compresses to a temporary file renamed into place on close: readers never see a half-written file. Cannot resume. */
    static final class GzipOutput implements Output {
        private final Path target;
        private final Path temporary;
        private final OutputStream out;
        private final Buffer pending = new Buffer(1 << 16);

        GzipOutput(Path target) throws IOException {
            this.target = target;
            Files.createDirectories(target.toAbsolutePath().getParent());
            this.temporary = target.resolveSibling(target.getFileName() + ".partial");
            this.out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), 1 << 16);
        }

        @Override
        public void write(Document document) throws IOException {
            pending.reset();
            line(document, pending);
            pending.writeTo(out);
        }

        @Override
        public void close() throws IOException {
            out.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
