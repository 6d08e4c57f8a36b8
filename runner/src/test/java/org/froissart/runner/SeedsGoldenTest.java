package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' golden facts (seeds/golden/ID.facts, reviewed by hand): every fact must be found by
 * the bundled pipeline. Facts the pipeline is known to miss are listed as "known-failure" lines,
 * so gaps are explicit and cannot silently grow; when one starts passing, this test says so.
 */
class SeedsGoldenTest {
    private static Map<String, JsonNode> documents;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", "--quiet", "-o", out.toString(), CliRun.copySeeds(dir).toString());
        assertEquals(0, r.exit(), r.toString());
        documents = new HashMap<>();
        for (JsonNode d : CliRun.jsonLines(out.resolve("documents.jsonl"))) {
            documents.put(d.get("id").asText(), d);
        }
    }

    @Test
    void everyGoldenFactIsFound() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        int facts = 0;
        try (Stream<Path> files = Files.list(CliRun.seeds().resolve("golden"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".facts")).sorted()::iterator) {
                String id = f.getFileName().toString().replace(".facts", "");
                JsonNode doc = documents.get(id);
                assertTrue(doc != null, "no output for golden file " + f);
                int line = 0;
                for (String raw : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    line++;
                    if (raw.isBlank() || raw.startsWith("#")) {
                        continue;
                    }
                    boolean known = raw.startsWith("known-failure\t");
                    String fact = known ? raw.substring("known-failure\t".length()) : raw;
                    boolean found = Facts.holds(doc, fact.split("\t", -1));
                    facts++;
                    if (!found && !known) {
                        missing.add(f.getFileName() + ":" + line + ": " + fact);
                    } else if (found && known) {
                        nowPassing.add(f.getFileName() + ":" + line + ": " + fact);
                    }
                }
            }
        }
        if (!nowPassing.isEmpty()) {
            System.out.println("Known failures that now pass (promote them to facts):\n  " + String.join("\n  ", nowPassing));
        }
        assertTrue(facts > 40, "golden files hold too few facts: " + facts);
        assertTrue(missing.isEmpty(), "golden facts not found:\n  " + String.join("\n  ", missing));
    }

    /** Reads one fact line against a document. */
    static final class Facts {
        private Facts() {
        }

        static boolean holds(JsonNode d, String[] f) {
            switch (f[0]) {
                case "title":
                case "published":
                case "section":
                    return f[1].equals(d.path(f[0]).asText(null));
                case "dateline":
                    return String.join("/", texts(d.path("dateline"))).equals(f[1]);
                case "boilerplate":
                    return spans(d, "boilerplate").stream().anyMatch(s -> s.startsWith(f[1]));
                case "entity":
                    return entity(d, f[1], f[2]) != null && matches(entity(d, f[1], f[2]), f);
                case "mention":
                    JsonNode e = entityNamed(d, f[1]);
                    return e != null && texts(e.path("mentions"), "text").contains(f[2]);
                case "quote":
                    return quote(d, f[1], f[2]);
                case "event":
                    return event(d, f[1], f[2], f[3]);
                case "no-event-in":
                    return noEventIn(d, f[1]);
                case "date":
                    return pair(d.path("dates"), f[1], f[2]);
                case "amount":
                    return pair(d.path("amounts"), f[1], f[2]);
                default:
                    throw new IllegalArgumentException("unknown fact kind '" + f[0] + "'");
            }
        }

        private static JsonNode entity(JsonNode d, String type, String name) {
            for (JsonNode e : d.path("entities")) {
                if (e.path("type").asText().equals(type) && e.path("name").asText().equals(name)) {
                    return e;
                }
            }
            return null;
        }

        private static JsonNode entityNamed(JsonNode d, String name) {
            for (JsonNode e : d.path("entities")) {
                if (e.path("name").asText().equals(name)) {
                    return e;
                }
            }
            return null;
        }

        /** entity TYPE NAME COUNTRY CODE: "-" stands for null. */
        private static boolean matches(JsonNode e, String[] f) {
            return value(f[3]).equals(e.path("country").asText("-")) && value(f[4]).equals(e.path("code").asText("-"));
        }

        private static String value(String s) {
            return s.isEmpty() ? "-" : s;
        }

        /** quote SPEAKER-NAME TEXT-START: SPEAKER-NAME "-" means no speaker entity. */
        private static boolean quote(JsonNode d, String speaker, String start) {
            for (JsonNode q : d.path("quotes")) {
                if (!q.path("text").asText().startsWith(start)) {
                    continue;
                }
                String id = q.path("speaker").asText(null);
                String name = "-";
                for (JsonNode e : d.path("entities")) {
                    if (e.path("id").asText().equals(id)) {
                        name = e.path("name").asText();
                    }
                }
                if (name.equals(speaker)) {
                    return true;
                }
            }
            return false;
        }

        /** event CAMEO SOURCE-CODE TARGET-CODE: CAMEO may be a root ("19") that the code starts with. */
        private static boolean event(JsonNode d, String cameo, String source, String target) {
            for (JsonNode e : d.path("events")) {
                if (e.path("cameo").asText().startsWith(cameo)
                        && value(source).equals(e.path("source").path("code").asText("-"))
                        && value(target).equals(e.path("target").path("code").asText("-"))) {
                    return true;
                }
            }
            return false;
        }

        /** no-event-in TEXT: no event trigger inside the first occurrence of TEXT. */
        private static boolean noEventIn(JsonNode d, String passage) {
            String text = d.path("text").asText();
            int s = text.indexOf(passage);
            if (s < 0) {
                return false;
            }
            int e = s + passage.length();
            for (JsonNode ev : d.path("events")) {
                int t = ev.path("trigger").path("start").asInt();
                if (t >= s && t < e) {
                    return false;
                }
            }
            return true;
        }

        private static boolean pair(JsonNode list, String text, String value) {
            for (JsonNode x : list) {
                if (x.path("text").asText().equals(text) && x.path("value").asText("null").equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> spans(JsonNode d, String field) {
            String text = d.path("text").asText();
            List<String> out = new ArrayList<>();
            for (JsonNode s : d.path(field)) {
                out.add(text.substring(s.path("start").asInt(), s.path("end").asInt()));
            }
            return out;
        }

        private static List<String> texts(JsonNode array) {
            List<String> out = new ArrayList<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }

        private static List<String> texts(JsonNode array, String field) {
            List<String> out = new ArrayList<>();
            array.forEach(n -> out.add(n.path(field).asText()));
            return out;
        }
    }
}
