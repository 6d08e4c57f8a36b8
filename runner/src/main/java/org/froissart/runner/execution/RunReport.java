package org.froissart.runner.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, written to report.json. Every input is counted: read = written + failed + skipped,
 * overall, per reader and per step (where "read" is the documents that reached the step and
 * "passed" those it let through). A resumed run reports the totals of all its sessions.
 *
 * @param inputProblems inputs that could not be read at all (missing, not a file): they make the run fail
 * @param inputSkipped  inputs skipped without loss (a directory reached twice through a symbolic link)
 * @param warnings      documents written with a warning (e.g. decoded as Latin-1)
 * @param resumedAt     input items taken over from an interrupted run (0 for a fresh run)
 * @param interrupted   the run stopped before the end of its inputs; progress.json tells where
 */
public record RunReport(
        String pipeline,
        int threads,
        long inputFiles,
        long ignoredFiles,
        long inputProblems,
        long inputSkipped,
        long read,
        long written,
        long failed,
        long skipped,
        long warnings,
        long characters,
        double seconds,
        double documentsPerSecond,
        double charactersPerSecond,
        Map<String, ReaderStats> readers,
        Map<String, StepStats> steps,
        List<Map<String, String>> pluginJars,
        long resumedAt,
        boolean interrupted) {

    /**
     * @param files     files given to this reader
     * @param read      records read from them: documents and records that could not be read
     * @param documents records that became documents
     */
    public record ReaderStats(long files, long read, long documents, long written, long failed, long skipped) {
    }

    /**
     * @param documents documents the step ran on (passed + failed)
     * @param read      documents that reached the step: passed + failed + skipped
     * @param skipped   documents in a language the step does not handle
     */
    public record StepStats(double seconds, long documents, long failed, long skipped, long read, long passed) {
    }

    /** Exit code of the CLI: 0 when every document was written or skipped, 1 when some failed or an input had a problem. */
    public int exitCode() {
        return failed > 0 || inputProblems > 0 ? 1 : 0;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pipeline", pipeline);
        m.put("threads", threads);
        m.put("inputFiles", inputFiles);
        m.put("ignoredFiles", ignoredFiles);
        m.put("inputProblems", inputProblems);
        m.put("inputSkipped", inputSkipped);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("read", read);
        d.put("written", written);
        d.put("failed", failed);
        d.put("skipped", skipped);
        m.put("documents", d);
        m.put("warnings", warnings);
        m.put("characters", characters);
        m.put("seconds", seconds);
        m.put("documentsPerSecond", documentsPerSecond);
        m.put("charactersPerSecond", charactersPerSecond);
        m.put("readers", readers);
        m.put("steps", steps);
        m.put("pluginJars", pluginJars);
        m.put("resumedAt", resumedAt);
        m.put("interrupted", interrupted);
        return m;
    }
}
