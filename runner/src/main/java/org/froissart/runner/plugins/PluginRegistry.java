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
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final Set<PluginEntry> checked = ConcurrentHashMap.newKeySet();

    /** Where a plugin jar declares the API version it was built against. */
    public static final String DESCRIPTOR = "META-INF/froissart-plugin.properties";
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");

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
                throw new ConfigException(noFactory(jar));
            }
        }
    }

    /** Why a jar registered nothing: no services file at all, or a misnamed one. */
    private static String noFactory(Path jar) {
        Set<String> services = new TreeSet<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) j.stream()::iterator) {
                if (e.getName().startsWith("META-INF/services/") && !e.isDirectory()) {
                    services.add(e.getName());
                }
            }
        } catch (IOException e) {
            return "plugin jar " + jar + " cannot be read as a jar: " + e.getMessage();
        }
        List<String> valid = new ArrayList<>();
        for (PluginKind k : PluginKind.values()) {
            valid.add("META-INF/services/" + k.service().getName());
        }
        List<String> present = valid.stream().filter(services::contains).collect(Collectors.toList());
        String found = services.isEmpty() ? "it has no META-INF/services entry"
                : !present.isEmpty() ? "its " + String.join(", ", present) + " lists no factory class"
                : "it has " + String.join(", ", services) + " but none of " + String.join(", ", valid);
        return "plugin jar " + jar + " registers no factory: " + found + "; add a file "
                + "META-INF/services/org.froissart.api.ExtractorFactory (or SourceReaderFactory, OutputFactory) "
                + "listing your factory classes, one fully qualified class name per line "
                + "(src/main/resources/META-INF/services/... in a Maven project)";
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
                checkApiVersion(p.type(), origin);
                PluginEntry existing = entries.get(kind).get(name);
                if (existing != null) {
                    throw new ConfigException("two " + kind.label() + "s are named '" + name + "': "
                            + existing.type().getName() + " (" + existing.origin() + ") and " + p.type().getName()
                            + " (" + origin + "); rename one (its NAME field) or remove one jar");
                }
                entries.get(kind).put(name, new PluginEntry(name, kind, origin, p));
            }
        }
    }

    /**
     * A plugin built against a newer API minor, or another major, cannot run here. A jar without
     * {@value #DESCRIPTOR} is accepted (it cannot be checked).
     */
    private static void checkApiVersion(Class<?> type, String origin) {
        String built = builtAgainst(type, origin);
        if (built == null) {
            return;
        }
        Matcher theirs = MAJOR_MINOR.matcher(built.strip());
        if (!theirs.matches()) {
            throw new ConfigException("plugin jar " + origin + ": " + DESCRIPTOR + " has api.version=" + built
                    + ", expected MAJOR.MINOR such as " + FroissartApi.VERSION
                    + (built.contains("${") ? "; the Maven property was not replaced: enable resource filtering for "
                            + "src/main/resources/" + DESCRIPTOR : ""));
        }
        Matcher mine = MAJOR_MINOR.matcher(FroissartApi.VERSION);
        if (!mine.matches()) {
            throw new IllegalStateException("bad FroissartApi.VERSION " + FroissartApi.VERSION);
        }
        int major = Integer.parseInt(theirs.group(1));
        int minor = Integer.parseInt(theirs.group(2));
        int myMajor = Integer.parseInt(mine.group(1));
        int myMinor = Integer.parseInt(mine.group(2));
        String head = "plugin " + type.getName() + " (" + origin + ") was built against Froissart API " + major + "." + minor;
        String rebuild = "rebuild the plugin against froissart-api " + FroissartApi.buildVersion() + " (api.version="
                + FroissartApi.VERSION + ")";
        if (major != myMajor) {
            throw new ConfigException(head + " but this runner has API " + FroissartApi.VERSION
                    + "; a plugin runs only on a runner of the same API major version: " + rebuild
                    + ", or use a runner with API " + major + ".x");
        }
        if (minor > myMinor) {
            throw new ConfigException(head + ", newer than this runner's API " + FroissartApi.VERSION
                    + " (it may call methods this runner lacks): upgrade the runner to one with API " + major + "." + minor
                    + " or later, or " + rebuild);
        }
    }

    /** The api.version of the plugin jar's {@value #DESCRIPTOR}, or null when the jar has none. */
    private static String builtAgainst(Class<?> type, String origin) {
        ClassLoader cl = type.getClassLoader();
        if (cl == null || cl == PluginRegistry.class.getClassLoader()) {
            return null;
        }
        URL url = cl.getResource(DESCRIPTOR);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("api.version");
            if (v == null || v.isBlank()) {
                throw new ConfigException("plugin jar " + origin + ": " + DESCRIPTOR + " has no api.version; add the line "
                        + "'api.version=" + FroissartApi.VERSION + "' (the Froissart API major.minor the plugin is built against)");
            }
            return v;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("plugin jar " + origin + ": cannot read " + DESCRIPTOR + ": " + e.getMessage(), e);
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

    /**
     * The factory of that kind and name, or null. The first look-up of a plugin creates its factory and
     * checks it, so a plugin that cannot be used fails with a message naming it.
     *
     * @throws ConfigException when the factory cannot be created or its config type is not a record
     */
    public PluginEntry find(PluginKind kind, String name) {
        PluginEntry e = entries.get(kind).get(name);
        if (e != null && !checked.contains(e)) {
            check(e);
            checked.add(e);
        }
        return e;
    }

    private static void check(PluginEntry e) {
        String who = e.kind().label() + " '" + e.name() + "' (" + e.type().getName() + ", " + e.origin() + ")";
        PluginFactory<?> f;
        try {
            f = e.factory();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError err) {
            Throwable c = err.getCause() != null ? err.getCause() : err;
            throw new ConfigException(who + ": cannot create the factory: " + c + "; a factory needs a public "
                    + "no-argument constructor that does no heavy work, and every class it uses must be in its jar "
                    + "(plugins see only the JDK and org.froissart.api)", err);
        }
        Class<?> config;
        try {
            config = f.configType();
        } catch (RuntimeException | LinkageError err) {
            throw new ConfigException(who + ": configType() failed: " + err, err);
        }
        if (config == null || !config.isRecord()) {
            throw new ConfigException(who + ": configType() returns " + (config == null ? "null" : config.getName())
                    + ", which is not a record; declare the settings as a record whose components are the keys "
                    + "under 'with:', e.g. 'public record Config(Integer minLength) { }', and return Config.class");
        }
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
