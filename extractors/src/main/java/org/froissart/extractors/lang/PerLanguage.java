package org.froissart.extractors.lang;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.froissart.api.PluginContext;

/**
 * A language-specific engine, built once per run and language from the language pack's files and
 * shared by all threads; absent for languages whose pack lacks the file, whose documents the step
 * leaves untouched.
 *
 * @param <T> the engine; must be safe to use from several threads
 */
public final class PerLanguage<T> {
    private final PluginContext context;
    private final String key;
    private final String file;
    private final Class<T> type;
    private final Function<String, T> builder;
    private final Map<String, Optional<T>> cache = new ConcurrentHashMap<>();

    /**
     * @param key     names the engine in the run-wide cache ("froissart.dates")
     * @param file    the pack file the engine needs ("dates.tsv")
     * @param builder builds the engine for a language code
     */
    public PerLanguage(PluginContext context, String key, String file, Class<T> type, Function<String, T> builder) {
        this.context = context;
        this.key = key;
        this.file = file;
        this.type = type;
        this.builder = builder;
    }

    /** The engine for a language, or null when there is none. */
    public T get(String language) {
        if (language == null) {
            return null;
        }
        return cache.computeIfAbsent(language, l -> context.hasResource(LanguagePacks.path(l, file))
                ? Optional.of(context.shared(key + "." + l, type, () -> builder.apply(l)))
                : Optional.empty()).orElse(null);
    }
}
