package org.froissart.extractors.petrarch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared PETRARCH data: system property {@code froissart.data}, else
 * {@code ../shared/data} from the repository root (the module directory's parent), i.e.
 * {@code ../../shared/data} from the module directory where Maven runs the tests.
 */
final class PetrarchTestData {
    private PetrarchTestData() {
    }

    static Optional<Path> petrarchDir() {
        String property = System.getProperty("froissart.data");
        Path data = property != null ? Path.of(property) : Path.of("..", "..", "shared", "data");
        if (property == null && !Files.isDirectory(data)) {
            data = Path.of("..", "shared", "data");
        }
        Path dir = data.resolve("events").resolve("petrarch2");
        return Files.isDirectory(dir) ? Optional.of(dir.toAbsolutePath().normalize()) : Optional.empty();
    }
}
