package org.froissart.api;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/** What the host gives a factory when it creates a plugin instance. */
@Api(Api.Status.STABLE)
public interface PluginContext {

    /** The pipeline's name. */
    String pipelineName();

    /** The pipeline's language setting: "auto" or an ISO 639-1 code. */
    String language();

    /** Where outputs go. */
    Path outputDirectory();

    /**
     * Resolves a path from configuration against the output directory.
     *
     * @throws ConfigException when a relative path escapes the output directory
     */
    default Path resolveOutput(String configured) {
        Path p = Path.of(configured);
        if (p.isAbsolute()) {
            return p.normalize();
        }
        Path base = outputDirectory().toAbsolutePath().normalize();
        Path resolved = base.resolve(p).normalize();
        if (!resolved.startsWith(base)) {
            throw new ConfigException("output path '" + configured + "' leaves the output directory " + base
                    + "; use a path inside it, or an absolute path if you really mean another place");
        }
        return resolved;
    }

    /**
     * Opens a resource packaged in a plugin jar (e.g. "froissart/lang/fr/demonyms.tsv"), looking in
     * the host and in every loaded plugin.
     *
     * @throws ConfigException naming the resource when no jar has it
     */
    default InputStream openResource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader() == null ? null
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            in = PluginContext.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new ConfigException("resource '" + path + "' not found: is the plugin that ships it installed?");
        }
        return in;
    }

    /** True when some jar ships the resource. */
    default boolean hasResource(String path) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return (cl != null && cl.getResource(path) != null) || PluginContext.class.getClassLoader().getResource(path) != null;
    }

    /**
     * A run-wide value built once and shared by every thread, for compiled dictionaries and models.
     * The value must be safe to read from several threads.
     */
    <T> T shared(String key, Class<T> type, Supplier<T> builder);
}
