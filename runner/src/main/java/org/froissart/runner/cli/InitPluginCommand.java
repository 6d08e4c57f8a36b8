package org.froissart.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;

import org.froissart.api.ConfigException;
import org.froissart.api.FroissartApi;
import org.froissart.runner.Main;

/**
 * {@code froissart init-plugin --name my-tagger --package com.acme.tagger [--dir DIR]}: writes a
 * complete extractor plugin project (Maven pom importing froissart-bom, factory, config record,
 * extractor, META-INF/services, froissart-plugin.properties, contract test, harness test, README,
 * example pipeline) that builds and passes its tests as generated.
 */
public final class InitPluginCommand {
    static final String TEMPLATES = "/org/froissart/runner/plugin-template/";
    /** Plugin names: what the test kit's contract accepts. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Template → file written, with the same placeholders as the content. */
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("pom.xml.tmpl", "pom.xml");
        FILES.put("README.md.tmpl", "README.md");
        FILES.put("gitignore.tmpl", ".gitignore");
        FILES.put("pipeline.yaml.tmpl", "pipeline.yaml");
        FILES.put("sample.txt.tmpl", "samples/example.txt");
        FILES.put("Factory.java.tmpl", "src/main/java/{{packagePath}}/{{class}}Factory.java");
        FILES.put("Config.java.tmpl", "src/main/java/{{packagePath}}/{{class}}Config.java");
        FILES.put("Extractor.java.tmpl", "src/main/java/{{packagePath}}/{{class}}Extractor.java");
        FILES.put("services.tmpl", "src/main/resources/META-INF/services/org.froissart.api.ExtractorFactory");
        FILES.put("froissart-plugin.properties.tmpl", "src/main/resources/META-INF/froissart-plugin.properties");
        FILES.put("ContractTest.java.tmpl", "src/test/java/{{packagePath}}/{{class}}ContractTest.java");
        FILES.put("ExtractorTest.java.tmpl", "src/test/java/{{packagePath}}/{{class}}Test.java");
    }

    public int execute(List<String> rest, PrintStream out, PrintStream err) {
        Args a = Args.parse(rest, Set.of("--name", "--package", "--dir"), Set.of(), Map.of(), "init-plugin");
        if (!a.positional().isEmpty()) {
            throw new UsageException("init-plugin takes options only, not '" + a.positional().get(0)
                    + "': froissart init-plugin --name my-tagger --package com.acme.tagger [--dir DIR]");
        }
        String name = a.value("--name");
        String pkg = a.value("--package");
        if (name == null || pkg == null) {
            throw new UsageException("init-plugin needs --name and --package: "
                    + "froissart init-plugin --name my-tagger --package com.acme.tagger [--dir DIR]");
        }
        checkName(name);
        checkPackage(pkg);
        Path dir = Path.of(a.value("--dir") == null ? name : a.value("--dir"));
        checkEmpty(dir);

        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("name", name);
        vars.put("class", className(name));
        vars.put("package", pkg);
        vars.put("packagePath", pkg.replace('.', '/'));
        vars.put("groupId", pkg);
        vars.put("artifactId", name);
        vars.put("froissartVersion", froissartVersion());
        vars.put("apiVersion", FroissartApi.VERSION);

        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : FILES.entrySet()) {
                Path target = dir.resolve(fill(f.getValue(), vars));
                Files.createDirectories(target.getParent());
                Files.writeString(target, fill(template(f.getKey()), vars), StandardCharsets.UTF_8);
                written.add(dir.relativize(target));
            }
        } catch (IOException e) {
            throw new ConfigException("cannot write the plugin project in " + dir + ": " + e.getMessage(), e);
        }

        out.println("froissart: created extractor plugin '" + name + "' (" + pkg + "." + vars.get("class") + "Factory) in " + dir);
        for (Path p : written) {
            out.println("  " + p.toString().replace('\\', '/'));
        }
        out.println("next:");
        out.println("  cd " + dir);
        out.println("  mvn package                          # builds target/" + name + "-0.1.0-SNAPSHOT.jar, runs the contract test");
        out.println("  froissart --plugins target plugins   # lists '" + name + "'");
        out.println("  froissart --plugins target run --pipeline pipeline.yaml -o out samples");
        out.println("then copy the jar into the plugins/ folder next to froissart.jar. "
                + "It builds against Froissart " + vars.get("froissartVersion") + ": 'mvn install' in a Froissart checkout "
                + "puts froissart-bom, froissart-api and froissart-testkit in ~/.m2.");
        return Main.OK;
    }

    static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new UsageException("--name '" + name + "' is not a plugin name: use lower-case words joined by '-', "
                    + "starting with a letter, e.g. 'my-tagger'; pipelines will write 'type: " + suggestName(name) + "'");
        }
    }

    static void checkPackage(String pkg) {
        if (!SourceVersion.isName(pkg)) {
            throw new UsageException("--package '" + pkg + "' is not a Java package name: dot-separated identifiers "
                    + "that are not Java keywords, e.g. com.acme.tagger");
        }
        if (pkg.equals("org.froissart.api") || pkg.startsWith("org.froissart.api.")) {
            throw new UsageException("--package '" + pkg + "' is reserved: the runner loads every class under "
                    + "org.froissart.api from its own API, so a plugin's classes there would not be found; "
                    + "use your organisation's package, e.g. com.acme.tagger");
        }
    }

    private static void checkEmpty(Path dir) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + " exists and is not a directory; choose another --dir");
            }
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UsageException("directory " + dir + " exists and is not empty: init-plugin never "
                            + "overwrites files; choose another --dir or remove it");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** "my-tagger" → "MyTagger". */
    static String className(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (!Character.isJavaIdentifierStart(sb.charAt(0))) {
            sb.insert(0, 'P');
        }
        return sb.toString();
    }

    private static String suggestName(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase().replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^[^a-z]+|-+$", "");
        return s.isEmpty() ? "my-tagger" : s;
    }

    private static String froissartVersion() {
        String v = FroissartApi.buildVersion();
        if (v == null || v.equals("unknown") || v.contains("${")) {
            throw new ConfigException("cannot tell this runner's Froissart version (org/froissart/api/version.properties "
                    + "is missing from the class path), so the generated pom would not know which froissart-bom to import");
        }
        return v;
    }

    private static String template(String file) throws IOException {
        try (InputStream in = InitPluginCommand.class.getResourceAsStream(TEMPLATES + file)) {
            if (in == null) {
                throw new IllegalStateException("template " + TEMPLATES + file + " missing from the runner jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String fill(String template, Map<String, String> vars) {
        String s = template;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            s = s.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        return s;
    }
}
