package org.froissart.runner.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.froissart.api.ConfigException;
import org.froissart.api.ExtractorFactory;

import org.froissart.runner.plugins.PluginEntry;
import org.froissart.runner.plugins.PluginKind;
import org.froissart.runner.plugins.PluginRegistry;

/**
 * Reads a pipeline YAML file and checks everything that can be checked without data: the shape,
 * every type and key, step order (requires/produces) and languages.
 */
public final class PipelineLoader {
    /** The pipeline used when none is given. */
    public static final String BUNDLED_NEWS = "/org/froissart/runner/pipelines/news.yaml";

    private static final Set<String> TOP_KEYS = Set.of("version", "name", "language", "source", "steps", "outputs", "limits");
    private static final Set<String> PLUGIN_KEYS = Set.of("type", "with");
    private static final Set<String> SOURCE_KEYS = Set.of("type", "with", "readers");
    private static final String FILES_SOURCE = "files";

    private final PluginRegistry registry;
    private final ConfigBinder binder;
    private final YamlReader yaml = new YamlReader();

    @Inject
    public PipelineLoader(PluginRegistry registry, ConfigBinder binder) {
        this.registry = registry;
        this.binder = binder;
    }

    /** Largest pipeline file read, in bytes: a pipeline is a page of YAML, not data. */
    public static final long MAX_FILE_BYTES = 1_000_000;

    public Pipeline load(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException("pipeline file " + file + " is " + Files.size(file) + " bytes; pipelines are "
                        + "limited to " + MAX_FILE_BYTES + " bytes (is this really a pipeline?)");
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read pipeline file " + file + ": " + e.getMessage(), e);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new ConfigException("pipeline file " + file + " not found");
        } catch (IOException e) {
            throw new ConfigException("cannot read pipeline file " + file + ": " + e.getMessage(), e);
        }
    }

    public Pipeline loadBundled() {
        InputStream in = PipelineLoader.class.getResourceAsStream(BUNDLED_NEWS);
        if (in == null) {
            throw new IllegalStateException("bundled pipeline missing from the runner jar: " + BUNDLED_NEWS);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, "news.yaml (bundled)");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Pipeline parse(Reader in, String where) {
        YamlNode root = yaml.read(in, where);
        if (root.kind() != YamlNode.Kind.MAP) {
            throw new ConfigException(at(where, root) + ": a pipeline is a mapping with keys " + sorted(TOP_KEYS)
                    + ", found " + root.describeKind());
        }
        checkKeys(root, TOP_KEYS, where, "the pipeline");
        YamlNode version = root.get("version");
        if (version == null) {
            throw new ConfigException(where + ": missing 'version: 1' at the top of the pipeline");
        }
        if (!(version.scalar() instanceof Number n) || n.intValue() != 1) {
            throw new ConfigException(at(where, version) + ": unsupported version " + version.describeKind()
                    + "; this runner reads 'version: 1'");
        }
        String name = string(root.get("name"), where, "name", "pipeline");
        String language = string(root.get("language"), where, "language", "auto");
        if (!language.equals("auto") && !language.matches("[a-z]{2,3}")) {
            throw new ConfigException(at(where, root.get("language")) + ": language must be 'auto' or an ISO 639-1 code such as fr or en, found '" + language + "'");
        }

        Pipeline.Source source = source(root.get("source"), where);
        List<Pipeline.Step> steps = plugins(root.get("steps"), where, PluginKind.EXTRACTOR, "steps");
        List<Pipeline.Step> outputs = plugins(root.get("outputs"), where, PluginKind.OUTPUT, "outputs");
        if (outputs.isEmpty()) {
            PluginEntry jsonl = registry.get(PluginKind.OUTPUT, "jsonl");
            outputs = List.of(new Pipeline.Step(jsonl, binder.bind(jsonl.factory().configType(), null, where, "output 'jsonl'"), 0));
        }
        Pipeline.Limits limits = binder.bind(Pipeline.Limits.class, root.get("limits"), where, "limits");
        checkOrder(steps, where);
        checkLanguages(steps, language, where);
        return new Pipeline(where, name, language, source, steps, outputs, limits);
    }

    private Pipeline.Source source(YamlNode node, String where) {
        if (node == null) {
            return new Pipeline.Source(null, "**/*", Map.of());
        }
        if (node.kind() != YamlNode.Kind.MAP) {
            throw new ConfigException(at(where, node) + ": 'source' is a mapping such as { type: files, with: { glob: \"**/*.txt\" } }");
        }
        checkKeys(node, SOURCE_KEYS, where, "source");
        String type = string(node.get("type"), where, "type", FILES_SOURCE);
        Map<String, Record> readerConfigs = new LinkedHashMap<>();
        YamlNode readers = node.get("readers");
        if (readers != null) {
            if (readers.kind() != YamlNode.Kind.MAP) {
                throw new ConfigException(at(where, readers) + ": 'readers' maps reader names to their settings");
            }
            for (Map.Entry<String, YamlNode> e : readers.entries().entrySet()) {
                PluginEntry reader = registry.find(PluginKind.READER, e.getKey());
                if (reader == null) {
                    int[] p = readers.keyPosition(e.getKey());
                    throw new ConfigException(where + ":" + p[0] + ":" + p[1] + ": " + registry.unknown(PluginKind.READER, e.getKey()));
                }
                readerConfigs.put(e.getKey(), binder.bind(reader.factory().configType(), e.getValue(), where,
                        "reader '" + e.getKey() + "'"));
            }
        }
        if (type.equals(FILES_SOURCE)) {
            FilesSettings settings = binder.bind(FilesSettings.class, node.get("with"), where, "source 'files'");
            return new Pipeline.Source(null, settings.glob(), readerConfigs);
        }
        PluginEntry reader = registry.find(PluginKind.READER, type);
        if (reader == null) {
            List<String> valid = new ArrayList<>();
            valid.add(FILES_SOURCE);
            registry.all(PluginKind.READER).forEach(r -> valid.add(r.name()));
            int[] p = node.keyPosition("type");
            throw new ConfigException(where + ":" + p[0] + ":" + p[1] + ": unknown source type '" + type + "'"
                    + Suggestions.didYouMean(type, valid) + "; valid types: " + String.join(", ", valid));
        }
        Record config = binder.bind(reader.factory().configType(), node.get("with"), where, "reader '" + type + "'");
        return new Pipeline.Source(new Pipeline.Step(reader, config, node.line()), "**/*", readerConfigs);
    }

    /** Settings of the 'files' source, which picks a reader for each file by its extension. */
    public record FilesSettings(String glob) {
        public FilesSettings {
            glob = glob == null ? "**/*" : glob;
        }
    }

    private List<Pipeline.Step> plugins(YamlNode node, String where, PluginKind kind, String key) {
        List<Pipeline.Step> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.kind() != YamlNode.Kind.LIST) {
            throw new ConfigException(at(where, node) + ": '" + key + "' is a list of { type: NAME, with: { ... } }, found "
                    + node.describeKind());
        }
        for (YamlNode item : node.items()) {
            if (item.kind() != YamlNode.Kind.MAP) {
                throw new ConfigException(at(where, item) + ": each entry of '" + key
                        + "' is a mapping such as '- type: NAME', found " + item.describeKind());
            }
            checkKeys(item, PLUGIN_KEYS, where, "an entry of '" + key + "'");
            YamlNode typeNode = item.get("type");
            if (typeNode == null || !(typeNode.scalar() instanceof String type)) {
                throw new ConfigException(at(where, item) + ": missing 'type' in an entry of '" + key + "'; valid types: "
                        + names(kind));
            }
            PluginEntry entry = registry.find(kind, type);
            if (entry == null) {
                throw new ConfigException(at(where, typeNode) + ": " + registry.unknown(kind, type));
            }
            Record config = binder.bind(entry.factory().configType(), item.get("with"), where,
                    kind.label() + " '" + type + "'");
            out.add(new Pipeline.Step(entry, config, item.line()));
        }
        return out;
    }

    private void checkOrder(List<Pipeline.Step> steps, String where) {
        Set<String> produced = new HashSet<>();
        for (Pipeline.Step s : steps) {
            ExtractorFactory<?> f = (ExtractorFactory<?>) s.plugin().factory();
            for (String need : f.requires()) {
                if (!produced.contains(need)) {
                    List<String> providers = new ArrayList<>();
                    for (PluginEntry e : registry.all(PluginKind.EXTRACTOR)) {
                        if (((ExtractorFactory<?>) e.factory()).produces().contains(need)) {
                            providers.add(e.name());
                        }
                    }
                    throw new ConfigException(where + ":" + s.line() + ": step '" + s.name() + "' requires '" + need
                            + "', which no earlier step produces; add one of [" + String.join(", ", providers)
                            + "] before it");
                }
            }
            produced.addAll(f.produces());
        }
    }

    private void checkLanguages(List<Pipeline.Step> steps, String language, String where) {
        if (language.equals("auto")) {
            return;
        }
        for (Pipeline.Step s : steps) {
            Set<String> langs = s.plugin().factory().languages();
            if (!langs.isEmpty() && !langs.contains(language)) {
                throw new ConfigException(where + ":" + s.line() + ": step '" + s.name() + "' supports "
                        + new TreeSet<>(langs) + " but the pipeline's language is '" + language
                        + "'; remove the step, set 'language: auto', or install the language plugin that adds '" + language + "'");
            }
        }
    }

    private static void checkKeys(YamlNode map, Set<String> valid, String where, String owner) {
        for (String key : map.entries().keySet()) {
            if (!valid.contains(key)) {
                int[] p = map.keyPosition(key);
                throw new ConfigException(where + ":" + p[0] + ":" + p[1] + ": unknown key '" + key + "' in " + owner
                        + Suggestions.didYouMean(key, valid) + "; valid keys: " + sorted(valid));
            }
        }
    }

    private String names(PluginKind kind) {
        List<String> names = new ArrayList<>();
        registry.all(kind).forEach(e -> names.add(e.name()));
        return String.join(", ", names);
    }

    private static String string(YamlNode node, String where, String key, String fallback) {
        if (node == null) {
            return fallback;
        }
        if (!(node.scalar() instanceof String s) || s.isBlank()) {
            throw new ConfigException(at(where, node) + ": '" + key + "' must be a non-empty string, found " + node.describeKind());
        }
        return s;
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", new TreeSet<>(keys));
    }

    private static String at(String where, YamlNode node) {
        return where + ":" + node.line() + ":" + node.column();
    }

}
