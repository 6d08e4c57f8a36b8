package org.froissart.runner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds small plugin jars from test classes, the way a plugin author's build would. */
final class TestJars {
    static final String EXTRACTORS = "META-INF/services/org.froissart.api.ExtractorFactory";
    static final String DESCRIPTOR = "META-INF/froissart-plugin.properties";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static TestJars of(Class<?>... classes) {
        TestJars j = new TestJars();
        for (Class<?> c : classes) {
            j.addClass(c);
        }
        return j;
    }

    /** A class and its nested classes (Outer$Inner.class), read from the test class output. */
    TestJars addClass(Class<?> c) {
        try {
            Path root = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            String dir = c.getPackageName().replace('.', '/');
            boolean found = false;
            try (Stream<Path> s = Files.list(root.resolve(dir))) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String f = p.getFileName().toString();
                    if (f.equals(c.getSimpleName() + ".class") || f.startsWith(c.getSimpleName() + "$")) {
                        entries.put(dir + "/" + f, Files.readAllBytes(p));
                        found |= f.equals(c.getSimpleName() + ".class");
                    }
                }
            }
            if (!found) {
                throw new IllegalStateException("no " + c.getSimpleName() + ".class in " + root.resolve(dir)
                        + " (is the test output being recompiled?)");
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    TestJars add(String path, String content) {
        entries.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Registers the classes as extractor factories in META-INF/services. */
    TestJars services(Class<?>... factories) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> f : factories) {
            sb.append(f.getName()).append('\n');
        }
        return add(EXTRACTORS, sb.toString());
    }

    TestJars apiVersion(String version) {
        return add(DESCRIPTOR, "api.version=" + version + "\n");
    }

    Path write(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }
}
