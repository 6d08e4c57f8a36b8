package org.froissart.extractors.util;

import org.froissart.api.Document;

/** The header date line a reader found ("23 November 2024" above the title), kept out of extraction. */
public final class HeaderLines {
    /** Metadata key written by the text reader: the date line's offsets as "start-end". */
    public static final String DATE_LINE = "dateLine";

    private HeaderLines() {
    }

    public static boolean inDateLine(Document d, int offset) {
        String range = d.metadata().get(DATE_LINE);
        if (range == null) {
            return false;
        }
        int dash = range.indexOf('-');
        try {
            return offset >= Integer.parseInt(range.substring(0, dash)) && offset < Integer.parseInt(range.substring(dash + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }
}
