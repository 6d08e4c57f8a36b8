package org.froissart.runner.pipeline;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.froissart.api.ConfigException;
import org.froissart.api.Description;

/**
 * Binds a plugin's {@code with:} settings to its config record, strictly: an unknown key, a wrong
 * type or a value the record refuses is an error naming the place and the valid keys.
 */
public final class ConfigBinder {
    private final ObjectMapper mapper;

    public ConfigBinder() {
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // "threads: yes" must not silently become a number or a string.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }

    /**
     * @param settings the {@code with:} node, or null for all defaults
     * @param where    "pipeline.yaml" for messages
     * @param owner    "step 'entities'" for messages
     */
    public <C extends Record> C bind(Class<C> type, YamlNode settings, String where, String owner) {
        if (settings != null && settings.kind() != YamlNode.Kind.MAP && settings.scalar() != null) {
            throw new ConfigException(where + ":" + settings.line() + ":" + settings.column() + ": settings of "
                    + owner + " must be a mapping of keys to values, found " + settings.describeKind());
        }
        Object plain = settings == null || settings.kind() != YamlNode.Kind.MAP ? Map.of() : settings.toPlain();
        try {
            return mapper.convertValue(plain, type);
        } catch (IllegalArgumentException e) {
            throw translate(e, type, settings, where, owner);
        }
    }

    private ConfigException translate(IllegalArgumentException e, Class<?> type, YamlNode settings, String where, String owner) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String valid = keys(type).isEmpty() ? "it takes no settings" : "valid keys: " + String.join(", ", keys(type));
        if (cause instanceof UnrecognizedPropertyException u) {
            String key = u.getPropertyName();
            return new ConfigException(position(settings, key, where) + ": unknown key '" + key + "' for " + owner
                    + Suggestions.didYouMean(key, keys(type)) + "; " + valid);
        }
        if (cause instanceof ValueInstantiationException v) {
            Throwable root = v.getCause() != null ? v.getCause() : v;
            return new ConfigException(position(settings, null, where) + ": invalid settings for " + owner + ": "
                    + root.getMessage());
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String key = m.getPath().get(0).getFieldName();
            String expected = key == null ? "" : typeOf(type, key);
            return new ConfigException(position(settings, key, where) + ": wrong value for key '" + key + "' of " + owner
                    + (expected.isEmpty() ? "" : ": expected " + expected) + " (" + firstLine(m.getOriginalMessage()) + ")");
        }
        return new ConfigException(position(settings, null, where) + ": invalid settings for " + owner + ": "
                + firstLine(cause.getMessage()) + "; " + valid);
    }

    private static String position(YamlNode settings, String key, String where) {
        if (settings == null) {
            return where;
        }
        int[] p = key != null ? settings.keyPosition(key) : new int[] {settings.line(), settings.column()};
        return where + ":" + p[0] + ":" + p[1];
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public static List<String> keys(Class<?> type) {
        RecordComponent[] rc = type.getRecordComponents();
        return rc == null ? List.of() : Arrays.stream(rc).map(RecordComponent::getName).collect(Collectors.toList());
    }

    private static String typeOf(Class<?> type, String key) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(key)) {
                return friendlyType(c.getType());
            }
        }
        return "";
    }

    public static String friendlyType(Class<?> t) {
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "an integer";
        }
        if (t == Double.class || t == double.class || t == Float.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(t)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(t)) {
            return "a mapping";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.toString(t.getEnumConstants());
        }
        return t.getSimpleName();
    }

    /** One config key as {@code describe} shows it. */
    public record KeyInfo(String name, String type, Object defaultValue, String description) {
    }

    /** Keys with their defaults, read by binding an empty mapping (the record fills in defaults). */
    public List<KeyInfo> describe(Class<? extends Record> type) {
        Record defaults;
        try {
            defaults = mapper.convertValue(Map.of(), type);
        } catch (IllegalArgumentException e) {
            defaults = null; // a required key: no defaults to show
        }
        List<KeyInfo> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Object value = null;
            if (defaults != null) {
                try {
                    value = c.getAccessor().invoke(defaults);
                } catch (ReflectiveOperationException e) {
                    value = null;
                }
            }
            Description d = c.getAnnotation(Description.class);
            out.add(new KeyInfo(c.getName(), friendlyType(c.getType()), value, d == null ? "" : d.value()));
        }
        return out;
    }
}
