package org.froissart.extractors.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads PETRARCH validation records ({@code PETR.UnitTest.records.xml}) with StAX. */
final class ValidationRecords {
    private ValidationRecords() {
    }

    /** The records and the dictionary file names given in {@code <Environment>}. */
    record Suite(List<ValidationRecord> records, List<String> dictionaryFiles) {
    }

    private static final java.util.Set<String> DICTIONARY_ELEMENTS =
            java.util.Set.of("Verbfile", "Actorfile", "Agentfile", "Discardfile");

    static Suite read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return read(xml, file);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Suite read(XMLStreamReader xml, Path file) throws XMLStreamException {
        List<ValidationRecord> records = new ArrayList<>();
        List<String> dictionaries = new ArrayList<>();
        boolean requireDyad = true;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "Config" -> {
                    if ("require_dyad".equals(xml.getAttributeValue(null, "option"))) {
                        requireDyad = Boolean.parseBoolean(xml.getAttributeValue(null, "value").strip());
                    }
                }
                case "Sentence" -> records.add(sentence(xml, file, new PetrarchCoder.Options(requireDyad)));
                default -> {
                    if (DICTIONARY_ELEMENTS.contains(xml.getLocalName())) {
                        dictionaries.add(xml.getElementText().strip());
                    }
                }
            }
        }
        return new Suite(List.copyOf(records), List.copyOf(dictionaries));
    }

    private static ValidationRecord sentence(XMLStreamReader xml, Path file, PetrarchCoder.Options options)
            throws XMLStreamException {
        String id = attribute(xml, "id");
        String category = attribute(xml, "category");
        LocalDate date = date(attribute(xml, "date"), file, xml);
        List<CodedEvent> expected = new ArrayList<>();
        String text = "";
        String parse = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Sentence")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "EventCoding" -> {
                    String source = xml.getAttributeValue(null, "sourcecode");
                    if (source != null) {
                        expected.add(new CodedEvent(source.strip(), xml.getAttributeValue(null, "targetcode").strip(),
                                xml.getAttributeValue(null, "eventcode").strip()));
                    }
                }
                case "Text" -> text = xml.getElementText().strip().replaceAll("\\s+", " ");
                case "Parse" -> parse = xml.getElementText();
                default -> {
                }
            }
        }
        return new ValidationRecord(id, category == null ? "" : category, date, text, parse, List.copyOf(expected),
                options);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? null : value.strip();
    }

    private static LocalDate date(String value, Path file, XMLStreamReader xml) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE.withLocale(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new XMLStreamException(file + ": bad date '" + value + "'", xml.getLocation(), e);
        }
    }
}
