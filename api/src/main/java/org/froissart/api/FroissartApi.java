package org.froissart.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The API's own version, compiled into each plugin through {@link PluginFactory#apiVersion()}. */
@Api(Api.Status.STABLE)
public final class FroissartApi {
    /** major.minor of this API. A runner accepts plugins built against the same major and an older or equal minor. */
    public static final String VERSION = "1.0";

    private FroissartApi() {
    }

    /** The full version of the api jar on the class path (e.g. 0.1.0-SNAPSHOT). */
    public static String buildVersion() {
        try (InputStream in = FroissartApi.class.getResourceAsStream("/org/froissart/api/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
