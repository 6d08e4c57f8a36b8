package org.froissart.runner.pipeline;

import java.util.List;
import java.util.Map;

import org.froissart.runner.plugins.PluginEntry;

/**
 * A validated pipeline: every plugin found, every config bound.
 *
 * @param file     where it was read from, for messages
 * @param source   how inputs are read
 * @param steps    extractors, in order
 * @param outputs  where documents go
 * @param limits   per-document limits
 */
public record Pipeline(String file, String name, String language, Source source, List<Step> steps, List<Step> outputs,
                       Limits limits) {

    /** A plugin use: the factory and its bound config. */
    public record Step(PluginEntry plugin, Record config, int line) {
        public String name() {
            return plugin.name();
        }
    }

    /**
     * @param reader  a fixed reader for every input, or null to choose by file extension
     * @param glob    which files under a directory input are read
     * @param readers config per reader name, for readers chosen by extension
     */
    public record Source(Step reader, String glob, Map<String, Record> readers) {
    }

    /**
     * @param maxDocumentChars longer documents are skipped and reported
     * @param timeoutSeconds   a step running longer on one document is stopped and the document failed
     */
    public record Limits(Integer maxDocumentChars, Integer timeoutSeconds) {
        public Limits {
            maxDocumentChars = maxDocumentChars == null ? 5_000_000 : maxDocumentChars;
            timeoutSeconds = timeoutSeconds == null ? 10 : timeoutSeconds;
            if (maxDocumentChars <= 0) {
                throw new IllegalArgumentException("maxDocumentChars must be positive");
            }
            if (timeoutSeconds <= 0) {
                throw new IllegalArgumentException("timeoutSeconds must be positive");
            }
        }
    }
}
