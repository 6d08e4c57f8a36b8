package org.froissart.extractors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the significant lines of a PETRARCH/TABARI dictionary: {@code #} comments are cut,
 * blank lines and XML-style {@code <!-- ... -->} blocks (possibly spanning lines) are skipped.
 * Leading whitespace is kept because actor date restrictions are recognised by it.
 */
final class DictionaryLines implements Iterable<DictionaryLines.Line> {

    /** One significant line: its 1-based number and its text without comment or trailing blanks. */
    record Line(int number, String text) {
        DictionaryFormatException error(String source, String message) {
            return new DictionaryFormatException(source, number, message + " in '" + text.strip() + "'");
        }
    }

    private final BufferedReader reader;

    /** First '#' outside brackets: TABARI codes such as [###] contain hashes. */
    static int commentStart(String text) {
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                inCode = true;
            } else if (c == ']') {
                inCode = false;
            } else if (c == '#' && !inCode) {
                return i;
            }
        }
        return -1;
    }

    DictionaryLines(Reader reader) {
        this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    @Override
    public Iterator<Line> iterator() {
        return new Iterator<>() {
            private int number;
            private boolean inXmlComment;
            private Line next = advance();

            private Line advance() {
                try {
                    String raw;
                    while ((raw = reader.readLine()) != null) {
                        number++;
                        String text = raw;
                        if (inXmlComment) {
                            int end = text.indexOf("-->");
                            if (end < 0) {
                                continue;
                            }
                            inXmlComment = false;
                            text = text.substring(end + 3);
                        }
                        String trimmed = text.strip();
                        // "<! -- NEW ACTORS ... -->" occurs too, so any line opening with "<!" is a comment
                        if (trimmed.startsWith("<!")) {
                            inXmlComment = !trimmed.contains("-->") || trimmed.endsWith("<!--");
                            continue;
                        }
                        int hash = commentStart(text);
                        if (hash >= 0) {
                            text = text.substring(0, hash);
                        }
                        text = text.stripTrailing();
                        if (!text.isBlank()) {
                            return new Line(number, text);
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Line next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Line current = next;
                next = advance();
                return current;
            }
        };
    }
}
