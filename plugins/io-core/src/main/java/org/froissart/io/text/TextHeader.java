package org.froissart.io.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the optional header of a plain-text article: a publication date line, a section line and a
 * title, as news sites export them. Month names are data, in English and French.
 */
final class TextHeader {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("avr", 4),
            Map.entry("juil", 7), Map.entry("déc", 12));

    private TextHeader() {
    }

    /**
     * Parses a line that is only a date: "23 November 2024", "samedi 23 novembre 2024",
     * "November 23, 2024", "2024-11-23", "23/11/2024", "1er janvier 2024". Null when it is not.
     */
    static LocalDate parseDateLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        String[] parts = s.toLowerCase(Locale.ROOT).replace(",", " ").replace(".", " ").trim().split("\\s+");
        try {
            if (parts.length == 1) {
                return numericDate(parts[0]);
            }
            int first = 0;
            if (parts.length == 4 && !isNumber(parts[0])) {
                first = 1; // weekday
            }
            if (parts.length - first != 3) {
                return null;
            }
            String a = parts[first];
            String b = parts[first + 1];
            String c = parts[first + 2];
            if (a.endsWith("er") && isNumber(a.substring(0, a.length() - 2))) { // "1er", not "november"
                a = a.substring(0, a.length() - 2);
            }
            if (isNumber(a) && MONTHS.containsKey(b) && isNumber(c)) {
                return LocalDate.of(Integer.parseInt(c), MONTHS.get(b), Integer.parseInt(a));
            }
            if (MONTHS.containsKey(a) && isNumber(b) && isNumber(c)) {
                return LocalDate.of(Integer.parseInt(c), MONTHS.get(a), Integer.parseInt(b));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalDate numericDate(String s) {
        String[] p;
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            p = s.split("-");
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }
        if (s.length() == 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
            p = s.split("/");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        return null;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A line that reads as a heading: short, and not ending like a sentence. */
    static boolean headingLike(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 160) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',';
    }

    static boolean titleLike(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 300 && !s.endsWith(".") || (s.endsWith("?") || s.endsWith("!")) && s.length() <= 300;
    }
}
