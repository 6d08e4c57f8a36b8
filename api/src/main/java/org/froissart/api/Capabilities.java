package org.froissart.api;

/**
 * Names of what extractors produce and require, so a pipeline can be checked before it runs.
 * Plugins may use names of their own too.
 */
@Api(Api.Status.STABLE)
public final class Capabilities {
    public static final String LANGUAGE = "language";
    public static final String METADATA = "metadata";
    public static final String BOILERPLATE = "boilerplate";
    public static final String SENTENCES = "sentences";
    public static final String TOKENS = "tokens";
    public static final String POS = "pos";
    public static final String ENTITIES = "entities";
    public static final String QUOTES = "quotes";
    public static final String DATES = "dates";
    public static final String AMOUNTS = "amounts";
    public static final String EVENTS = "events";

    private Capabilities() {
    }
}
