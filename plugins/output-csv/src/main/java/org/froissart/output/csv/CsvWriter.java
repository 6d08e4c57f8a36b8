package org.froissart.output.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.froissart.output.table.Cells;

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted with '"' when it holds a
 * comma, a quote, CR or LF, quotes doubled inside quoted fields. UTF-8 without byte order mark.
 */
public final class CsvWriter implements Closeable {
    private final Writer out;

    public CsvWriter(Path file) throws IOException {
        this(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
    }

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record; cells are converted with {@link Cells#text}. */
    public void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(Cells.text(cells[i]));
        }
        out.write("\r\n");
    }

    public void row(List<?> cells) throws IOException {
        row(cells.toArray());
    }

    private void field(String s) throws IOException {
        if (!needsQuotes(s)) {
            out.write(s);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', from)) {
            out.write(s, from, i + 1 - from);
            out.write('"');
            from = i + 1;
        }
        out.write(s, from, s.length() - from);
        out.write('"');
    }

    static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
