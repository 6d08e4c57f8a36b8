package org.froissart.runner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.froissart.api.ExtractorFactory;
import org.froissart.api.FroissartApi;
import org.froissart.api.PluginFactory;
import org.froissart.api.SourceReaderFactory;
import org.froissart.runner.Main;
import org.froissart.runner.execution.PipelineExecutor;
import org.froissart.runner.execution.RunReport;
import org.froissart.runner.pipeline.ConfigBinder;
import org.froissart.runner.pipeline.Pipeline;
import org.froissart.runner.pipeline.PipelineLoader;
import org.froissart.runner.pipeline.Suggestions;
import org.froissart.runner.plugins.PluginEntry;
import org.froissart.runner.plugins.PluginKind;
import org.froissart.runner.plugins.PluginRegistry;

/** The commands. */
public final class Cli {
    static final String USAGE = String.join("\n",
            "usage: froissart [--plugins DIR] COMMAND [OPTIONS]",
            "",
            "commands:",
            "  run [--pipeline FILE] [-o DIR] [--threads N] [--quiet] [--resume] INPUT...",
            "                         extract facts from files or directories (default pipeline: news);",
            "                         --resume continues an interrupted run in DIR with the same arguments",
            "  validate FILE          check a pipeline without reading data",
            "  plugins                list readers, extractors and outputs",
            "  describe NAME          show a plugin's settings, defaults and an example",
            "  eval ner --gold FILE.jsonl [--pipeline FILE] [--language xx]",
            "                         precision, recall and F1 of entities against gold spans",
            "  eval events --petrarch RECORDS.xml --dictionaries DIR",
            "                         code a PETRARCH validation file and score it",
            "  eval events --plover GOLD.json [--pipeline FILE]",
            "                         event type and actor country accuracy on PLOVER gold records",
            "  eval events --gold ARTICLES.jsonl --corpus CORPUS.jsonl.gz [--details] [--pipeline FILE]",
            "                         event triples (source country, CAMEO root, target) on hand-coded articles",
            "  bench [--corpus FILE] [--threads 1,2] [--limit N] [--pipeline FILE]",
            "                         throughput of the full pipeline (default corpus: " + BenchCommand.DEFAULT_CORPUS + ")",
            "  init-plugin --name NAME --package PKG [--dir DIR]",
            "                         write a new extractor plugin project (Maven, contract test, README)",
            "  version                print the version",
            "",
            "exit codes: 0 all documents written, 1 some documents failed (see failures.jsonl),",
            "            2 usage or configuration error, 3 internal error");
    private static final List<String> COMMANDS = List.of("run", "validate", "plugins", "describe", "eval", "bench", "init-plugin", "version", "help");

    private final PluginRegistry registry;
    private final PipelineLoader loader;
    private final PipelineExecutor executor;
    private final ConfigBinder binder;
    private final EvalCommand eval;
    private final BenchCommand bench;

    @Inject
    Cli(PluginRegistry registry, PipelineLoader loader, PipelineExecutor executor, ConfigBinder binder, EvalCommand eval,
        BenchCommand bench) {
        this.registry = registry;
        this.loader = loader;
        this.executor = executor;
        this.binder = binder;
        this.eval = eval;
        this.bench = bench;
    }

    public int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            out.println(USAGE);
            return args.isEmpty() ? Main.USAGE : Main.OK;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(USAGE);
            return Main.OK;
        }
        switch (command) {
            case "run":
                return run(rest, out, err);
            case "validate":
                return validate(rest, out);
            case "plugins":
                return plugins(rest, out);
            case "describe":
                return describe(rest, out);
            case "eval":
                return eval.execute(rest, out, err);
            case "bench":
                return bench.execute(rest, out, err);
            case "init-plugin":
                return new InitPluginCommand().execute(rest, out, err);
            case "version":
            case "--version":
                out.println("froissart " + FroissartApi.buildVersion() + " (API " + FroissartApi.VERSION + ")");
                return Main.OK;
            default:
                throw new UsageException("unknown command '" + command + "'" + Suggestions.didYouMean(command, COMMANDS)
                        + "; commands: " + String.join(", ", COMMANDS));
        }
    }

    private int run(List<String> rest, PrintStream out, PrintStream err) {
        Args a = Args.parse(rest, Set.of("--pipeline", "--output", "--threads"), Set.of("--quiet", "--resume"),
                Map.of("-o", "--output", "-p", "--pipeline", "-t", "--threads", "-q", "--quiet"), "run");
        if (a.positional().isEmpty()) {
            throw new UsageException("run needs at least one INPUT file or directory, e.g. 'froissart run seeds'");
        }
        Pipeline pipeline = a.has("--pipeline") ? loader.load(Path.of(a.value("--pipeline"))) : loader.loadBundled();
        int threads = a.intValue("--threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        List<Path> inputs = new ArrayList<>();
        for (String p : a.positional()) {
            try {
                inputs.add(Path.of(p));
            } catch (java.nio.file.InvalidPathException e) {
                throw new UsageException("invalid input path '" + p + "': " + e.getReason());
            }
        }
        Path outDir = Path.of(a.value("--output") == null ? "out" : a.value("--output"));
        boolean quiet = a.has("--quiet");
        RunReport report;
        try {
            report = executor.run(pipeline, new PipelineExecutor.Options(inputs, outDir, threads, quiet ? null : err,
                    a.has("--resume")));
        } catch (PipelineExecutor.AlreadyFinished e) {
            err.println("froissart: " + e.getMessage());
            return finishedExitCode(outDir);
        } catch (IOException e) {
            err.println("froissart: error: " + e.getMessage());
            return Main.INTERNAL;
        }
        if (!quiet) {
            err.printf("froissart: %d read, %d written, %d failed, %d skipped in %.2f s (%,.0f chars/s); output in %s%n",
                    report.read(), report.written(), report.failed(), report.skipped(), report.seconds(),
                    report.charactersPerSecond(), outDir);
            if (report.resumedAt() > 0) {
                err.println("froissart: resumed after " + report.resumedAt() + " input items done by the interrupted run; "
                        + "counts include them");
            }
            if (report.warnings() > 0) {
                err.println("froissart: " + report.warnings() + " documents written with a warning (see their metadata.warning)");
            }
            if (report.failed() > 0 || report.inputProblems() > 0 || report.skipped() > 0 || report.inputSkipped() > 0) {
                err.println("froissart: see " + outDir.resolve("failures.jsonl") + " for what failed or was skipped, and why");
            }
        }
        return report.exitCode();
    }

    /** Exit code of a finished run, from its report.json: 1 when it had failures. */
    private static int finishedExitCode(Path outDir) {
        try {
            var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(outDir.resolve("report.json").toFile());
            return report.path("documents").path("failed").asLong() > 0 || report.path("inputProblems").asLong() > 0
                    ? Main.SOME_FAILED : Main.OK;
        } catch (IOException e) {
            return Main.OK;
        }
    }

    private int validate(List<String> rest, PrintStream out) {
        Args a = Args.parse(rest, Set.of(), Set.of(), Map.of(), "validate");
        if (a.positional().size() != 1) {
            throw new UsageException("validate takes one pipeline file: froissart validate pipeline.yaml");
        }
        Pipeline p = loader.load(Path.of(a.positional().get(0)));
        List<String> names = new ArrayList<>();
        p.steps().forEach(s -> names.add(s.name()));
        List<String> outs = new ArrayList<>();
        p.outputs().forEach(s -> outs.add(s.name()));
        out.println(p.file() + ": valid pipeline '" + p.name() + "' (language " + p.language() + "): steps "
                + String.join(" → ", names) + "; outputs " + String.join(", ", outs));
        return Main.OK;
    }

    private int plugins(List<String> rest, PrintStream out) {
        Args.parse(rest, Set.of(), Set.of(), Map.of(), "plugins");
        out.printf("%-18s %-10s %-28s %-16s %s%n", "NAME", "KIND", "MODULE", "VERSION", "LANGUAGES");
        for (PluginEntry e : registry.all()) {
            Set<String> langs = new TreeSet<>(e.factory().languages());
            out.printf("%-18s %-10s %-28s %-16s %s%n", e.name(), e.kind().label(), module(e), e.version(),
                    langs.isEmpty() ? "any" : String.join(",", langs));
        }
        return Main.OK;
    }

    private static String module(PluginEntry e) {
        if (!e.origin().equals("bundled")) {
            return e.origin();
        }
        // Bundled plugins are all in froissart.jar: the package says which module a factory comes from.
        String pkg = e.type().getPackageName();
        return pkg.startsWith("org.froissart.") ? pkg.substring("org.froissart.".length()) : pkg;
    }

    private int describe(List<String> rest, PrintStream out) {
        Args a = Args.parse(rest, Set.of(), Set.of(), Map.of(), "describe");
        if (a.positional().size() != 1) {
            throw new UsageException("describe takes one plugin name; 'froissart plugins' lists them");
        }
        String name = a.positional().get(0);
        List<PluginEntry> found = new ArrayList<>();
        for (PluginKind k : PluginKind.values()) {
            PluginEntry e = registry.find(k, name);
            if (e != null) {
                found.add(e);
            }
        }
        if (found.isEmpty()) {
            List<String> names = new ArrayList<>();
            registry.all().forEach(e -> names.add(e.name()));
            throw new UsageException("no plugin named '" + name + "'" + Suggestions.didYouMean(name, names)
                    + "; 'froissart plugins' lists them");
        }
        for (PluginEntry e : found) {
            describe(e, out);
        }
        return Main.OK;
    }

    @SuppressWarnings("unchecked")
    private void describe(PluginEntry e, PrintStream out) {
        PluginFactory<?> f = e.factory();
        out.println(e.name() + " (" + e.kind().label() + ", " + module(e) + ")");
        if (!f.description().isEmpty()) {
            out.println("  " + f.description());
        }
        Set<String> langs = new TreeSet<>(f.languages());
        out.println("  languages: " + (langs.isEmpty() ? "any" : String.join(", ", langs)));
        if (f instanceof ExtractorFactory<?> x) {
            out.println("  requires: " + (x.requires().isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(x.requires()))));
            out.println("  produces: " + (x.produces().isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(x.produces()))));
        }
        if (f instanceof SourceReaderFactory<?> r) {
            out.println("  file extensions: " + String.join(", ", new TreeSet<>(r.extensions())));
        }
        List<ConfigBinder.KeyInfo> keys = binder.describe((Class<? extends Record>) f.configType());
        if (keys.isEmpty()) {
            out.println("  settings: none");
        } else {
            out.println("  settings:");
            for (ConfigBinder.KeyInfo k : keys) {
                out.printf("    %-16s %-14s default %-12s %s%n", k.name(), k.type(), String.valueOf(k.defaultValue()), k.description());
            }
        }
        out.println("  example:");
        String section = e.kind() == PluginKind.EXTRACTOR ? "steps" : e.kind() == PluginKind.OUTPUT ? "outputs" : "source";
        if (e.kind() == PluginKind.READER) {
            out.println("    source:");
            out.println("      type: " + e.name());
        } else {
            out.println("    " + section + ":");
            out.println("      - type: " + e.name());
        }
        if (!keys.isEmpty()) {
            out.println(e.kind() == PluginKind.READER ? "      with:" : "        with:");
            for (ConfigBinder.KeyInfo k : keys) {
                String v = k.defaultValue() == null ? "..." : k.defaultValue() instanceof String s ? "\"" + s + "\"" : String.valueOf(k.defaultValue());
                out.println((e.kind() == PluginKind.READER ? "        " : "          ") + k.name() + ": " + v);
            }
        }
    }
}
