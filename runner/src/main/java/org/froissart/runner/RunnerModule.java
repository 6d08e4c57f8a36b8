package org.froissart.runner;

import java.nio.file.Path;
import java.util.List;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

import org.froissart.runner.pipeline.ConfigBinder;
import org.froissart.runner.plugins.PluginRegistry;

/**
 * Wires the runner. Plugins never see this injector: they get a PluginContext and their config.
 */
final class RunnerModule extends AbstractModule {
    private final List<Path> pluginDirectories;

    RunnerModule(List<Path> pluginDirectories) {
        this.pluginDirectories = List.copyOf(pluginDirectories);
    }

    @Override
    protected void configure() {
        bind(ConfigBinder.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    PluginRegistry registry() {
        return new PluginRegistry(pluginDirectories);
    }
}
