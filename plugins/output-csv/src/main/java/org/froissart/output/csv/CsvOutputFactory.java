package org.froissart.output.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;
import org.froissart.output.table.Table;
import org.froissart.output.table.Tables;

@Description("Writes one CSV file per fact type (documents, entities, mentions, quotes, events, dates, amounts) "
        + "into a directory: RFC 4180, UTF-8, header row, documented stable columns.")
public final class CsvOutputFactory implements OutputFactory<CsvOutputFactory.Config> {
    public static final String NAME = "csv";

    public record Config(
            @Description("Directory to write the .csv files to, relative to the output directory") String directory) {
        public Config {
            directory = directory == null ? "csv" : directory;
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
            return new CsvOutput(directory, Tables.ALL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create CSV files in " + directory, e);
        }
    }

    /**
     * Writes each table to {@code <table>.csv.partial}, renamed to {@code <table>.csv} on close, so
     * readers never see a half-written file.
     */
    static final class CsvOutput implements Output {
        private final List<Table> tables;
        private final List<CsvWriter> writers = new ArrayList<>();
        private final List<Path> temporaries = new ArrayList<>();
        private final List<Path> targets = new ArrayList<>();
        private boolean closed;

        CsvOutput(Path directory, List<Table> tables) throws IOException {
            this.tables = tables;
            Files.createDirectories(directory);
            try {
                for (Table t : tables) {
                    Path target = directory.resolve(t.name() + ".csv");
                    Path temporary = directory.resolve(t.name() + ".csv.partial");
                    CsvWriter w = new CsvWriter(temporary);
                    writers.add(w);
                    targets.add(target);
                    temporaries.add(temporary);
                    w.row(t.columnNames());
                }
            } catch (IOException | RuntimeException e) {
                abandon();
                throw e;
            }
        }

        @Override
        public void write(Document document) throws IOException {
            for (int i = 0; i < tables.size(); i++) {
                CsvWriter w = writers.get(i);
                for (Object[] row : tables.get(i).rowsOf(document)) {
                    w.row(row);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            for (CsvWriter w : writers) {
                w.close();
            }
            for (int i = 0; i < targets.size(); i++) {
                Files.move(temporaries.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }

        private void abandon() {
            for (CsvWriter w : writers) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            for (Path p : temporaries) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // already failing
                }
            }
        }
    }
}
