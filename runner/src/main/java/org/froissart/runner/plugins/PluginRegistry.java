package org.froissart.runner.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.froissart.api.ConfigException;
import org.froissart.api.FroissartApi;
import org.froissart.api.PluginFactory;
import org.froissart.runner.pipeline.Suggestions;

/**
 * Every factory the runner can use: those bundled in the runner jar and those of the jars in the
 * plugin directories, each jar in its own class loader that shares only the API packages.
 */
public final class PluginRegistry {
    private final Map<PluginKind, Map<String, PluginEntry>> entries = new LinkedHashMap<>();
    private final List<LoadedJar> jars = new ArrayList<>();
    private final List<ClassLoader> loaders = new ArrayList<>();

    /** A plugin jar that was loaded, with its SHA-256, for the run report. */
    public record LoadedJar(Path path, String sha256) {
    }

    public PluginRegistry(List<Path> pluginDirectories) {
        for (PluginKind kind : PluginKind.values()) {
            entries.put(kind, new LinkedHashMap<>());
        }
        ClassLoader host = PluginRegistry.class.getClassLoader();
        loaders.add(host);
        discover(host, "bundled");
        for (Path dir : pluginDirectories) {
            loadDirectory(dir, host);
        }
    }

    private void loadDirectory(Path dir, ClassLoader host) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("plugin directory " + dir + " does not exist or is not a directory");
        }
        List<Path> found;
        try (Stream<Path> s = Files.list(dir)) {
            found = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new ConfigException("cannot list plugin directory " + dir + ": " + e.getMessage(), e);
        }
        ApiOnlyClassLoader parent = new ApiOnlyClassLoader(host);
        for (Path jar : found) {
            URLClassLoader loader;
            try {
                loader = new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
            } catch (MalformedURLException e) {
                throw new ConfigException("bad plugin path " + jar, e);
            }
            jars.add(new LoadedJar(jar, sha256(jar)));
            loaders.add(loader);
            int before = size();
            discover(loader, jar.getFileName().toString());
            if (size() == before) {
                throw new ConfigException("plugin jar " + jar + " registers no factory: add a file "
                        + "META-INF/services/org.froissart.api.ExtractorFactory (or SourceReaderFactory, OutputFactory) "
                        + "listing your factory classes, one per line");
            }
        }
    }

    private int size() {
        return entries.values().stream().mapToInt(Map::size).sum();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void discover(ClassLoader loader, String origin) {
        for (PluginKind kind : PluginKind.values()) {
            ServiceLoader<? extends PluginFactory> sl = ServiceLoader.load(kind.service(), loader);
            List<ServiceLoader.Provider<? extends PluginFactory>> providers;
            try {
                providers = sl.stream().collect(Collectors.toList());
            } catch (ServiceConfigurationError e) {
                throw new ConfigException("plugin " + origin + ": broken META-INF/services entry for "
                        + kind.service().getSimpleName() + ": " + e.getMessage(), e);
            }
            for (ServiceLoader.Provider p : providers) {
                // ServiceLoader on a child loader also sees the parent's services: keep each once.
                if (!origin.equals("bundled") && p.type().getClassLoader() != loader) {
                    continue;
                }
                String name;
                try {
                    name = PluginFactory.declaredName(p.type());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("plugin " + origin + ": " + e.getMessage());
                }
                PluginEntry existing = entries.get(kind).get(name);
                if (existing != null) {
                    throw new ConfigException("two " + kind.label() + "s are named '" + name + "': "
                            + existing.type().getName() + " (" + existing.origin() + ") and " + p.type().getName()
                            + " (" + origin + "); rename one (its NAME field) or remove one jar");
                }
                checkApiVersion(p.type(), origin);
                entries.get(kind).put(name, new PluginEntry(name, kind, origin, p));
            }
        }
    }

    /** A plugin built against a newer API minor (or another major) cannot run here. */
    private static void checkApiVersion(Class<?> type, String origin) {
        String built = builtAgainst(type);
        if (built == null) {
            return;
        }
        String[] mine = FroissartApi.VERSION.split("\\.");
        String[] theirs = built.split("\\.");
        boolean ok = theirs.length >= 2 && theirs[0].equals(mine[0])
                && Integer.parseInt(theirs[1]) <= Integer.parseInt(mine[1]);
        if (!ok) {
            throw new ConfigException("plugin " + type.getName() + " (" + origin + ") was built against Froissart API "
                    + built + " but this runner has API " + FroissartApi.VERSION
                    + "; rebuild the plugin against this version or upgrade the runner");
        }
    }

    /** Reads "Froissart-Api-Version" from the plugin jar's manifest, if the plugin declares it. */
    private static String builtAgainst(Class<?> type) {
        URL url = type.getClassLoader() == null ? null
                : type.getClassLoader().getResource("META-INF/froissart-plugin.properties");
        if (url == null || type.getClassLoader() == PluginRegistry.class.getClassLoader()) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("api.version");
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new ConfigException("cannot read plugin jar " + jar + ": " + e.getMessage(), e);
        }
    }

    public List<PluginEntry> all() {
        return entries.values().stream().flatMap(m -> m.values().stream())
                .sorted(Comparator.comparing((PluginEntry e) -> e.kind().ordinal()).thenComparing(PluginEntry::name))
                .collect(Collectors.toList());
    }

    public List<PluginEntry> all(PluginKind kind) {
        return new ArrayList<>(entries.get(kind).values());
    }

    public PluginEntry find(PluginKind kind, String name) {
        return entries.get(kind).get(name);
    }

    /**
     * The factory of that kind and name.
     *
     * @throws ConfigException listing the valid names and the closest one
     */
    public PluginEntry get(PluginKind kind, String name) {
        PluginEntry e = find(kind, name);
        if (e == null) {
            throw new ConfigException(unknown(kind, name));
        }
        return e;
    }

    public String unknown(PluginKind kind, String name) {
        List<String> names = entries.get(kind).keySet().stream().sorted().collect(Collectors.toList());
        return "unknown " + kind.label() + " '" + name + "'" + Suggestions.didYouMean(name, names)
                + "; valid " + kind.label() + "s: " + String.join(", ", names)
                + ". If it comes from a plugin jar, put the jar in the plugins directory (or pass --plugins DIR)";
    }

    public List<LoadedJar> jars() {
        return List.copyOf(jars);
    }

    /** Class loaders of the host and every plugin jar, for resource look-ups. */
    public List<ClassLoader> loaders() {
        return List.copyOf(loaders);
    }
}
