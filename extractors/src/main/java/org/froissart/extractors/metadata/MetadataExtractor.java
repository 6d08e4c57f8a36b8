package org.froissart.extractors.metadata;

import java.util.ArrayList;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Extractor;

/**
 * Finds the dateline that opens a wire story's body: one to four capitalised place names joined by
 * '/' or ',' and closed by '.', '-', '—' or an agency in brackets. Scans only the first characters
 * of each of the first paragraphs, by hand, so it costs nothing per document.
 */
final class MetadataExtractor implements Extractor {
    private static final int MAX_DATELINE = 60;
    private final boolean titleFromFirstLine;

    MetadataExtractor(boolean titleFromFirstLine) {
        this.titleFromFirstLine = titleFromFirstLine;
    }

    @Override
    public void process(Document d) {
        String text = d.text();
        if (d.title() == null && titleFromFirstLine) {
            String first = firstLine(text);
            if (first != null && first.length() <= 300 && !first.endsWith(".")) {
                d.setTitle(first);
            }
        }
        if (!d.dateline().isEmpty()) {
            return;
        }
        int pos = 0;
        for (int k = 0; k < 8 && pos < text.length(); k++) {
            int start = skipSpace(text, pos);
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            pos = end + 1;
            String line = text.substring(start, end).strip();
            if (line.isEmpty() || line.equals(d.title()) || line.equals(d.section())) {
                continue;
            }
            List<String> places = dateline(line);
            if (!places.isEmpty()) {
                d.setDateline(places);
                return;
            }
            if (line.length() >= 80 || line.endsWith(".")) {
                return; // the first body paragraph has no dateline
            }
        }
    }

    private static String firstLine(String text) {
        int s = skipSpace(text, 0);
        if (s >= text.length()) {
            return null;
        }
        int e = text.indexOf('\n', s);
        return text.substring(s, e < 0 ? text.length() : e).strip();
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The places of a dateline at the start of the line, or an empty list. */
    static List<String> dateline(String line) {
        List<String> places = new ArrayList<>();
        int n = Math.min(line.length(), MAX_DATELINE);
        int i = 0;
        int words = 0;
        StringBuilder place = new StringBuilder();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (place.length() == 0 && !Character.isUpperCase(c)) {
                    return List.of();
                }
                int w = i;
                while (i < n && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '-' || line.charAt(i) == '\'')) {
                    i++;
                }
                if (i - w < 2) {
                    return List.of(); // "M." is an abbreviation, not a place
                }
                if (place.length() > 0) {
                    place.append(' ');
                }
                place.append(line, w, i);
                if (++words > 4) {
                    return List.of();
                }
            } else if (c == ' ') {
                i++;
                if (i < n && !Character.isUpperCase(line.charAt(i)) && line.charAt(i) != '(' && line.charAt(i) != '-'
                        && line.charAt(i) != '\u2014' && line.charAt(i) != '\u2013') {
                    return List.of(); // a lower-case word: this is a sentence
                }
            } else if (c == '/' || c == ',') {
                if (place.length() == 0) {
                    return List.of();
                }
                places.add(place.toString());
                place.setLength(0);
                i++;
                if (c == ',' && i < n && line.charAt(i) == ' ') {
                    i++;
                }
            } else if (c == '.' || c == '-' || c == '\u2014' || c == '\u2013' || c == '(') {
                if (place.length() == 0) {
                    return List.of();
                }
                if (c == '.' && (i + 2 > line.length() || line.charAt(i + 1) != ' ')) {
                    return List.of();
                }
                if (c == '(' && !agency(line, i)) {
                    return List.of();
                }
                places.add(place.toString());
                return places;
            } else {
                return List.of();
            }
        }
        return List.of();
    }

    private static boolean agency(String line, int open) {
        int close = line.indexOf(')', open);
        if (close < 0 || close - open > 12) {
            return false;
        }
        String a = line.substring(open + 1, close);
        return a.equals("AFP") || a.equals("Reuters") || a.equals("AP") || a.equals("dpa") || a.equals("ANSA")
                || a.equals("EFE") || a.equals("Belga") || a.equals("ATS");
    }
}
