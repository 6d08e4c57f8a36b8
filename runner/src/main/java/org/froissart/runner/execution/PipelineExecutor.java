package org.froissart.runner.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Inject;

import org.froissart.api.ConfigException;
import org.froissart.api.Document;
import org.froissart.api.DocumentStream;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.InputException;
import org.froissart.api.InputTooLargeException;
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
 *
 * <p>Inputs are read in a fixed order and cut into <em>items</em> (a file seen, a document, a record
 * that could not be read, a problem with an input path). The writer accounts for items one by one, in
 * that order, and every second or so flushes the outputs and failures.jsonl and then records in
 * progress.json how many items are done, with the outputs' states and the counters. A resumed run
 * ({@link Options#resume}) cuts the outputs back to that checkpoint, reads the same inputs again
 * skipping the items already done, and appends. See docs/reliability.md.
 */
public final class PipelineExecutor {
    private static final JsonFactory JSON = new JsonFactory();
    static final String FAILURES = "failures.jsonl";
    static final String REPORT = "report.json";

    private final PluginRegistry registry;
    private final ConfigBinder binder;

    @Inject
    public PipelineExecutor(PluginRegistry registry, ConfigBinder binder) {
        this.registry = registry;
        this.binder = binder;
    }

    /**
     * Options of one run.
     *
     * @param resume           continue the interrupted run whose progress.json is in the output directory
     * @param stopAfterItems   for tests: stop as an interrupted run would after this many items (-1: never)
     * @param checkpointMillis time between two checkpoints
     */
    public record Options(List<Path> inputs, Path outputDirectory, int threads, PrintStream progress, boolean resume,
                          long stopAfterItems, long checkpointMillis) {
        public Options(List<Path> inputs, Path outputDirectory, int threads, PrintStream progress) {
            this(inputs, outputDirectory, threads, progress, false, -1, 1000);
        }

        public Options(List<Path> inputs, Path outputDirectory, int threads, PrintStream progress, boolean resume) {
            this(inputs, outputDirectory, threads, progress, resume, -1, 1000);
        }
    }

    /** What {@code run --resume} finds when the run in the output directory had already finished. */
    public static final class AlreadyFinished extends ConfigException {
        private static final long serialVersionUID = 1L;

        AlreadyFinished(String message) {
            super(message);
        }
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
        private final BlockingQueue<Extractor[]> instances = new LinkedBlockingQueue<>();
        private final Map<String, SourceReader> readers = new HashMap<>();
        private final List<Extractor[]> allInstances = new ArrayList<>();
        private final List<Output> outputs = new ArrayList<>();
        private final ReentrantLock writing = new ReentrantLock();
        private final String fingerprint;
        private final List<String> inputs = new ArrayList<>();
        private Counters counters;
        private LineLog failures;
        private ThreadPoolExecutor workers;
        private int extraWorkers;
        private long skipItems;
        private long sessionStart;
        /** Set by the shutdown hook: the writer stops at the next item. */
        private volatile boolean stopping;
        /** The writer is done with the outputs (closed them, or wrote a final checkpoint). */
        private boolean finished;
        private boolean interrupted;

        Run(Pipeline pipeline, Options options, RunContext context) {
            this.pipeline = pipeline;
            this.options = options;
            this.context = context;
            this.threads = Math.max(1, options.threads());
            this.steps = pipeline.steps();
            this.fingerprint = fingerprint(pipeline);
            for (Path p : options.inputs()) {
                inputs.add(p.toAbsolutePath().normalize().toString());
            }
        }

        RunReport execute() throws IOException {
            sessionStart = System.nanoTime();
            Path dir = options.outputDirectory();
            Checkpoint previous = options.resume() ? previousRun(dir) : freshStart(dir);
            counters = previous == null ? new Counters(steps.size()) : Counters.fromMap(previous.counters(), steps.size());
            skipItems = previous == null ? 0 : previous.items();
            // Create every extractor before reading anything: a plugin that cannot start is a config error.
            for (int i = 0; i < threads; i++) {
                instances.add(newInstances());
            }
            workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "froissart-worker");
                        t.setDaemon(true);
                        return t;
                    });
            BlockingQueue<Object> slots = new ArrayBlockingQueue<>(threads * 4 + 4);
            Thread readerThread = null;
            Thread hook = new Thread(this::shutdown, "froissart-shutdown");
            boolean hooked = false;
            try {
                Path failuresPath = dir.resolve(FAILURES);
                failures = previous == null ? LineLog.create(failuresPath) : LineLog.resume(failuresPath, previous.failuresBytes());
                for (int i = 0; i < pipeline.outputs().size(); i++) {
                    outputs.add(previous == null ? createOutput(pipeline.outputs().get(i))
                            : resumeOutput(pipeline.outputs().get(i), previous.outputs().get(i)));
                }
                checkpoint();
                try {
                    Runtime.getRuntime().addShutdownHook(hook);
                    hooked = true;
                } catch (IllegalStateException e) {
                    // already shutting down
                }
                progress = new Progress(options.progress(), options.inputs(), pipeline.source().glob());
                readerThread = new Thread(() -> readAll(slots), "froissart-reader");
                readerThread.setDaemon(true);
                readerThread.start();
                long lastCheckpoint = System.nanoTime();
                long every = TimeUnit.MILLISECONDS.toNanos(Math.max(1, options.checkpointMillis()));
                while (true) {
                    Object slot = slots.take();
                    if (slot == END) {
                        break;
                    }
                    if (slot instanceof ConfigException ce) {
                        throw ce;
                    }
                    if (slot instanceof Throwable t) {
                        throw new IOException("reading inputs failed: " + t, t);
                    }
                    Outcome o = slot instanceof Task task ? await(task) : slot instanceof Outcome done ? done : null;
                    writing.lock();
                    try {
                        if (stopping) {
                            interrupted = true;
                            break;
                        }
                        account(slot, o);
                        counters.items++;
                        if (options.stopAfterItems() >= 0 && counters.items >= options.stopAfterItems()) {
                            checkpoint();
                            interrupted = true;
                            break;
                        }
                        if (System.nanoTime() - lastCheckpoint >= every) {
                            checkpoint();
                            lastCheckpoint = System.nanoTime();
                        }
                    } finally {
                        writing.unlock();
                    }
                    progress.tick(counters.read, counters.characters);
                }
                progress.done(counters.read, counters.characters);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                writing.lock();
                try {
                    finished = true;
                    workers.shutdownNow();
                    if (readerThread != null) {
                        readerThread.interrupt();
                    }
                    closeAll();
                } finally {
                    writing.unlock();
                    if (hooked) {
                        try {
                            Runtime.getRuntime().removeShutdownHook(hook);
                        } catch (IllegalStateException e) {
                            // shutting down: the hook is running or ran
                        }
                    }
                }
            }
            counters.seconds += (System.nanoTime() - sessionStart) / 1e9;
            RunReport report = report();
            if (!interrupted) {
                writeReport(report);
                Files.deleteIfExists(dir.resolve(Checkpoint.FILE));
            }
            return report;
        }

        /** The checkpoint to continue from, checked against this run's pipeline and inputs. */
        private Checkpoint previousRun(Path dir) {
            Checkpoint c = Checkpoint.read(dir);
            if (c == null) {
                if (Files.exists(dir.resolve(REPORT))) {
                    throw new AlreadyFinished("the run in " + dir + " already finished (see " + dir.resolve(REPORT)
                            + "): nothing to resume");
                }
                throw new ConfigException("nothing to resume in " + dir + ": it has no " + Checkpoint.FILE
                        + " (written while a run is in progress); run again without --resume");
            }
            if (!c.fingerprint().equals(fingerprint)) {
                throw new ConfigException("cannot resume the run in " + dir + ": the pipeline's steps, outputs or settings "
                        + "changed since it was interrupted; use the same pipeline, or run again without --resume");
            }
            if (!c.inputs().equals(inputs)) {
                throw new ConfigException("cannot resume the run in " + dir + ": it read " + c.inputs() + " but this run reads "
                        + inputs + "; give the same inputs, or run again without --resume");
            }
            if (c.outputs().size() != pipeline.outputs().size()) {
                throw new ConfigException("cannot resume the run in " + dir + ": its outputs changed");
            }
            for (int i = 0; i < c.outputs().size(); i++) {
                if (c.outputs().get(i) == null) {
                    throw new ConfigException("cannot resume the run in " + dir + ": output '" + pipeline.outputs().get(i).name()
                            + "' cannot continue an interrupted run (only plain .jsonl files can); run again without --resume");
                }
            }
            return c;
        }

        /** Starts over: an earlier run's report and checkpoint in the directory would mislead. */
        private Checkpoint freshStart(Path dir) throws IOException {
            if (Files.exists(dir.resolve(Checkpoint.FILE)) && options.progress() != null) {
                options.progress().println("froissart: " + dir + " holds an interrupted run; starting over "
                        + "(use 'run --resume' to continue it instead)");
            }
            Files.deleteIfExists(dir.resolve(Checkpoint.FILE));
            Files.deleteIfExists(dir.resolve(REPORT));
            return null;
        }

        /** Flushes the outputs and failures.jsonl, then records how far the run got. Holds {@link #writing}. */
        private void checkpoint() throws IOException {
            List<Map<String, String>> states = new ArrayList<>();
            for (Output o : outputs) {
                Map<String, String> s = o.checkpoint();
                states.add(s == null ? null : new LinkedHashMap<>(s));
            }
            Counters c = counters;
            double seconds = c.seconds;
            c.seconds += (System.nanoTime() - sessionStart) / 1e9;
            try {
                new Checkpoint(fingerprint, inputs, c.items, failures.bytes(), states, c.toMap()).write(options.outputDirectory());
            } finally {
                c.seconds = seconds;
            }
        }

        /** Shutdown hook (Ctrl-C, kill): stop the writer, flush, checkpoint. */
        private void shutdown() {
            stopping = true;
            try {
                if (!writing.tryLock(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (!finished) {
                    finished = true;
                    checkpoint();
                    if (options.progress() != null) {
                        options.progress().println("froissart: interrupted after " + counters.items + " input items ("
                                + counters.written + " documents written); 'froissart run --resume' with the same "
                                + "arguments continues from there");
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("froissart: could not save progress: " + e);
            } finally {
                writing.unlock();
            }
        }

        private void closeAll() throws IOException {
            IOException closing = null;
            for (Output o : outputs) {
                try {
                    o.close();
                } catch (IOException e) {
                    closing = e;
                }
            }
            if (failures != null) {
                failures.close();
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

        // ---- accounting (writer thread) ----

        private void account(Object slot, Outcome o) throws IOException {
            if (slot instanceof FileMark m) {
                if (m.reader() == null) {
                    counters.ignoredFiles++;
                } else {
                    counters.inputFiles++;
                    counters.reader(m.reader())[Counters.FILES]++;
                }
                return;
            }
            if ("input".equals(o.step())) {
                if (o.status() == Outcome.Status.SKIPPED) {
                    counters.inputSkipped++;
                } else {
                    counters.inputProblems++;
                }
                writeFailure(o);
                return;
            }
            if (slot instanceof Task task) {
                countSteps(task);
            }
            long[] r = counters.reader(o.reader());
            counters.read++;
            r[Counters.READ]++;
            if (o.document() != null) {
                r[Counters.DOCUMENTS]++;
            }
            if (o.status() == Outcome.Status.WRITTEN) {
                String failingOutput = writeAll(o.document());
                if (failingOutput == null) {
                    counters.written++;
                    r[Counters.WRITTEN]++;
                    counters.characters += o.document().text().length();
                    if (o.document().metadata().containsKey("warning")) {
                        counters.warnings++;
                    }
                } else {
                    counters.failed++;
                    r[Counters.FAILED]++;
                    writeFailure(Outcome.failed(o.document(), o.location(), o.reader(), "output:" + failingOutput, lastOutputError));
                }
            } else if (o.status() == Outcome.Status.SKIPPED) {
                counters.skipped++;
                r[Counters.SKIPPED]++;
                writeFailure(o);
            } else {
                counters.failed++;
                r[Counters.FAILED]++;
                writeFailure(o);
            }
        }

        private void countSteps(Task t) {
            int last = t.timedOut >= 0 ? t.timedOut : steps.size() - 1;
            for (int i = 0; i <= last; i++) {
                long[] s = counters.steps[i];
                byte state = i == t.timedOut ? FAIL : t.state[i];
                if (state == NOT_REACHED) {
                    continue;
                }
                s[Counters.S_READ]++;
                s[state == PASS ? Counters.S_PASSED : state == FAIL ? Counters.S_FAILED : Counters.S_SKIPPED]++;
                s[Counters.S_NANOS] += t.nanos[i];
            }
        }

        private Exception lastOutputError;

        /** Writes to every output; returns the name of the output that failed, or null. */
        private String writeAll(Document d) {
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
        private Output resumeOutput(Pipeline.Step s, Map<String, String> state) {
            OutputFactory f = (OutputFactory) s.plugin().factory();
            return f.resume(s.config(), context, state);
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

        // ---- reading (reader thread) ----

        /** Items produced so far, including those skipped because a resumed run had done them. */
        private long produced;

        /** True when the next item was done by the interrupted run: count it, do not queue it. */
        private boolean done() {
            if (produced < skipItems) {
                produced++;
                return true;
            }
            return false;
        }

        private void put(BlockingQueue<Object> slots, Object item) throws InterruptedException {
            produced++;
            slots.put(item);
        }

        private void emit(BlockingQueue<Object> slots, Object item) throws InterruptedException {
            if (!done()) {
                put(slots, item);
            }
        }

        /** Shown on stderr; also told by the reader thread which files are read. */
        private volatile Progress progress;

        private void readAll(BlockingQueue<Object> slots) {
            try {
                InputFiles files = new InputFiles(options.inputs(), pipeline.source().glob());
                while (files.hasNext()) {
                    InputFiles.Item item = files.next();
                    if (item.problem() != null) {
                        emit(slots, item.harmless()
                                ? Outcome.skipped(null, item.file().toString(), null, "input", item.problem())
                                : Outcome.failed(null, item.file().toString(), null, "input", "InputProblem", item.problem()));
                        continue;
                    }
                    String readerName = readerFor(item.file());
                    if (readerName == null) {
                        if (item.explicit()) {
                            emit(slots, Outcome.failed(null, item.file().toString(), null, "input", "InputProblem",
                                    "no reader takes this file's extension; readers by extension: " + extensions()));
                        } else {
                            emit(slots, new FileMark(null)); // other files in an input directory: counted, not read
                        }
                        continue;
                    }
                    emit(slots, new FileMark(readerName));
                    readFile(item.file(), readerName, slots);
                    progress.fileRead(item.file());
                }
                if (produced < skipItems) {
                    slots.put(new ConfigException("cannot resume: the inputs now hold " + produced + " items but the "
                            + "interrupted run had already done " + skipItems + "; they changed since. Run again without --resume"));
                    return;
                }
                slots.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                try {
                    slots.put(e);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void readFile(Path file, String readerName, BlockingQueue<Object> slots) throws InterruptedException {
            SourceReader reader = reader(readerName);
            try (DocumentStream stream = reader.open(file)) {
                while (stream.hasNext()) {
                    SourceRecord r = stream.next();
                    if (done()) {
                        continue;
                    }
                    if (r.error() != null) {
                        put(slots, readError(r.error(), readerName));
                        continue;
                    }
                    Document d = r.document();
                    if (d.text().length() > pipeline.limits().maxDocumentChars()) {
                        put(slots, Outcome.skipped(d, d.source(), readerName, "limits", "document of " + d.text().length()
                                + " characters is longer than limits.maxDocumentChars (" + pipeline.limits().maxDocumentChars() + ")"));
                        continue;
                    }
                    if (d.language() == null && !pipeline.language().equals("auto")) {
                        d.setLanguage(pipeline.language());
                    }
                    Task task = new Task(d, readerName);
                    task.future = workers.submit(task::call);
                    put(slots, task);
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (InputException e) {
                emit(slots, readError(e, readerName));
            } catch (AccessDeniedException e) {
                emit(slots, Outcome.failed(null, file.toString(), readerName, "read", e.getClass().getName(),
                        "cannot read the file: permission denied"));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // A reader that breaks mid-file: the rest of the file is lost, and says so.
                emit(slots, Outcome.failed(null, file.toString(), readerName, "read", e.getClass().getName(),
                        "reading stopped: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
            }
        }

        private Outcome readError(InputException e, String readerName) {
            if (e instanceof InputTooLargeException) {
                return Outcome.skipped(null, e.location(), readerName, "limits", e);
            }
            return Outcome.failed(null, e.location(), readerName, "read", e);
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
                l.add(e.name() + " " + new java.util.TreeSet<>(((SourceReaderFactory<?>) e.factory()).extensions()));
            }
            return String.join(", ", l);
        }

        // ---- extracting (worker threads) ----

        /** One document going through the steps on a worker thread. */
        private final class Task {
            final Document document;
            final String reader;
            /** Per step: NOT_REACHED, PASS, FAIL or SKIP; written by the worker. */
            final byte[] state = new byte[steps.size()];
            final long[] nanos = new long[steps.size()];
            volatile long stepStarted;
            volatile int step = -1;
            /** The step stopped for running too long, or -1; set by the writer. */
            int timedOut = -1;
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
                            state[i] = SKIP;
                            continue;
                        }
                        long started = System.nanoTime();
                        step = i;
                        stepStarted = started;
                        try {
                            set[i].process(document);
                            SpanCheck.verify(document);
                            state[i] = PASS;
                        } catch (Throwable e) {
                            // A plugin's Error (stack overflow, missing class) may leave its instance broken.
                            state[i] = FAIL;
                            healthy = !(e instanceof Error);
                            return Outcome.failed(document, document.source(), reader, s.name(), e);
                        } finally {
                            nanos[i] = System.nanoTime() - started;
                            stepStarted = 0;
                        }
                    }
                    return Outcome.ok(document, reader);
                } finally {
                    if (Thread.currentThread().isInterrupted()) {
                        // Stopped for a timeout: the writer already gave the pool a fresh set.
                    } else if (healthy) {
                        instances.add(set);
                    } else {
                        instances.add(replacement(set));
                    }
                }
            }
        }

        private Extractor[] replacement(Extractor[] broken) {
            try {
                return newInstances();
            } catch (RuntimeException e) {
                return broken; // better a doubtful set than a pool that runs dry
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
                    return task.future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    int stepIndex = task.step;
                    long started = task.stepStarted;
                    if (started != 0 && System.nanoTime() - started > limit && stepIndex >= 0) {
                        task.future.cancel(true);
                        task.timedOut = stepIndex;
                        task.nanos[stepIndex] = System.nanoTime() - started;
                        // The stuck thread keeps its slot and its extractors: add a worker and a fresh set.
                        extraWorkers++;
                        workers.setMaximumPoolSize(threads + extraWorkers);
                        workers.setCorePoolSize(threads + extraWorkers);
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

        private void writeFailure(Outcome o) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            try (JsonGenerator g = JSON.createGenerator(line, JsonEncoding.UTF8)) {
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
            }
            line.write('\n');
            failures.append(line.toByteArray());
        }

        private RunReport report() {
            Map<String, RunReport.ReaderStats> rs = new LinkedHashMap<>();
            new java.util.TreeMap<>(counters.readers).forEach((k, v) -> rs.put(k, new RunReport.ReaderStats(v[Counters.FILES],
                    v[Counters.READ], v[Counters.DOCUMENTS], v[Counters.WRITTEN], v[Counters.FAILED], v[Counters.SKIPPED])));
            Map<String, RunReport.StepStats> ss = new LinkedHashMap<>();
            for (int i = 0; i < steps.size(); i++) {
                String key = steps.get(i).name();
                if (ss.containsKey(key)) {
                    key = key + "#" + (i + 1);
                }
                long[] s = counters.steps[i];
                ss.put(key, new RunReport.StepStats(s[Counters.S_NANOS] / 1e9, s[Counters.S_PASSED] + s[Counters.S_FAILED],
                        s[Counters.S_FAILED], s[Counters.S_SKIPPED], s[Counters.S_READ], s[Counters.S_PASSED]));
            }
            List<Map<String, String>> jars = new ArrayList<>();
            for (PluginRegistry.LoadedJar j : registry.jars()) {
                jars.add(Map.of("path", j.path().toString(), "sha256", j.sha256()));
            }
            Counters c = counters;
            double seconds = c.seconds;
            return new RunReport(pipeline.name(), threads, c.inputFiles, c.ignoredFiles, c.inputProblems, c.inputSkipped,
                    c.read, c.written, c.failed, c.skipped, c.warnings, c.characters, round(seconds),
                    round(c.written / Math.max(seconds, 1e-9)), round(c.characters / Math.max(seconds, 1e-9)), rs, ss, jars,
                    skipItems, interrupted);
        }

        private void writeReport(RunReport report) throws IOException {
            Path target = options.outputDirectory().resolve(REPORT);
            Path tmp = options.outputDirectory().resolve(REPORT + ".partial");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), report.toMap());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** An item: a file found in the inputs, read by {@code reader} (null: no reader takes it, ignored). */
    private record FileMark(String reader) {
    }

    private static final byte NOT_REACHED = 0;
    private static final byte PASS = 1;
    private static final byte FAIL = 2;
    private static final byte SKIP = 3;

    private static final Object END = new Object();

    /** What must not change between an interrupted run and its resumption: everything that shapes the output. */
    static String fingerprint(Pipeline p) {
        StringBuilder b = new StringBuilder();
        b.append(p.name()).append('\n').append(p.language()).append('\n');
        Pipeline.Source s = p.source();
        b.append(s.reader() == null ? "files" : s.reader().name() + " " + s.reader().config()).append(' ').append(s.glob())
                .append(' ').append(new java.util.TreeMap<>(s.readers())).append('\n');
        for (Pipeline.Step st : p.steps()) {
            b.append("step ").append(st.name()).append(' ').append(st.config()).append('\n');
        }
        for (Pipeline.Step st : p.outputs()) {
            b.append("output ").append(st.name()).append(' ').append(st.config()).append('\n');
        }
        b.append("maxDocumentChars ").append(p.limits().maxDocumentChars()).append('\n');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** A progress line on stderr every few seconds for long runs. */
    private static final class Progress {
        private static final char[] SPINNER = {'|', '/', '-', '\\'};
        private static final int BAR = 24;
        private final PrintStream out;
        /** On a terminal one line is redrawn in place; in a log a plain line is printed every two seconds. */
        private final boolean terminal;
        private final long start = System.nanoTime();
        /** Bytes of the input files, when there are several and they could be listed quickly; else 0 (no bar). */
        private final long totalBytes;
        private final java.util.concurrent.atomic.AtomicLong doneBytes = new java.util.concurrent.atomic.AtomicLong();
        private long last = System.nanoTime();
        private int frame;
        private boolean drawn;

        Progress(PrintStream out, List<Path> inputs, String glob) {
            this.out = out;
            this.terminal = out != null && System.console() != null && !"dumb".equals(System.getenv("TERM"));
            this.totalBytes = terminal ? inputBytes(inputs, glob) : 0;
        }

        /** Sizes of the input files, listed for at most a second; 0 for a single file or a listing too long to wait for. */
        private static long inputBytes(List<Path> inputs, String glob) {
            long deadline = System.nanoTime() + 1_000_000_000L;
            long sum = 0;
            int files = 0;
            InputFiles listing = new InputFiles(inputs, glob);
            while (listing.hasNext()) {
                InputFiles.Item item = listing.next();
                if (item.problem() == null) {
                    try {
                        sum += Files.size(item.file());
                        files++;
                    } catch (IOException e) {
                        // counted when read
                    }
                }
                if (System.nanoTime() > deadline) {
                    return 0;
                }
            }
            return files > 1 ? sum : 0;
        }

        void fileRead(Path file) {
            if (totalBytes > 0) {
                try {
                    doneBytes.addAndGet(Files.size(file));
                } catch (IOException e) {
                    // the bar only slows down
                }
            }
        }

        void tick(long docs, long chars) {
            if (out == null) {
                return;
            }
            long now = System.nanoTime();
            if (now - last < (terminal ? 250_000_000L : 2_000_000_000L)) {
                return;
            }
            last = now;
            double s = (now - start) / 1e9;
            if (terminal) {
                long secs = (long) s;
                String head;
                if (totalBytes > 0) {
                    double f = Math.min(1.0, doneBytes.get() / (double) totalBytes);
                    int filled = (int) Math.round(f * BAR);
                    head = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + String.format("] %3.0f%%", f * 100);
                } else {
                    head = String.valueOf(SPINNER[frame++ % SPINNER.length]);
                }
                out.printf("\r%s froissart  %,d documents  %,.0f docs/s  %,.1f M chars/s  %d:%02d ",
                        head, docs, docs / s, chars / s / 1e6, secs / 60, secs % 60);
                out.flush();
                drawn = true;
            } else {
                out.printf("froissart: %,d documents, %,.0f docs/s, %,.0f chars/s%n", docs, docs / s, chars / s);
            }
        }

        void done(long docs, long chars) {
            if (out == null) {
                return;
            }
            if (drawn) {
                last = 0;
                tick(docs, chars);
                out.println();
            } else if (System.nanoTime() - start > 2_000_000_000L) {
                last = 0;
                tick(docs, chars);
            }
        }
    }
}
