package org.froissart.output.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.FroissartException;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;
import org.froissart.output.table.Column;
import org.froissart.output.table.Table;
import org.froissart.output.table.Tables;

@Description("Writes a DuckDB database file with the tables documents, entities, mentions, quotes, events, dates "
        + "and amounts (the csv output's columns), optionally exported as Parquet files too.")
public final class DuckDbOutputFactory implements OutputFactory<DuckDbOutputFactory.Config> {
    public static final String NAME = "duckdb";

    public record Config(
            @Description("Database file to write, relative to the output directory; an existing file is replaced") String path,
            @Description("Also export every table as <table>.parquet into parquetDirectory") Boolean parquet,
            @Description("Directory of the Parquet files, relative to the output directory") String parquetDirectory) {
        public Config {
            path = path == null ? "froissart.duckdb" : path;
            parquet = parquet != null && parquet;
            parquetDirectory = parquetDirectory == null ? "parquet" : parquetDirectory;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Output create(Config config, PluginContext context) {
        Path target = context.resolveOutput(config.path());
        Path parquet = config.parquet() ? context.resolveOutput(config.parquetDirectory()) : null;
        try {
            return new DuckDbOutput(target, parquet, Tables.ALL);
        } catch (IOException | SQLException e) {
            throw new FroissartException("cannot create the DuckDB database " + target + ": " + e.getMessage(), e);
        }
    }

    /** The CREATE TABLE statement of a table. */
    static String createTable(Table t) {
        return t.createStatement("CREATE TABLE " + t.name(), Column.Type::duckdb);
    }

    /**
     * Loads rows with DuckDB's appender into {@code <file>.partial}; on close checkpoints, closes and
     * renames the file into place, so a reader never opens a half-loaded database.
     */
    static final class DuckDbOutput implements Output {
        private final Path target;
        private final Path temporary;
        private final Path parquet;
        private final List<Table> tables;
        private final DuckDBConnection connection;
        private final List<DuckDBAppender> appenders = new ArrayList<>();
        private boolean closed;

        DuckDbOutput(Path target, Path parquet, List<Table> tables) throws IOException, SQLException {
            this.target = target;
            this.parquet = parquet;
            this.tables = tables;
            Files.createDirectories(target.toAbsolutePath().getParent());
            this.temporary = target.resolveSibling(target.getFileName() + ".partial");
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(wal(temporary));
            try {
                Class.forName("org.duckdb.DuckDBDriver");
            } catch (ClassNotFoundException e) {
                throw new SQLException("the DuckDB JDBC driver is not on the class path", e);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + temporary.toAbsolutePath());
            this.connection = c.unwrap(DuckDBConnection.class);
            try (Statement s = connection.createStatement()) {
                for (Table t : tables) {
                    s.execute(createTable(t));
                }
            }
            for (Table t : tables) {
                appenders.add(connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.name()));
            }
        }

        private static Path wal(Path db) {
            return db.resolveSibling(db.getFileName() + ".wal");
        }

        @Override
        public void write(Document document) throws IOException {
            try {
                for (int i = 0; i < tables.size(); i++) {
                    Table t = tables.get(i);
                    DuckDBAppender a = appenders.get(i);
                    for (Object[] row : t.rowsOf(document)) {
                        a.beginRow();
                        for (int k = 0; k < row.length; k++) {
                            append(a, t.columns().get(k).type(), row[k]);
                        }
                        a.endRow();
                    }
                }
            } catch (SQLException e) {
                throw new IOException("DuckDB refused document " + document.id() + ": " + e.getMessage(), e);
            }
        }

        private static void append(DuckDBAppender a, Column.Type type, Object v) throws SQLException {
            if (v == null) {
                a.append((String) null);
                return;
            }
            switch (type) {
                case INTEGER -> a.append(((Number) v).intValue());
                case DOUBLE -> a.append(((Number) v).doubleValue());
                case BOOLEAN -> a.append((Boolean) v);
                case DATE -> a.append(((LocalDate) v).toString());
                default -> a.append(v.toString());
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                for (DuckDBAppender a : appenders) {
                    a.close();
                }
                if (parquet != null) {
                    exportParquet();
                }
                try (Statement s = connection.createStatement()) {
                    s.execute("CHECKPOINT");
                }
                connection.close();
            } catch (SQLException e) {
                throw new IOException("DuckDB could not finish " + temporary + ": " + e.getMessage(), e);
            }
            Files.deleteIfExists(wal(target));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** COPY ... TO each table's .parquet.partial file, then renames them all. */
        private void exportParquet() throws IOException, SQLException {
            Files.createDirectories(parquet);
            List<Path> written = new ArrayList<>();
            try (Statement s = connection.createStatement()) {
                for (Table t : tables) {
                    Path partial = parquet.resolve(t.name() + ".parquet.partial");
                    s.execute("COPY " + t.name() + " TO '" + partial.toAbsolutePath().toString().replace("'", "''")
                            + "' (FORMAT PARQUET)");
                    written.add(partial);
                }
            }
            for (int i = 0; i < tables.size(); i++) {
                Files.move(written.get(i), parquet.resolve(tables.get(i).name() + ".parquet"),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
