package org.froissart.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.froissart.api.PluginFactory;

/** Checks every kind of factory shares: its name, its registration, its config and its constructor. */
final class ContractSupport {
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private ContractSupport() {
    }

    static void checkName(PluginFactory<?> factory) {
        Class<?> type = factory.getClass();
        Field f;
        try {
            f = type.getField("NAME");
        } catch (NoSuchFieldException e) {
            throw new AssertionError(type.getName() + " must declare 'public static final String NAME = \"...\";'", e);
        }
        int m = f.getModifiers();
        assertTrue(Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class,
                type.getName() + ".NAME must be public static final String");
        String declared = PluginFactory.declaredName(type);
        assertEquals(declared, factory.name(), type.getName() + ".name() differs from its NAME field");
        assertTrue(declared != null && NAME.matcher(declared).matches(),
                type.getName() + ".NAME '" + declared + "' must be lower case words joined by '-' (e.g. 'my-extractor')");
    }

    @SuppressWarnings("rawtypes")
    static void checkRegistered(PluginFactory<?> factory, Class<? extends PluginFactory> service) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        List<Class<?>> registered = ServiceLoader.load(service, cl).stream()
                .map(ServiceLoader.Provider::type).collect(Collectors.toList());
        assertTrue(registered.contains(factory.getClass()), factory.getClass().getName()
                + " is not listed in META-INF/services/" + service.getName() + " (found " + registered + ")");
    }

    static void checkConfig(PluginFactory<?> factory, Record config) {
        Class<?> type = factory.configType();
        assertNotNull(type, "configType()");
        assertTrue(type.isRecord(), type.getName() + " must be a record");
        assertNotNull(Configs.defaults(factory.configType()), "all-default config");
        assertNotNull(config, "config()");
        assertTrue(type.isInstance(config), "config() is a " + config.getClass().getName() + ", not a " + type.getName());
    }

    static void checkCheapConstructor(PluginFactory<?> factory) throws ReflectiveOperationException {
        Constructor<?> c = factory.getClass().getConstructor();
        assertTrue(Modifier.isPublic(c.getModifiers()) && Modifier.isPublic(factory.getClass().getModifiers()),
                "ServiceLoader needs a public class with a public no-argument constructor");
        long t0 = System.nanoTime();
        Object a = c.newInstance();
        Object b = c.newInstance();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotSame(a, b);
        assertTrue(ms < 2000, "constructing " + factory.getClass().getName() + " twice took " + ms
                + " ms: constructors must be cheap, expensive work belongs in create()");
    }

    static void checkDeclarations(PluginFactory<?> factory) {
        assertNotNull(factory.description(), "description()");
        assertNotNull(factory.languages(), "languages()");
        for (String l : factory.languages()) {
            assertTrue(l.matches("[a-z]{2,3}"), "language '" + l + "' is not an ISO 639 code");
        }
    }
}
