package org.froissart.output.postgres;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.froissart.api.ConfigException;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.FroissartException;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;
import org.froissart.output.table.Column;
import org.froissart.output.table.Table;
import org.froissart.output.table.Tables;

@Description("Loads documents, entities, mentions, quotes, events, dates and amounts (the csv output's columns) into "
        + "PostgreSQL tables; a document already loaded is replaced, so re-runs do not duplicate rows.")
public final class PostgresOutputFactory implements OutputFactory<PostgresOutputFactory.Config> {
    public static final String NAME = "postgres";
    static final String URL_ENV = "FROISSART_PG_URL";
    static final String USER_ENV = "FROISSART_PG_USER";
    static final String PASSWORD_ENV = "FROISSART_PG_PASSWORD";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Connection settings stay null here when left out, so {@code describe} never prints a password from the environment. */
    public record Config(
            @Description("JDBC URL (jdbc:postgresql://host:port/db); default: environment variable FROISSART_PG_URL") String url,
            @Description("User; default: environment variable FROISSART_PG_USER") String user,
            @Description("Password; default: environment variable FROISSART_PG_PASSWORD") String password,
            @Description("Schema of the tables, created if missing (lower case letters, digits, '_')") String schema,
            @Description("Documents per transaction") Integer batchSize,
            @Description("File listing the loaded documents and their row counts, relative to the output directory; '' for none") String manifest) {
        public Config {
            schema = schema == null ? "froissart" : schema;
            batchSize = batchSize == null ? 100 : batchSize;
            manifest = manifest == null ? "postgres-manifest.tsv" : manifest;
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1");
            }
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Output create(Config config, PluginContext context) {
        Path manifest = config.manifest().isEmpty() ? null : context.resolveOutput(config.manifest());
        if (!IDENTIFIER.matcher(config.schema()).matches()) {
            throw new ConfigException("postgres: schema '" + config.schema()
                    + "' must be lower case letters, digits and '_', starting with a letter or '_'");
        }
        String url = orEnv(config.url(), URL_ENV);
        if (url == null || url.isBlank()) {
            throw new ConfigException("postgres: no database URL: set 'url' (jdbc:postgresql://host:port/database) "
                    + "or the environment variable " + URL_ENV);
        }
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            url = "jdbc:postgresql://" + url.substring(url.indexOf("://") + 3);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("postgres: url '" + url + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        Properties p = new Properties();
        String user = orEnv(config.user(), USER_ENV);
        String password = orEnv(config.password(), PASSWORD_ENV);
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("reWriteBatchedInserts", "true");
        p.setProperty("ApplicationName", "froissart");
        try {
            Connection c = DriverManager.getConnection(url, p);
            return new PostgresOutput(c, config.schema(), config.batchSize(), manifest, Tables.ALL);
        } catch (SQLException e) {
            throw new FroissartException("postgres: cannot connect to " + url + " or create the tables in schema '"
                    + config.schema() + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FroissartException("postgres: cannot create the manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    private static String orEnv(String value, String env) {
        return value != null ? value : System.getenv(env);
    }

    static String createTable(String schema, Table t) {
        return t.createStatement("CREATE TABLE IF NOT EXISTS " + schema + "." + t.name(), Column.Type::postgres);
    }

    /**
     * Buffers documents and loads each batch in one transaction: first the batch's documents are
     * deleted from every table, then their rows inserted. A batch that fails is rolled back whole.
     */
    static final class PostgresOutput implements Output {
        private final Connection connection;
        private final String schema;
        private final int batchSize;
        private final List<Table> tables;
        private final Map<String, Document> batch = new LinkedHashMap<>();
        private final Path manifest;
        private final Path manifestPartial;
        private final Writer manifestOut;
        private boolean closed;

        PostgresOutput(Connection connection, String schema, int batchSize, Path manifest, List<Table> tables)
                throws SQLException, IOException {
            this.connection = connection;
            this.schema = schema;
            this.batchSize = batchSize;
            this.tables = tables;
            this.manifest = manifest;
            try {
                createTables();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            if (manifest != null) {
                Files.createDirectories(manifest.toAbsolutePath().getParent());
                manifestPartial = manifest.resolveSibling(manifest.getFileName() + ".partial");
                manifestOut = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(manifestPartial), StandardCharsets.UTF_8));
                StringJoiner h = new StringJoiner("\t", "", "\n");
                h.add("document_id").add("schema");
                for (Table t : tables) {
                    h.add(t.name());
                }
                manifestOut.write(h.toString());
            } else {
                manifestPartial = null;
                manifestOut = null;
            }
        }

        private void createTables() throws SQLException {
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                for (Table t : tables) {
                    s.execute(createTable(schema, t));
                    for (Column c : t.columns()) {
                        // Tables only grow: a table made by an older version gets the new columns.
                        s.execute("ALTER TABLE " + schema + "." + t.name() + " ADD COLUMN IF NOT EXISTS " + c.name() + " "
                                + c.type().postgres());
                    }
                    s.execute("CREATE INDEX IF NOT EXISTS " + t.name() + "_document_id_idx ON " + schema + "." + t.name()
                            + " (document_id)");
                }
            }
            connection.setAutoCommit(false);
        }

        @Override
        public void write(Document document) throws IOException {
            batch.remove(document.id());
            batch.put(document.id(), document);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        private void flush() throws IOException {
            if (batch.isEmpty()) {
                return;
            }
            List<Document> docs = new ArrayList<>(batch.values());
            batch.clear();
            String[] ids = docs.stream().map(Document::id).map(PostgresOutput::clean).toArray(String[]::new);
            Map<String, int[]> counts = new LinkedHashMap<>();
            try {
                for (Table t : tables) {
                    try (PreparedStatement del = connection.prepareStatement(
                            "DELETE FROM " + schema + "." + t.name() + " WHERE document_id = ANY (?)")) {
                        del.setArray(1, connection.createArrayOf("varchar", ids));
                        del.executeUpdate();
                    }
                }
                for (int ti = 0; ti < tables.size(); ti++) {
                    Table t = tables.get(ti);
                    try (PreparedStatement ins = connection.prepareStatement(insert(t))) {
                        int pending = 0;
                        for (Document d : docs) {
                            List<Object[]> rows = t.rowsOf(d);
                            counts.computeIfAbsent(d.id(), k -> new int[tables.size()])[ti] = rows.size();
                            for (Object[] row : rows) {
                                bind(ins, t.columns(), row);
                                ins.addBatch();
                                if (++pending == 1000) {
                                    ins.executeBatch();
                                    pending = 0;
                                }
                            }
                        }
                        if (pending > 0) {
                            ins.executeBatch();
                        }
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the connection is broken; the first error says why
                }
                SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                throw new IOException("postgres: loading documents " + String.join(", ", ids) + " failed and was rolled back: "
                        + cause.getMessage(), e);
            }
            if (manifestOut != null) {
                for (Map.Entry<String, int[]> c : counts.entrySet()) {
                    StringJoiner line = new StringJoiner("\t", "", "\n");
                    line.add(c.getKey().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')).add(schema);
                    for (int n : c.getValue()) {
                        line.add(Integer.toString(n));
                    }
                    manifestOut.write(line.toString());
                }
            }
        }

        private String insert(Table t) {
            StringJoiner cols = new StringJoiner(", ", "INSERT INTO " + schema + "." + t.name() + " (", ")");
            StringJoiner marks = new StringJoiner(", ", " VALUES (", ")");
            for (Column c : t.columns()) {
                cols.add(c.name());
                marks.add("?");
            }
            return cols + marks.toString();
        }

        private static void bind(PreparedStatement ps, List<Column> columns, Object[] row) throws SQLException {
            for (int i = 0; i < row.length; i++) {
                Column.Type type = columns.get(i).type();
                Object v = row[i];
                int at = i + 1;
                if (v == null) {
                    ps.setNull(at, sqlType.apply(type));
                    continue;
                }
                switch (type) {
                    case INTEGER -> ps.setInt(at, ((Number) v).intValue());
                    case DOUBLE -> ps.setDouble(at, ((Number) v).doubleValue());
                    case BOOLEAN -> ps.setBoolean(at, (Boolean) v);
                    case DATE -> ps.setObject(at, v);
                    default -> ps.setString(at, clean(v.toString()));
                }
            }
        }

        private static final Function<Column.Type, Integer> sqlType = t -> switch (t) {
            case INTEGER -> Types.INTEGER;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            default -> Types.VARCHAR;
        };

        /** PostgreSQL text cannot hold U+0000: it becomes U+FFFD, one char for one, so offsets still hold. */
        static String clean(String s) {
            return s.indexOf('\u0000') < 0 ? s : s.replace('\u0000', '\uFFFD');
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                flush();
            } finally {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // everything is committed or rolled back by now
                }
                if (manifestOut != null) {
                    manifestOut.close();
                }
            }
            if (manifestOut != null) {
                Files.move(manifestPartial, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
