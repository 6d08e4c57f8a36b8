package org.froissart.extractors.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader for gold NER files: JSON lines {@code {id, lang, text, entities:[{type, start, end}]}}
 * with offsets in code points (converted here to Java String indices). Contains a minimal JSON
 * parser so that the main scope needs no JSON library.
 */
public final class NerGold {
    /** One gold document. */
    public record Doc(String id, String lang, String text, List<NerScorer.Mention> entities) {}

    private NerGold() {}

    public static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    docs.add(parseDoc(line));
                }
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Doc parseDoc(String line) {
        Map<String, Object> o = (Map<String, Object>) new Parser(line).value();
        String text = (String) o.get("text");
        List<NerScorer.Mention> ms = new ArrayList<>();
        Object ents = o.get("entities");
        boolean astral = text.codePointCount(0, text.length()) != text.length();
        if (ents instanceof List<?> list) {
            for (Object e : list) {
                Map<String, Object> m = (Map<String, Object>) e;
                int s = ((Number) m.get("start")).intValue();
                int en = ((Number) m.get("end")).intValue();
                if (astral) {
                    s = text.offsetByCodePoints(0, s);
                    en = text.offsetByCodePoints(0, en);
                }
                ms.add(new NerScorer.Mention(s, en, (String) m.get("type")));
            }
        }
        return new Doc((String) o.get("id"), (String) o.get("lang"), text, ms);
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int st = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String num = s.substring(st, i);
                    if (num.indexOf('.') >= 0 || num.indexOf('e') >= 0 || num.indexOf('E') >= 0) {
                        return Double.parseDouble(num);
                    }
                    return Long.parseLong(num);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("JSON: expected '" + c + "' at " + i);
            }
            i++;
        }
    }
}
