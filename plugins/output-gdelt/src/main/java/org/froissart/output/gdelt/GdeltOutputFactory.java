package org.froissart.output.gdelt;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;

@Description("Writes events.tsv in the GDELT 2.0 Event table's 61-column layout, and gkg.tsv, one row per document "
        + "in the spirit of the GDELT Global Knowledge Graph (persons, organisations, places, quotations, amounts, dates).")
public final class GdeltOutputFactory implements OutputFactory<GdeltOutputFactory.Config> {
    public static final String NAME = "gdelt";

    public record Config(
            @Description("Directory to write events.tsv and gkg.tsv to, relative to the output directory") String directory,
            @Description("Write a header row of column names (GDELT files have none)") Boolean header,
            @Description("Also write negated, hypothetical and future events (GDELT only records events reported as having happened)") Boolean allEvents) {
        public Config {
            directory = directory == null ? "gdelt" : directory;
            header = header != null && header;
            allEvents = allEvents != null && allEvents;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Output create(Config config, PluginContext context) {
        Path directory = context.resolveOutput(config.directory());
        try {
            return new GdeltOutput(directory, config.header(), config.allEvents());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create GDELT files in " + directory, e);
        }
    }

    /** Writes events.tsv.partial and gkg.tsv.partial, renamed into place on close. */
    static final class GdeltOutput implements Output {
        private final boolean allEvents;
        private final TsvFile events;
        private final TsvFile gkg;
        private boolean closed;

        GdeltOutput(Path directory, boolean header, boolean allEvents) throws IOException {
            this.allEvents = allEvents;
            Files.createDirectories(directory);
            this.events = new TsvFile(directory.resolve("events.tsv"));
            try {
                this.gkg = new TsvFile(directory.resolve("gkg.tsv"));
            } catch (IOException e) {
                events.abandon();
                throw e;
            }
            if (header) {
                events.row(GdeltEvents.COLUMNS);
                gkg.row(GdeltGkg.COLUMNS);
            }
        }

        @Override
        public void write(Document document) throws IOException {
            for (List<String> r : GdeltEvents.rows(document, allEvents)) {
                events.row(r);
            }
            gkg.row(GdeltGkg.row(document));
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            events.commit();
            gkg.commit();
        }
    }

    /** A tab-separated UTF-8 file with LF line ends, written to a .partial file first. */
    static final class TsvFile {
        private final Path target;
        private final Path temporary;
        private final Writer out;

        TsvFile(Path target) throws IOException {
            this.target = target;
            this.temporary = target.resolveSibling(target.getFileName() + ".partial");
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
        }

        void row(List<String> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(GdeltEvents.clean(cells.get(i)));
            }
            out.write('\n');
        }

        void commit() throws IOException {
            out.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        void abandon() {
            try {
                out.close();
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
