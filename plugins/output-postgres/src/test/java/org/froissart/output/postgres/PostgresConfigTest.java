package org.froissart.output.postgres;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.froissart.api.ConfigException;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a user gets before any connection; these need no server. */
class PostgresConfigTest {
    @TempDir
    Path out;

    @Test
    void badSchemaNamesAreRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> new PostgresOutputFactory().create(
                new PostgresOutputFactory.Config("jdbc:postgresql://127.0.0.1:1/x", null, null, "x; DROP TABLE y", null, null),
                new TestPluginContext(out)));
        assertTrue(e.getMessage().contains("schema"), e.getMessage());
    }

    @Test
    void aUrlThatIsNotPostgresIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> new PostgresOutputFactory().create(
                new PostgresOutputFactory.Config("jdbc:mysql://h/db", null, null, null, null, null), new TestPluginContext(out)));
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
    }

    @Test
    void batchSizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PostgresOutputFactory.Config(null, null, null, null, 0, null));
    }
}
