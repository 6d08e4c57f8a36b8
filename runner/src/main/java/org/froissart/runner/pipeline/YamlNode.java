package org.froissart.runner.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so errors can name file, line and column. */
public final class YamlNode {
    public enum Kind { MAP, LIST, SCALAR }

    private final Kind kind;
    private final int line;
    private final int column;
    private final Object scalar;
    private final Map<String, YamlNode> map;
    private final Map<String, int[]> keyPositions;
    private final List<YamlNode> list;

    private YamlNode(Kind kind, int line, int column, Object scalar) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.scalar = scalar;
        this.map = kind == Kind.MAP ? new LinkedHashMap<>() : null;
        this.keyPositions = kind == Kind.MAP ? new LinkedHashMap<>() : null;
        this.list = kind == Kind.LIST ? new ArrayList<>() : null;
    }

    static YamlNode map(int line, int column) {
        return new YamlNode(Kind.MAP, line, column, null);
    }

    static YamlNode list(int line, int column) {
        return new YamlNode(Kind.LIST, line, column, null);
    }

    static YamlNode scalar(Object value, int line, int column) {
        return new YamlNode(Kind.SCALAR, line, column, value);
    }

    void put(String key, int keyLine, int keyColumn, YamlNode value) {
        map.put(key, value);
        keyPositions.put(key, new int[] {keyLine, keyColumn});
    }

    void add(YamlNode value) {
        list.add(value);
    }

    public Kind kind() { return kind; }
    public int line() { return line; }
    public int column() { return column; }
    public Object scalar() { return scalar; }
    public Map<String, YamlNode> entries() { return map; }
    public List<YamlNode> items() { return list; }

    public YamlNode get(String key) {
        return map == null ? null : map.get(key);
    }

    /** Line and column of a key of this map, or of the map itself. */
    public int[] keyPosition(String key) {
        int[] p = keyPositions == null ? null : keyPositions.get(key);
        return p != null ? p : new int[] {line, column};
    }

    /** Plain Java value: Map, List, String, Number, Boolean or null. */
    public Object toPlain() {
        switch (kind) {
            case MAP: {
                Map<String, Object> m = new LinkedHashMap<>();
                map.forEach((k, v) -> m.put(k, v.toPlain()));
                return m;
            }
            case LIST: {
                List<Object> l = new ArrayList<>();
                list.forEach(v -> l.add(v.toPlain()));
                return l;
            }
            default:
                return scalar;
        }
    }

    public String describeKind() {
        switch (kind) {
            case MAP: return "a mapping";
            case LIST: return "a list";
            default: return scalar == null ? "nothing" : "'" + scalar + "'";
        }
    }
}
