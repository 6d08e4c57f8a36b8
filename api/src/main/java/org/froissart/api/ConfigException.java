package org.froissart.api;

/** A pipeline or plugin configuration is wrong. The CLI exits with code 2. */
@Api(Api.Status.STABLE)
public class ConfigException extends FroissartException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
