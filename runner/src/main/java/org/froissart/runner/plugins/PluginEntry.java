package org.froissart.runner.plugins;

import java.util.ServiceLoader;

import org.froissart.api.PluginFactory;

/**
 * A discovered factory: its name is read from the class, the instance is made on first use.
 *
 * @param origin "bundled" or the jar it came from
 */
public final class PluginEntry {
    private final String name;
    private final PluginKind kind;
    private final String origin;
    private final ServiceLoader.Provider<? extends PluginFactory<?>> provider;
    private volatile PluginFactory<?> instance;

    PluginEntry(String name, PluginKind kind, String origin, ServiceLoader.Provider<? extends PluginFactory<?>> provider) {
        this.name = name;
        this.kind = kind;
        this.origin = origin;
        this.provider = provider;
    }

    public String name() {
        return name;
    }

    public PluginKind kind() {
        return kind;
    }

    public String origin() {
        return origin;
    }

    public Class<?> type() {
        return provider.type();
    }

    public String version() {
        Package p = provider.type().getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? org.froissart.api.FroissartApi.buildVersion() : v;
    }

    public PluginFactory<?> factory() {
        PluginFactory<?> f = instance;
        if (f == null) {
            synchronized (this) {
                f = instance;
                if (f == null) {
                    f = provider.get();
                    instance = f;
                }
            }
        }
        return f;
    }
}
