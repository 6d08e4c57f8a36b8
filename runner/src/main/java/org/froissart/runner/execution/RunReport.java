package org.froissart.runner.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, written to report.json. Every input is counted: read = written + failed + skipped.
 */
public record RunReport(
        String pipeline,
        int threads,
        long inputFiles,
        long ignoredFiles,
        long inputProblems,
        long read,
        long written,
        long failed,
        long skipped,
        long characters,
        double seconds,
        double documentsPerSecond,
        double charactersPerSecond,
        Map<String, ReaderStats> readers,
        Map<String, StepStats> steps,
        List<Map<String, String>> pluginJars) {

    public record ReaderStats(long files, long documents, long failed) {
    }

    public record StepStats(double seconds, long documents, long failed, long skipped) {
    }

    /** Exit code of the CLI: 0 when every document was written, 1 when some failed or an input had a problem. */
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
        m.put("documents", Map.of("read", read, "written", written, "failed", failed, "skipped", skipped));
        m.put("characters", characters);
        m.put("seconds", seconds);
        m.put("documentsPerSecond", documentsPerSecond);
        m.put("charactersPerSecond", charactersPerSecond);
        m.put("readers", readers);
        m.put("steps", steps);
        m.put("pluginJars", pluginJars);
        return m;
    }
}
