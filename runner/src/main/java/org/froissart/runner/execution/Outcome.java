package org.froissart.runner.execution;

import org.froissart.api.Document;

/**
 * What became of one input item.
 *
 * @param document the document, or null when it could not be read
 * @param location file and position, for failures.jsonl
 * @param reader   the reader's name, or null for inputs no reader took
 * @param step     the step that failed, "read", "limits" or "input"
 */
record Outcome(Status status, Document document, String location, String reader, String step, String errorClass,
               String message) {

    enum Status { WRITTEN, FAILED, SKIPPED }

    static Outcome ok(Document d, String reader) {
        return new Outcome(Status.WRITTEN, d, d.source(), reader, null, null, null);
    }

    static Outcome failed(Document d, String location, String reader, String step, Throwable error) {
        String msg = error.getMessage() == null ? error.toString() : error.getMessage();
        return new Outcome(Status.FAILED, d, location, reader, step, error.getClass().getName(), msg);
    }

    static Outcome failed(Document d, String location, String reader, String step, String errorClass, String message) {
        return new Outcome(Status.FAILED, d, location, reader, step, errorClass, message);
    }

    static Outcome skipped(Document d, String location, String reader, String step, String message) {
        return new Outcome(Status.SKIPPED, d, location, reader, step, null, message);
    }

    static Outcome skipped(Document d, String location, String reader, String step, Throwable error) {
        return new Outcome(Status.SKIPPED, d, location, reader, step, error.getClass().getName(), error.getMessage());
    }
}
