package org.froissart.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.froissart.api.ConfigException;
import org.froissart.api.PluginContext;

/**
 * A {@link PluginContext} for tests: language "auto" unless set, an output directory of your choice
 * (a fresh temporary directory by default), resources from the thread context class loader (the test
 * class path), and a {@link #shared} cache that builds each value once, like the runner's.
 */
public final class TestPluginContext implements PluginContext {
    private final String pipelineName;
    private final String language;
    private final Path outputDirectory;
    private final Map<String, Lazy> shared = new ConcurrentHashMap<>();

    /** Pipeline "test", language "auto", output in a new temporary directory. */
    public TestPluginContext() {
        this(newTemporaryDirectory());
    }

    public TestPluginContext(Path outputDirectory) {
        this("test", "auto", outputDirectory);
    }

    public TestPluginContext(String pipelineName, String language, Path outputDirectory) {
        this.pipelineName = Objects.requireNonNull(pipelineName, "pipelineName");
        this.language = Objects.requireNonNull(language, "language");
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /** A new context with another language setting ("auto" or an ISO 639-1 code); the cache is not shared. */
    public TestPluginContext withLanguage(String newLanguage) {
        return new TestPluginContext(pipelineName, newLanguage, outputDirectory);
    }

    /** A new context writing to another directory; the cache is not shared. */
    public TestPluginContext withOutputDirectory(Path directory) {
        return new TestPluginContext(pipelineName, language, directory);
    }

    @Override
    public String pipelineName() {
        return pipelineName;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Path outputDirectory() {
        return outputDirectory;
    }

    @Override
    public InputStream openResource(String path) {
        InputStream in = loader().getResourceAsStream(path);
        if (in == null) {
            throw new ConfigException("resource '" + path + "' not found on the test class path: "
                    + "add the plugin that ships it (e.g. a language pack) as a test dependency");
        }
        return in;
    }

    @Override
    public boolean hasResource(String path) {
        return loader().getResource(path) != null;
    }

    private static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : TestPluginContext.class.getClassLoader();
    }

    @Override
    public <T> T shared(String key, Class<T> type, Supplier<T> builder) {
        Object v = shared.computeIfAbsent(key, k -> new Lazy()).get(builder);
        if (!type.isInstance(v)) {
            throw new IllegalStateException("shared value '" + key + "' is a " + (v == null ? "null" : v.getClass().getName())
                    + ", not a " + type.getName() + ": two plugins use the same key");
        }
        return type.cast(v);
    }

    /** How many shared values were built: lets a test check that heavy data is built once. */
    public int sharedCount() {
        return shared.size();
    }

    /** A value built once, outside the map's locks, so a builder may itself use {@link #shared}. */
    private static final class Lazy {
        private Object value;
        private boolean built;

        synchronized Object get(Supplier<?> builder) {
            if (!built) {
                value = builder.get();
                built = true;
            }
            return value;
        }
    }

    private static Path newTemporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("froissart-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
