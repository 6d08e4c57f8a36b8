package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CommandsTest {
    static final List<String> BUNDLED = List.of("jsonl reader", "text reader", "boilerplate extractor", "language extractor",
            "metadata extractor", "tokens extractor", "jsonl output");

    @Test
    void pluginsListsEveryBundledPlugin() {
        CliRun r = CliRun.of("plugins");
        assertEquals(Main.OK, r.exit(), r::toString);
        List<String> rows = Arrays.stream(r.out().split("\n")).skip(1)
                .map(l -> String.join(" ", Arrays.asList(l.trim().split("\\s+")).subList(0, 2))).collect(Collectors.toList());
        assertTrue(rows.containsAll(BUNDLED), rows.toString());
        assertTrue(r.out().startsWith("NAME "), r.out());
        assertTrue(r.out().contains("io.text"), r.out());
    }

    @Test
    void describeJsonlShowsReaderAndOutputKeysAndDefaults() {
        CliRun r = CliRun.of("describe", "jsonl");
        assertEquals(Main.OK, r.exit(), r::toString);
        String o = r.out();
        assertTrue(o.startsWith("jsonl (reader, io.jsonl)\n"), o);
        assertTrue(o.contains("\njsonl (output, io.jsonl)\n"), o);
        assertTrue(o.contains("  file extensions: .jsonl, .jsonl.gz, .ndjson, .ndjson.gz\n"), o);
        assertTrue(o.matches("(?s).*\n    text +a string +default text +Field holding the article text\n.*"), o);
        assertTrue(o.matches("(?s).*\n    maxLineChars +an integer +default 20000000 .*"), o);
        assertTrue(o.matches("(?s).*\n    path +a string +default documents.jsonl File to write.*"), o);
        assertTrue(o.contains("    outputs:\n      - type: jsonl\n        with:\n          path: \"documents.jsonl\"\n"), o);
    }

    @Test
    void describeTextShowsKeysAndDefaults() {
        CliRun r = CliRun.of("describe", "text");
        assertEquals(Main.OK, r.exit(), r::toString);
        String o = r.out();
        assertTrue(o.startsWith("text (reader, io.text)\n"), o);
        assertTrue(o.matches("(?s).*\n    maxBytes +an integer +default 20000000 .*"), o);
        assertTrue(o.matches("(?s).*\n    latin1Fallback +true or false +default true .*"), o);
        assertTrue(o.contains("    source:\n      type: text\n      with:\n        maxBytes: 20000000\n        latin1Fallback: true\n"), o);
    }

    @Test
    void describeUnknownPlugin() {
        CliRun r = CliRun.of("describe", "tokenz");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("froissart: error: no plugin named 'tokenz' (did you mean 'tokens'?); 'froissart plugins' lists them", r.err().strip());
    }

    @Test
    void unknownCommand() {
        CliRun r = CliRun.of("rnu", "seeds");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("froissart: error: unknown command 'rnu' (did you mean 'run'?); commands: run, validate, plugins, describe, eval, bench, init-plugin, version, help",
                r.err().strip());
    }

    @Test
    void unknownOption() {
        CliRun r = CliRun.of("run", "--thread", "2", "seeds");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("froissart: error: unknown option '--thread' for 'run' (did you mean '--threads'?); "
                + "valid options: --output, --pipeline, --quiet, --resume, --threads, -o, -p, -q, -t", r.err().strip());
    }

    @Test
    void badOptionValues() {
        assertEquals("froissart: error: --threads must be between 1 and 256, not 0",
                CliRun.of("run", "--threads", "0", "x").err().strip());
        assertEquals("froissart: error: --threads takes a whole number, not 'many'",
                CliRun.of("run", "--threads", "many", "x").err().strip());
        CliRun none = CliRun.of();
        assertEquals(Main.USAGE, none.exit());
        assertTrue(none.out().startsWith("usage: froissart"), none.out());
    }
}
