package org.froissart.api;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * What every factory has. A factory is registered in {@code META-INF/services} under the interface
 * of its kind ({@link SourceReaderFactory}, {@link ExtractorFactory}, {@link OutputFactory}) and
 * declares its name in a {@code public static final String NAME} field, so the runner can list and
 * find factories by name without instantiating them. Constructors must be cheap: expensive work
 * belongs in {@code create}.
 *
 * @param <C> the config record; its components are the keys a pipeline may set under {@code with:}.
 *            Components left out of the YAML are null, and the record's compact constructor
 *            replaces them by defaults.
 */
@Api(Api.Status.STABLE)
public interface PluginFactory<C extends Record> {

    /** The name pipelines use in {@code type:}. Defaults to the class's {@code NAME} field. */
    default String name() {
        return declaredName(getClass());
    }

    /** The config record type. */
    Class<C> configType();

    /** One sentence for {@code froissart describe}; defaults to the class's {@link Description}. */
    default String description() {
        Description d = getClass().getAnnotation(Description.class);
        return d == null ? "" : d.value();
    }

    /** ISO 639-1 codes this plugin handles; empty means every language. */
    default Set<String> languages() {
        return Set.of();
    }

    /**
     * The value of a factory class's {@code public static final String NAME}.
     *
     * @throws IllegalArgumentException when the class has no such field
     */
    static String declaredName(Class<?> factoryClass) {
        try {
            Field f = factoryClass.getField("NAME");
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) || f.getType() != String.class) {
                throw new NoSuchFieldException("NAME");
            }
            return (String) f.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException(factoryClass.getName()
                    + " must declare 'public static final String NAME = \"...\";' with the name pipelines use", e);
        }
    }
}
