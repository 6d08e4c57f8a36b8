package org.froissart.runner.execution;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.froissart.api.ConfigException;
import org.froissart.api.PluginContext;

/** The host side of {@link PluginContext}: resources from every plugin jar, and the run-wide cache. */
public final class RunContext implements PluginContext {
    private final String pipelineName;
    private final String language;
    private final Path outputDirectory;
    private final List<ClassLoader> loaders;
    private final Map<String, Object> shared = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public RunContext(String pipelineName, String language, Path outputDirectory, List<ClassLoader> loaders) {
        this.pipelineName = pipelineName;
        this.language = language;
        this.outputDirectory = outputDirectory;
        this.loaders = List.copyOf(loaders);
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

    /** As the default, but a path the file system cannot hold (a NUL character) is a configuration error too. */
    @Override
    public Path resolveOutput(String configured) {
        try {
            return PluginContext.super.resolveOutput(configured);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException("output path '" + configured.replace("\0", "\\0") + "' is not a valid path: " + e.getReason());
        }
    }

    @Override
    public InputStream openResource(String path) {
        for (ClassLoader cl : loaders) {
            InputStream in = cl.getResourceAsStream(path);
            if (in != null) {
                return in;
            }
        }
        throw new ConfigException("resource '" + path + "' not found in the runner or any plugin jar: "
                + "is the plugin that ships it (e.g. a language pack) installed?");
    }

    @Override
    public boolean hasResource(String path) {
        for (ClassLoader cl : loaders) {
            if (cl.getResource(path) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <T> T shared(String key, Class<T> type, Supplier<T> builder) {
        Object v = shared.get(key);
        if (v == null) {
            // One lock per key: builders may ask for other shared values (entities need the knowledge
            // base), which computeIfAbsent would refuse as a recursive update.
            synchronized (locks.computeIfAbsent(key, k -> new Object())) {
                v = shared.get(key);
                if (v == null) {
                    v = builder.get();
                    shared.put(key, v);
                }
            }
        }
        if (!type.isInstance(v)) {
            throw new IllegalStateException("shared value '" + key + "' is a " + v.getClass().getName()
                    + ", not a " + type.getName() + ": two plugins use the same key");
        }
        return type.cast(v);
    }
}
