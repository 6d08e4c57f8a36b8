package org.froissart.extractors.petrarch;

/** Malformed dictionary input; the message always starts with {@code file:line}. */
public final class DictionaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }
}
