package org.froissart.output.csv;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 parser for tests: CRLF records, quoted fields, doubled quotes. */
final class Rfc4180 {
    private Rfc4180() {
    }

    static List<List<String>> parse(String s) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r') {
                        throw new IllegalArgumentException("text after closing quote at " + i);
                    }
                    continue;
                }
                field.append(c);
                i++;
                continue;
            }
            if (c == '"') {
                if (fieldStarted && field.length() > 0) {
                    throw new IllegalArgumentException("quote inside unquoted field at " + i);
                }
                quoted = true;
                fieldStarted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("bare LF outside quotes at " + i);
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (fieldStarted || !record.isEmpty()) {
            throw new IllegalArgumentException("last record does not end with CRLF");
        }
        return records;
    }
}
