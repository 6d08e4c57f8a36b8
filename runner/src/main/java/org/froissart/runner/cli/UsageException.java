package org.froissart.runner.cli;

import org.froissart.api.ConfigException;

/** The command line is wrong; exit code 2. */
public final class UsageException extends ConfigException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
