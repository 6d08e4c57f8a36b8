package org.froissart.runner.execution;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Inject;

import org.froissart.api.ConfigException;
import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.Extractor;
import org.froissart.api.InputException;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.SourceReader;
import org.froissart.api.SourceReaderFactory;
import org.froissart.api.SourceRecord;
import org.froissart.runner.pipeline.ConfigBinder;
import org.froissart.runner.pipeline.Pipeline;
import org.froissart.runner.plugins.PluginEntry;
import org.froissart.runner.plugins.PluginKind;
import org.froissart.runner.plugins.PluginRegistry;

/**
 * Runs a pipeline: one thread reads, N workers extract, the calling thread writes in input order.
 * Documents stream through a bounded queue, so memory does not grow with the corpus.
 */
public final class PipelineExecutor {
    private static final JsonFactory JSON = new JsonFactory();

    private final PluginRegistry registry;
    private final ConfigBinder binder;

    @Inject
    public PipelineExecutor(PluginRegistry registry, ConfigBinder binder) {
        this.registry = registry;
        this.binder = binder;
    }

    /** Options of one run. */
    public record Options(List<Path> inputs, Path outputDirectory, int threads, PrintStream progress) {
    }

    public RunReport run(Pipeline pipeline, Options options) throws IOException {
        Path out = options.outputDirectory();
        Files.createDirectories(out);
        RunContext context = new RunContext(pipeline.name(), pipeline.language(), out, registry.loaders());
        Run run = new Run(pipeline, options, context);
        return run.execute();
    }

    /** One run's state. */
    private final class Run {
        private final Pipeline pipeline;
        private final Options options;
        private final RunContext context;
        private final int threads;
        private final List<Pipeline.Step> steps;
        private final AtomicLongArray stepNanos;
        private final AtomicLongArray stepDocs;
        private final AtomicLongArray stepFailed;
        private final AtomicLongArray stepSkipped;
        private final BlockingQueue<Extractor[]> instances;
        private final Map<String, SourceReader> readers = new LinkedHashMap<>();
        private final Map<String, long[]> readerStats = new LinkedHashMap<>();
        private final AtomicLong inputFiles = new AtomicLong();
        private final AtomicLong inputProblems = new AtomicLong();
        private final AtomicLong ignoredFiles = new AtomicLong();
        private final AtomicInteger extraWorkers = new AtomicInteger();
        private final List<Extractor[]> allInstances = new ArrayList<>();
        private ThreadPoolExecutor workers;

        Run(Pipeline pipeline, Options options, RunContext context) {
            this.pipeline = pipeline;
            this.options = options;
            this.context = context;
            this.threads = Math.max(1, options.threads());
            this.steps = pipeline.steps();
            int n = steps.size();
            this.stepNanos = new AtomicLongArray(n);
            this.stepDocs = new AtomicLongArray(n);
            this.stepFailed = new AtomicLongArray(n);
            this.stepSkipped = new AtomicLongArray(n);
            this.instances = new LinkedBlockingQueue<>();
        }

        RunReport execute() throws IOException {
            long t0 = System.nanoTime();
            // Create every extractor before reading anything: a plugin that cannot start is a config error.
            for (int i = 0; i < threads; i++) {
                instances.add(newInstances());
            }
            List<Output> outputs = new ArrayList<>();
            Path failuresPath = options.outputDirectory().resolve("failures.jsonl");
            long read = 0;
            long written = 0;
            long failed = 0;
            long skipped = 0;
            long chars = 0;
            workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "froissart-worker");
                        t.setDaemon(true);
                        return t;
                    });
            BlockingQueue<Object> slots = new ArrayBlockingQueue<>(threads * 4 + 4);
            Thread readerThread = null;
            try (OutputStream fo = Files.newOutputStream(failuresPath);
                 JsonGenerator failures = JSON.createGenerator(fo, JsonEncoding.UTF8)) {
                failures.setRootValueSeparator(null);
                for (Pipeline.Step s : pipeline.outputs()) {
                    outputs.add(createOutput(s));
                }
                readerThread = new Thread(() -> readAll(slots), "froissart-reader");
                readerThread.setDaemon(true);
                readerThread.start();
                Progress progress = new Progress(options.progress());
                while (true) {
                    Object slot = slots.take();
                    if (slot == END) {
                        break;
                    }
                    if (slot instanceof Throwable t) {
                        throw new IOException("reading inputs failed: " + t, t);
                    }
                    Outcome o = slot instanceof Outcome done ? done : await((Task) slot);
                    boolean inputLevel = "input".equals(o.step());
                    if (!inputLevel) {
                        read++;
                    }
                    if (o.status() == Outcome.Status.WRITTEN) {
                        String failingOutput = writeAll(outputs, o.document());
                        if (failingOutput == null) {
                            written++;
                            chars += o.document().text().length();
                        } else {
                            failed++;
                            writeFailure(failures, Outcome.failed(o.document(), o.location(), o.reader(),
                                    "output:" + failingOutput, lastOutputError));
                        }
                    } else if (o.status() == Outcome.Status.SKIPPED) {
                        skipped++;
                        writeFailure(failures, o);
                    } else {
                        if (inputLevel) {
                            inputProblems.incrementAndGet();
                        } else {
                            failed++;
                        }
                        writeFailure(failures, o);
                    }
                    progress.tick(read, chars);
                }
                progress.done(read, chars);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                workers.shutdownNow();
                if (readerThread != null) {
                    readerThread.interrupt();
                }
                IOException closing = null;
                for (Output o : outputs) {
                    try {
                        o.close();
                    } catch (IOException e) {
                        closing = e;
                    }
                }
                for (Extractor[] set : allInstances) {
                    for (Extractor x : set) {
                        try {
                            x.close();
                        } catch (Exception e) {
                            // closing is best effort: the documents are already written
                        }
                    }
                }
                if (closing != null) {
                    throw closing;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            RunReport report = report(read, written, failed, skipped, chars, seconds);
            writeReport(report);
            return report;
        }

        private Exception lastOutputError;

        /** Writes to every output; returns the name of the output that failed, or null. */
        private String writeAll(List<Output> outputs, Document d) {
            for (int i = 0; i < outputs.size(); i++) {
                try {
                    outputs.get(i).write(d);
                } catch (Exception e) {
                    lastOutputError = e;
                    return pipeline.outputs().get(i).name();
                }
            }
            return null;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Output createOutput(Pipeline.Step s) {
            OutputFactory f = (OutputFactory) s.plugin().factory();
            return f.create(s.config(), context);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Extractor[] newInstances() {
            Extractor[] set = new Extractor[steps.size()];
            for (int i = 0; i < set.length; i++) {
                Pipeline.Step s = steps.get(i);
                ExtractorFactory f = (ExtractorFactory) s.plugin().factory();
                try {
                    set[i] = f.create(s.config(), context);
                } catch (ConfigException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new ConfigException("step '" + s.name() + "' could not start: " + e, e);
                }
            }
            synchronized (allInstances) {
                allInstances.add(set);
            }
            return set;
        }

        // ---- reading ----


        private void readAll(BlockingQueue<Object> slots) {
            try {
                InputFiles files = new InputFiles(options.inputs(), pipeline.source().glob());
                while (files.hasNext()) {
                    InputFiles.Item item = files.next();
                    if (item.problem() != null) {
                        slots.put(Outcome.failed(null, item.file().toString(), null, "input", "InputProblem", item.problem()));
                        continue;
                    }
                    String readerName = readerFor(item.file());
                    if (readerName == null) {
                        if (item.explicit()) {
                            slots.put(Outcome.failed(null, item.file().toString(), null, "input", "InputProblem",
                                    "no reader takes this file's extension; readers by extension: " + extensions()));
                        } else {
                            ignoredFiles.incrementAndGet(); // other files in an input directory: counted, not read
                        }
                        continue;
                    }
                    inputFiles.incrementAndGet();
                    long[] stats = readerStats.computeIfAbsent(readerName, k -> new long[3]);
                    stats[0]++;
                    readFile(item.file(), readerName, stats, slots);
                }
                slots.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    slots.put(e);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void readFile(Path file, String readerName, long[] stats, BlockingQueue<Object> slots) throws InterruptedException {
            SourceReader reader = reader(readerName);
            try (DocumentStream stream = reader.open(file)) {
                while (stream.hasNext()) {
                    SourceRecord r = stream.next();
                    if (r.error() != null) {
                        stats[2]++;
                        slots.put(Outcome.failed(null, r.error().location(), readerName, "read", r.error()));
                        continue;
                    }
                    stats[1]++;
                    Document d = r.document();
                    if (d.text().length() > pipeline.limits().maxDocumentChars()) {
                        slots.put(Outcome.skipped(d, d.source(), readerName, "limits", "document of " + d.text().length()
                                + " characters is longer than limits.maxDocumentChars (" + pipeline.limits().maxDocumentChars() + ")"));
                        continue;
                    }
                    if (d.language() == null && !pipeline.language().equals("auto")) {
                        d.setLanguage(pipeline.language());
                    }
                    Task task = new Task(d, readerName);
                    task.future = workers.submit(task::call);
                    slots.put(task);
                }
            } catch (InputException e) {
                stats[2]++;
                slots.put(Outcome.failed(null, e.location(), readerName, "read", e));
            } catch (IOException | RuntimeException e) {
                stats[2]++;
                slots.put(Outcome.failed(null, file.toString(), readerName, "read", e));
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private SourceReader reader(String name) {
            return readers.computeIfAbsent(name, n -> {
                PluginEntry e = registry.get(PluginKind.READER, n);
                SourceReaderFactory f = (SourceReaderFactory) e.factory();
                Record config;
                if (pipeline.source().reader() != null) {
                    config = pipeline.source().reader().config();
                } else {
                    config = pipeline.source().readers().get(n);
                    if (config == null) {
                        config = binder.bind(f.configType(), null, pipeline.file(), "reader '" + n + "'");
                    }
                }
                return f.create(config, context);
            });
        }

        private String readerFor(Path file) {
            if (pipeline.source().reader() != null) {
                return pipeline.source().reader().name();
            }
            String name = file.getFileName().toString().toLowerCase();
            String best = null;
            int bestLength = 0;
            for (PluginEntry e : registry.all(PluginKind.READER)) {
                for (Object ext : ((SourceReaderFactory<?>) e.factory()).extensions()) {
                    String x = (String) ext;
                    if (name.endsWith(x) && x.length() > bestLength) {
                        best = e.name();
                        bestLength = x.length();
                    }
                }
            }
            return best;
        }

        private String extensions() {
            List<String> l = new ArrayList<>();
            for (PluginEntry e : registry.all(PluginKind.READER)) {
                l.add(e.name() + " " + ((SourceReaderFactory<?>) e.factory()).extensions());
            }
            return String.join(", ", l);
        }

        // ---- extracting ----

        /** One document going through the steps on a worker thread. */
        private final class Task {
            final Document document;
            final String reader;
            volatile long stepStarted;
            volatile int step = -1;
            Future<Outcome> future;

            Task(Document document, String reader) {
                this.document = document;
                this.reader = reader;
            }

            Outcome call() throws InterruptedException {
                Extractor[] set = instances.take();
                boolean healthy = true;
                try {
                    for (int i = 0; i < set.length; i++) {
                        Pipeline.Step s = steps.get(i);
                        if (!runsOn(s, document)) {
                            stepSkipped.incrementAndGet(i);
                            continue;
                        }
                        step = i;
                        stepStarted = System.nanoTime();
                        try {
                            set[i].process(document);
                            SpanCheck.verify(document);
                        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                            stepFailed.incrementAndGet(i);
                            healthy = !(e instanceof Error);
                            return Outcome.failed(document, document.source(), reader, s.name(), e);
                        } finally {
                            stepNanos.addAndGet(i, System.nanoTime() - stepStarted);
                            stepDocs.incrementAndGet(i);
                            stepStarted = 0;
                        }
                    }
                    return Outcome.ok(document, reader);
                } finally {
                    // A set interrupted mid-document (timeout) or hit by an Error may hold broken state.
                    if (healthy && !Thread.currentThread().isInterrupted()) {
                        instances.add(set);
                    }
                }
            }
        }

        private boolean runsOn(Pipeline.Step s, Document d) {
            var langs = s.plugin().factory().languages();
            return langs.isEmpty() || (d.language() != null && langs.contains(d.language()));
        }

        private Outcome await(Task task) throws InterruptedException {
            long limit = TimeUnit.SECONDS.toNanos(pipeline.limits().timeoutSeconds());
            while (true) {
                try {
                    Outcome o = task.future.get(100, TimeUnit.MILLISECONDS);
                    if (instances.isEmpty() && workers.getActiveCount() == 0) {
                        instances.add(newInstances()); // an Error discarded a set: replace it
                    }
                    return o;
                } catch (TimeoutException e) {
                    long started = task.stepStarted;
                    if (started != 0 && System.nanoTime() - started > limit) {
                        int stepIndex = task.step;
                        task.future.cancel(true);
                        stepFailed.incrementAndGet(stepIndex);
                        // The stuck thread keeps its slot and its extractors: add a worker and a fresh set.
                        extraWorkers.incrementAndGet();
                        workers.setMaximumPoolSize(threads + extraWorkers.get());
                        workers.setCorePoolSize(threads + extraWorkers.get());
                        instances.add(newInstances());
                        return Outcome.failed(task.document, task.document.source(), task.reader,
                                steps.get(stepIndex).name(), "java.util.concurrent.TimeoutException",
                                "step ran longer than limits.timeoutSeconds (" + pipeline.limits().timeoutSeconds()
                                        + " s) on this document and was stopped");
                    }
                } catch (ExecutionException e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    return Outcome.failed(task.document, task.document.source(), task.reader, "run", c);
                } catch (CancellationException e) {
                    return Outcome.failed(task.document, task.document.source(), task.reader, "run", e);
                }
            }
        }

        // ---- reporting ----

        private void writeFailure(JsonGenerator g, Outcome o) throws IOException {
            g.writeStartObject();
            if (o.document() != null) {
                g.writeStringField("id", o.document().id());
            } else {
                g.writeNullField("id");
            }
            g.writeStringField("source", o.location());
            g.writeStringField("status", o.status() == Outcome.Status.SKIPPED ? "skipped" : "failed");
            if (o.reader() != null) {
                g.writeStringField("reader", o.reader());
            }
            g.writeStringField("step", o.step());
            if (o.errorClass() != null) {
                g.writeStringField("error", o.errorClass());
            }
            g.writeStringField("message", o.message());
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        }

        private RunReport report(long read, long written, long failed, long skipped, long chars, double seconds) {
            Map<String, RunReport.ReaderStats> rs = new LinkedHashMap<>();
            readerStats.forEach((k, v) -> rs.put(k, new RunReport.ReaderStats(v[0], v[1], v[2])));
            Map<String, RunReport.StepStats> ss = new LinkedHashMap<>();
            for (int i = 0; i < steps.size(); i++) {
                String key = steps.get(i).name();
                if (ss.containsKey(key)) {
                    key = key + "#" + (i + 1);
                }
                ss.put(key, new RunReport.StepStats(stepNanos.get(i) / 1e9, stepDocs.get(i), stepFailed.get(i), stepSkipped.get(i)));
            }
            List<Map<String, String>> jars = new ArrayList<>();
            for (PluginRegistry.LoadedJar j : registry.jars()) {
                jars.add(Map.of("path", j.path().toString(), "sha256", j.sha256()));
            }
            return new RunReport(pipeline.name(), threads, inputFiles.get(), ignoredFiles.get(), inputProblems.get(), read, written, failed,
                    skipped, chars, round(seconds), round(written / Math.max(seconds, 1e-9)),
                    round(chars / Math.max(seconds, 1e-9)), rs, ss, jars);
        }

        private void writeReport(RunReport report) throws IOException {
            Path target = options.outputDirectory().resolve("report.json");
            Path tmp = options.outputDirectory().resolve("report.json.partial");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), report.toMap());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static final Object END = new Object();

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** A progress line on stderr every few seconds for long runs. */
    private static final class Progress {
        private final PrintStream out;
        private final long start = System.nanoTime();
        private long last = System.nanoTime();

        Progress(PrintStream out) {
            this.out = out;
        }

        void tick(long docs, long chars) {
            if (out == null) {
                return;
            }
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L) {
                last = now;
                double s = (now - start) / 1e9;
                out.printf("froissart: %,d documents, %,.0f docs/s, %,.0f chars/s%n", docs, docs / s, chars / s);
            }
        }

        void done(long docs, long chars) {
            if (out != null && System.nanoTime() - start > 2_000_000_000L) {
                tick(docs, chars);
            }
        }
    }
}
