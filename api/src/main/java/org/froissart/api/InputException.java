package org.froissart.api;

/** One input (a file, a line) cannot be read. The run reports it and goes on. */
@Api(Api.Status.STABLE)
public class InputException extends FroissartException {
    private static final long serialVersionUID = 1L;
    private final String location;

    /** @param location the file and position ("news.jsonl:12", "a.txt") */
    public InputException(String location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public InputException(String location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
