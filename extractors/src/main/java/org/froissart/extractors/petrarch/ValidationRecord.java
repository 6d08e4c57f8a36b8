package org.froissart.extractors.petrarch;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code <Sentence>} of a PETRARCH validation file with the expected codings and the coder
 * options in force ({@code <Config>} elements before it change them for the rest of the file).
 */
record ValidationRecord(String id, String category, LocalDate date, String text, String parse,
        List<CodedEvent> expected, PetrarchCoder.Options options) {
}
