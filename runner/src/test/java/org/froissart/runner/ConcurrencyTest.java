package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input and pipeline give byte-identical outputs whatever the number of threads. */
class ConcurrencyTest {
    @TempDir
    Path tmp;

    static final String[] PEOPLE = {"Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Ursula von der Leyen", "Volodymyr Zelensky",
            "Vladimir Poutine", "Antonio Guterres"};
    static final String[] PLACES = {"Paris", "Berlin", "Washington", "Kyiv", "Moscou", "Bruxelles", "Genève"};

    /** Made-up news articles, French and English, of varied lengths (so workers finish out of order). */
    static Path articles(Path file, int count, long seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String a = PEOPLE[r.nextInt(PEOPLE.length)];
            String b = PEOPLE[r.nextInt(PEOPLE.length)];
            String place = PLACES[r.nextInt(PLACES.length)];
            String text = i % 2 == 0
                    ? a + " a rencontré " + b + " à " + place + " le " + (1 + r.nextInt(28)) + " mars 2024. « Nous soutenons "
                    + "l'Ukraine », a déclaré " + a + ". Le gouvernement a annoncé une aide de " + r.nextInt(900) + " millions d'euros. "
                    : a + " met " + b + " in " + place + " on March " + (1 + r.nextInt(28)) + ", 2024. \"We condemn the attack,\" "
                    + b + " said. The government announced " + r.nextInt(900) + " million dollars in aid. ";
            text = text.repeat(1 + r.nextInt(6));
            sb.append(CliRun.JSON.writeValueAsString(Map.of("id", String.format("a%05d", i), "text", text,
                    "published", "2024-03-" + String.format("%02d", 1 + r.nextInt(28))))).append('\n');
        }
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void outputDoesNotDependOnTheNumberOfThreads() throws IOException {
        Path input = articles(tmp.resolve("articles.jsonl"), 1500, 42);
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        CliRun r1 = CliRun.of("run", "--quiet", "--threads", "1", "-o", one.toString(), input.toString());
        CliRun r3 = CliRun.of("run", "--quiet", "--threads", "3", "-o", three.toString(), input.toString());
        assertEquals(Main.OK, r1.exit(), r1::toString);
        assertEquals(Main.OK, r3.exit(), r3::toString);
        assertArrayEquals(Files.readAllBytes(one.resolve("documents.jsonl")), Files.readAllBytes(three.resolve("documents.jsonl")),
                "documents.jsonl must be byte-identical with 1 and 3 threads");
        assertArrayEquals(Files.readAllBytes(one.resolve("failures.jsonl")), Files.readAllBytes(three.resolve("failures.jsonl")));
        JsonNode a = CliRun.JSON.readTree(one.resolve("report.json").toFile());
        JsonNode b = CliRun.JSON.readTree(three.resolve("report.json").toFile());
        assertEquals(1500, a.get("documents").get("written").asLong());
        assertEquals(a.get("documents"), b.get("documents"));
        assertEquals(a.get("readers"), b.get("readers"));
    }
}
