package org.froissart.api;

/** Base of the exceptions Froissart reports to users. Messages say what is wrong and how to fix it. */
@Api(Api.Status.STABLE)
public class FroissartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FroissartException(String message) {
        super(message);
    }

    public FroissartException(String message, Throwable cause) {
        super(message, cause);
    }
}
