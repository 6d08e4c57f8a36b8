package org.froissart.runner.plugins;

/**
 * The parent of every plugin jar's class loader: it shows a plugin the JDK and the API packages,
 * nothing of the runner or of other plugins, so plugins cannot break each other through their
 * dependencies.
 */
final class ApiOnlyClassLoader extends ClassLoader {
    private static final String API_PACKAGE = "org.froissart.api.";
    private final ClassLoader host;

    ApiOnlyClassLoader(ClassLoader host) {
        super("froissart-api-only", ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(API_PACKAGE)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
