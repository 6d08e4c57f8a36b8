package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Guice;
import com.google.inject.Injector;

import org.froissart.runner.execution.PipelineExecutor;
import org.froissart.runner.execution.RunReport;
import org.froissart.runner.pipeline.Pipeline;
import org.froissart.runner.pipeline.PipelineLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupted runs and `run --resume`, in this JVM: the executor is stopped after a given number of
 * input items (as the shutdown hook stops it), the files are damaged as a kill after the last
 * checkpoint would leave them, and the resumed run must give byte for byte what an uninterrupted run
 * gives. The real kill of a real process is in ResumeIT.
 */
class ResumeTest {
    @TempDir
    Path tmp;

    private Path in;
    private Path pipeline;
    private Injector injector;

    @BeforeEach
    void corpus() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < 3; f++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 120; i++) {
                String text = i % 17 == 5 ? "Un texte qui fait BOOM numéro " + i + "."
                        : (i % 2 == 0 ? "Le ministre a annoncé mardi une aide de " + i + " millions d'euros à Paris. "
                        : "The Senate approved the bill on Tuesday by " + i + " votes in Washington. ").repeat(1 + i % 5);
                sb.append(CliRun.JSON.writeValueAsString(java.util.Map.of("id", "f" + f + "-" + i, "text", text))).append('\n');
                if (i == 60) {
                    sb.append("not json at all\n");
                }
            }
            Files.writeString(in.resolve("part" + f + ".jsonl"), sb.toString());
        }
        Files.writeString(in.resolve("z-article.txt"), "Titre\n\nLe président a parlé à Lyon.\n");
        Files.write(in.resolve("z-binary.txt"), new byte[] {1, 0, 2});
        pipeline = tmp.resolve("p.yaml");
        Files.writeString(pipeline, "version: 1\nname: resume\nsteps:\n  - type: language\n  - type: tokens\n"
                + "  - type: test-boom\n  - type: entities\n");
        injector = Guice.createInjector(new RunnerModule(List.of()));
    }

    private Path reference() throws IOException {
        Path ref = tmp.resolve("ref");
        CliRun r = CliRun.of("run", "--quiet", "--threads", "2", "-p", pipeline.toString(), "-o", ref.toString(), in.toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        return ref;
    }

    /** Runs until {@code stopAfter} items are done, as an interrupted run. */
    private RunReport interrupted(Path out, long stopAfter, boolean resume) throws IOException {
        Pipeline p = injector.getInstance(PipelineLoader.class).load(pipeline);
        return injector.getInstance(PipelineExecutor.class).run(p,
                new PipelineExecutor.Options(List.of(in), out, 3, null, resume, stopAfter, 1000));
    }

    /** What a kill between two checkpoints leaves: lines written after the checkpoint, the last one cut. */
    private static void damage(Path file, String tail) throws IOException {
        Files.writeString(file, tail, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void assertSameRun(Path ref, Path out) throws IOException {
        assertArrayEquals(Files.readAllBytes(ref.resolve("documents.jsonl")), Files.readAllBytes(out.resolve("documents.jsonl")),
                "documents.jsonl of the resumed run");
        assertArrayEquals(Files.readAllBytes(ref.resolve("failures.jsonl")), Files.readAllBytes(out.resolve("failures.jsonl")),
                "failures.jsonl of the resumed run");
        JsonNode a = CliRun.JSON.readTree(ref.resolve("report.json").toFile());
        JsonNode b = CliRun.JSON.readTree(out.resolve("report.json").toFile());
        for (String k : List.of("documents", "readers", "inputFiles", "ignoredFiles", "inputProblems", "inputSkipped", "warnings",
                "characters")) {
            assertEquals(a.get(k), b.get(k), k);
        }
        for (var it = a.get("steps").fieldNames(); it.hasNext(); ) {
            String s = it.next();
            for (String k : List.of("read", "passed", "failed", "skipped", "documents")) {
                assertEquals(a.get("steps").get(s).get(k), b.get("steps").get(s).get(k), s + "." + k);
            }
        }
        assertFalse(Files.exists(out.resolve("progress.json")), "progress.json is removed when the run completes");
    }

    @Test
    void resumedRunEqualsUninterruptedRun() throws IOException {
        Path ref = reference();
        Path out = tmp.resolve("out");
        RunReport first = interrupted(out, 137, false);
        assertTrue(first.interrupted());
        assertFalse(Files.exists(out.resolve("report.json")), "no report for an unfinished run");
        JsonNode progress = CliRun.JSON.readTree(out.resolve("progress.json").toFile());
        assertEquals(137, progress.get("items").asLong());
        assertEquals(Files.size(out.resolve("documents.jsonl")), progress.get("outputs").get(0).get("bytes").asLong());
        assertEquals(Files.size(out.resolve("failures.jsonl")), progress.get("failuresBytes").asLong());
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
            CliRun.JSON.readTree(line); // complete lines only
        }
        damage(out.resolve("documents.jsonl"), "{\"id\":\"f9-1\",\"text\":\"written after the checkpoint\"}\n{\"id\":\"f9-2\",\"te");
        damage(out.resolve("failures.jsonl"), "{\"id\":\"half");

        CliRun r = CliRun.of("run", "--resume", "--threads", "1", "-p", pipeline.toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        assertTrue(r.err().contains("resumed after 137 input items"), r::toString);
        assertSameRun(ref, out);
        assertEquals(137, CliRun.JSON.readTree(out.resolve("report.json").toFile()).get("resumedAt").asLong());
    }

    @Test
    void resumeTwiceAndAtTheVeryStartAndEnd() throws IOException {
        Path ref = reference();
        Path out = tmp.resolve("out");
        interrupted(out, 0, false);
        interrupted(out, 40, true);
        interrupted(out, 41, true);
        interrupted(out, 300, true);
        CliRun r = CliRun.of("run", "--resume", "--quiet", "-p", pipeline.toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.SOME_FAILED, r.exit(), r::toString);
        assertSameRun(ref, out);

        CliRun again = CliRun.of("run", "--resume", "-p", pipeline.toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.SOME_FAILED, again.exit(), "a finished run keeps its exit code: " + again);
        assertTrue(again.err().contains("already finished"), again::toString);
        assertSameRun(ref, out);
    }

    @Test
    void resumeRefusesWhatItCannotContinue() throws IOException {
        Path out = tmp.resolve("out");
        CliRun none = CliRun.of("run", "--resume", "-p", pipeline.toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.USAGE, none.exit(), none::toString);
        assertTrue(none.err().contains("nothing to resume in " + out + ": it has no progress.json"), none::toString);

        interrupted(out, 50, false);
        CliRun otherInputs = CliRun.of("run", "--resume", "-p", pipeline.toString(), "-o", out.toString(),
                in.resolve("part0.jsonl").toString());
        assertEquals(Main.USAGE, otherInputs.exit(), otherInputs::toString);
        assertTrue(otherInputs.err().contains("give the same inputs"), otherInputs::toString);

        Path changed = tmp.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(pipeline).replace("  - type: entities\n", ""));
        CliRun otherPipeline = CliRun.of("run", "--resume", "-p", changed.toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.USAGE, otherPipeline.exit(), otherPipeline::toString);
        assertTrue(otherPipeline.err().contains("the pipeline's steps, outputs or settings changed"), otherPipeline::toString);

        Files.writeString(out.resolve("documents.jsonl"), "");
        CliRun cut = CliRun.of("run", "--resume", "-p", pipeline.toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.USAGE, cut.exit(), cut::toString);
        assertTrue(cut.err().contains("was changed since the interrupted run"), cut::toString);

        Path gz = tmp.resolve("gz.yaml");
        Files.writeString(gz, Files.readString(pipeline) + "outputs:\n  - type: jsonl\n    with: { path: documents.jsonl.gz }\n");
        Path outGz = tmp.resolve("out-gz");
        Pipeline p = injector.getInstance(PipelineLoader.class).load(gz);
        injector.getInstance(PipelineExecutor.class).run(p, new PipelineExecutor.Options(List.of(in), outGz, 2, null, false, 30, 1000));
        CliRun gzResume = CliRun.of("run", "--resume", "-p", gz.toString(), "-o", outGz.toString(), in.toString());
        assertEquals(Main.USAGE, gzResume.exit(), gzResume::toString);
        assertTrue(gzResume.err().contains("output 'jsonl' cannot continue an interrupted run"), gzResume::toString);

        // Starting over is always possible, and says it discards the interrupted run.
        CliRun fresh = CliRun.of("run", "-p", pipeline.toString(), "-o", out.toString(), in.toString());
        assertEquals(Main.SOME_FAILED, fresh.exit(), fresh::toString);
        assertTrue(fresh.err().contains("holds an interrupted run; starting over"), fresh::toString);
        assertSameRun(reference(), out);
    }
}
