package org.froissart.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Builds config records the way the runner does when a pipeline gives no {@code with:} settings. */
public final class Configs {
    private Configs() {
    }

    /**
     * The record built with every component null (zero for primitives): the compact constructor fills
     * in the defaults, exactly as when a pipeline leaves every key out.
     *
     * @throws AssertionError when the type is not a record or its constructor refuses the defaults
     */
    public static <C extends Record> C defaults(Class<C> type) {
        if (!type.isRecord()) {
            throw new AssertionError(type.getName() + " is not a record: configs must be records");
        }
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        Object[] args = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            args[i] = zero(types[i]);
        }
        try {
            Constructor<C> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(type.getName() + " refuses all-default construction (every key left out): "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call the canonical constructor of " + type.getName() + ": " + e, e);
        }
    }

    private static Object zero(Class<?> t) {
        if (!t.isPrimitive()) {
            return null;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == char.class) {
            return '\0';
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == double.class) {
            return 0d;
        }
        if (t == float.class) {
            return 0f;
        }
        if (t == byte.class) {
            return (byte) 0;
        }
        if (t == short.class) {
            return (short) 0;
        }
        return 0;
    }
}
