package org.froissart.io.jsonl;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;
import org.froissart.io.json.DocumentJson;

@Description("Writes one JSON object per document (the output contract) to a JSON Lines file.")
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
            return new JsonlOutput(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target, e);
        }
    }

    /** Writes to a temporary file renamed into place on close, so readers never see a half-written file. */
    static final class JsonlOutput implements Output {
        private final Path target;
        private final Path temporary;
        private final OutputStream out;
        private final JsonGenerator generator;

        JsonlOutput(Path target) throws IOException {
            this.target = target;
            Files.createDirectories(target.toAbsolutePath().getParent());
            this.temporary = target.resolveSibling(target.getFileName() + ".partial");
            OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
            this.out = target.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
            this.generator = JSON.createGenerator(out, JsonEncoding.UTF8);
            this.generator.setRootValueSeparator(null);
        }

        @Override
        public void write(Document document) throws IOException {
            DocumentJson.write(document, generator);
            generator.writeRaw('\n');
        }

        @Override
        public void close() throws IOException {
            generator.close();
            out.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
