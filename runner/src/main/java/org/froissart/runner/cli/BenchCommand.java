package org.froissart.runner.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.froissart.api.ConfigException;
import org.froissart.runner.Main;
import org.froissart.runner.execution.PipelineExecutor;
import org.froissart.runner.execution.RunReport;
import org.froissart.runner.pipeline.Pipeline;
import org.froissart.runner.pipeline.PipelineLoader;

/**
 * {@code froissart bench}: runs the full pipeline over a corpus with 1 thread and with every core,
 * output written, and prints characters and documents per second, time per step, peak heap, and
 * the start-up time of a fresh JVM to its first document.
 */
public final class BenchCommand {
    static final String DEFAULT_CORPUS = "../shared/data/corpora/orangesum-fr.jsonl.gz";

    private final PipelineLoader loader;
    private final PipelineExecutor executor;

    @Inject
    BenchCommand(PipelineLoader loader, PipelineExecutor executor) {
        this.loader = loader;
        this.executor = executor;
    }

    public int execute(List<String> rest, PrintStream out, PrintStream err) {
        Args a = Args.parse(rest, Set.of("--corpus", "--threads", "--limit", "--pipeline", "--output"), Set.of("--no-startup"),
                Map.of("-o", "--output"), "bench");
        Path corpus = Path.of(a.value("--corpus") == null ? DEFAULT_CORPUS : a.value("--corpus"));
        if (!Files.isRegularFile(corpus)) {
            throw new UsageException("corpus " + corpus + " not found; pass --corpus FILE.jsonl[.gz]");
        }
        int limit = a.intValue("--limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        Pipeline pipeline = a.has("--pipeline") ? loader.load(Path.of(a.value("--pipeline"))) : loader.loadBundled();
        List<Integer> threadCounts = threads(a.value("--threads"));
        try {
            Path work = a.has("--output") ? Path.of(a.value("--output")) : Files.createTempDirectory("froissart-bench");
            Path input = limit == Integer.MAX_VALUE ? corpus : head(corpus, limit, work.resolve("corpus-head.jsonl"));
            out.printf("corpus %s%s, pipeline %s, %d cores, max heap %d MB, Java %s%n", corpus,
                    limit == Integer.MAX_VALUE ? "" : " (first " + limit + " documents)", pipeline.name(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
            if (!a.has("--no-startup")) {
                out.printf("start-up to first document (fresh JVM, one document%s): %.2f s%n",
                        ownJar() != null && Files.isRegularFile(ownJar().resolveSibling("froissart.jsa"))
                                ? ", with the launcher's class-data archive and collector" : "", startup(input, work));
            }
            // Warm-up: JIT and the language resources, so both measured runs start equal.
            executor.run(pipeline, new PipelineExecutor.Options(List.of(head(input, 300, work.resolve("warmup.jsonl"))),
                    work.resolve("warmup"), threadCounts.get(threadCounts.size() - 1), null));
            Double single = null;
            for (int threads : threadCounts) {
                resetPeaks();
                System.gc();
                RunReport r = executor.run(pipeline, new PipelineExecutor.Options(List.of(input),
                        work.resolve("threads-" + threads), threads, null));
                long peak = peakHeap();
                double perCore = r.charactersPerSecond() / threads;
                out.printf("%n%d thread%s: %,d documents, %,d characters in %.2f s%n", threads, threads == 1 ? "" : "s",
                        r.written(), r.characters(), r.seconds());
                out.printf("  %,.0f characters/s (%,.0f per thread), %,.1f documents/s, peak heap %d MB%s%n",
                        r.charactersPerSecond(), perCore, r.documentsPerSecond(), peak >> 20,
                        single == null ? "" : String.format(", speed-up %.2fx", r.charactersPerSecond() / single));
                if (single == null) {
                    single = r.charactersPerSecond();
                }
                out.println("  step           seconds (summed over threads)   share");
                double total = r.steps().values().stream().mapToDouble(RunReport.StepStats::seconds).sum();
                r.steps().forEach((name, s) -> out.printf("  %-14s %8.2f                        %5.1f%%%n", name, s.seconds(),
                        total == 0 ? 0 : 100 * s.seconds() / total));
            }
            if (!a.has("--output")) {
                deleteTree(work);
            }
        } catch (IOException e) {
            throw new ConfigException("benchmark failed: " + e.getMessage(), e);
        }
        return Main.OK;
    }

    private static List<Integer> threads(String spec) {
        List<Integer> out = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        if (spec == null) {
            out.add(1);
            if (cores > 1) {
                out.add(cores);
            }
            return out;
        }
        for (String s : spec.split(",")) {
            try {
                out.add(Math.max(1, Integer.parseInt(s.strip())));
            } catch (NumberFormatException e) {
                throw new UsageException("--threads takes a comma-separated list of numbers, e.g. 1,2");
            }
        }
        return out;
    }

    /** The first {@code n} lines of a (gzipped) JSONL corpus, as a plain file. */
    private static Path head(Path corpus, int n, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        InputStream in = Files.newInputStream(corpus);
        if (corpus.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            String line;
            int i = 0;
            while (i < n && (line = r.readLine()) != null) {
                w.write(line);
                w.write('\n');
                i++;
            }
        }
        return target;
    }

    /** Wall time of a fresh `java -jar froissart.jar run` on one document: JVM start to first document written. */
    private static double startup(Path input, Path work) throws IOException {
        Path jar = ownJar();
        if (jar == null) {
            return Double.NaN;
        }
        Path one = head(input, 1, work.resolve("one.jsonl"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseParallelGC")); // as ./froissart runs it
        Path archive = jar.resolveSibling("froissart.jsa");
        if (Files.isRegularFile(archive)) {
            // The class-data archive the froissart launcher makes: measure start-up as users get it.
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off"));
        }
        command.addAll(List.of("-jar", jar.toString(), "run", "--quiet", "-o", work.resolve("startup").toString(), one.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Double.NaN;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Path ownJar() {
        try {
            var src = BenchCommand.class.getProtectionDomain().getCodeSource();
            Path p = src == null ? null : Path.of(src.getLocation().toURI());
            return p != null && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
