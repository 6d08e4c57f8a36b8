package org.froissart.output.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

final class ReadOnly {
    private ReadOnly() {
    }

    /** Opens a database file read-only (DuckDB takes settings as properties, not in the URL). */
    static Connection open(Path db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
    }
}
