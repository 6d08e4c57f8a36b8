package org.froissart.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.inject.Guice;
import com.google.inject.Injector;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.froissart.api.Amount;
import org.froissart.api.Capabilities;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.SafeNames;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;
import org.froissart.api.Token;
import org.froissart.runner.execution.InMemoryRunner;
import org.froissart.runner.pipeline.Pipeline;
import org.froissart.runner.pipeline.PipelineLoader;

/**
 * Fuzzing of the bundled text extractors: the whole news pipeline on made-up texts (news-like words,
 * quotes, numbers, dates, odd Unicode, markup) must neither throw nor put an offset outside the text.
 * Fixed seed, few tries: the same cases on every build.
 */
class ExtractorPropertiesTest {
    private static InMemoryRunner.Steps steps;

    @BeforeContainer
    static void start() throws Exception {
        Injector injector = Guice.createInjector(new RunnerModule(List.of()));
        Pipeline p = injector.getInstance(PipelineLoader.class).loadBundled();
        steps = injector.getInstance(InMemoryRunner.class).upTo(p, Capabilities.EVENTS,
                Files.createTempDirectory("froissart-extractor-properties"));
    }

    @AfterContainer
    static void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    @Provide
    Arbitrary<String> newsLikeTexts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Le", "la", "président", "Emmanuel", "Macron", "a", "déclaré", "mardi", "que", "l'Union",
                        "européenne", "The", "Senate", "said", "on", "Tuesday", "Joe", "Biden", "Kyiv", "Moscou", "Paris",
                        "millions", "d'euros", "$", "€", "5", "3,5", "1er", "janvier", "2024", "12", "March", "%", "M.", "Mme",
                        "Dr.", "U.S.", "ONU", "OTAN", "NATO", "(AFP)", "—", "-", "«", "»", "\"", "“", "”", "'", "’", ":",
                        ",", ".", "...", "?", "!", "\n", "\n\n", "\t", "http://x.y/z", "<b>", "&amp;", "2024-11-23", "23/11/2024",
                        "attaque", "condamné", "sanctions", "rencontré", "killed", "protest", "met", "not", "ne", "pas"),
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.strings().withChars('\ud83d', '\ude00', '\u0301', '\u200b', '\u00a0', '\u2028', '\ufeff', 'É', '\r')
                        .ofMaxLength(3));
        return word.list().ofMaxSize(120).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 100, seed = "20241123")
    void newsPipelineNeverThrowsNorLeavesTheText(@ForAll("newsLikeTexts") String text, @ForAll boolean title,
                                                 @ForAll("languages") String language) {
        if (text.isEmpty()) {
            return;
        }
        Document d = new Document("fuzz", "fuzz", text);
        if (!language.isEmpty()) {
            d.setLanguage(language); // as a JSONL "language" field does: the language-specific steps run whatever the text
        }
        if (title) {
            d.setTitle(text.length() > 20 ? text.substring(0, 20) : text);
        }
        steps.process(d);
        int n = text.length();
        for (Span s : d.sentences()) {
            within(s.start(), s.end(), n, "sentence");
        }
        for (Span s : d.boilerplate()) {
            within(s.start(), s.end(), n, "boilerplate");
        }
        for (Token t : d.tokens()) {
            within(t.start(), t.end(), n, "token");
        }
        for (Entity e : d.entities()) {
            for (Mention m : e.mentions()) {
                within(m.start(), m.end(), n, "mention");
                assertTrue(text.substring(m.start(), m.end()).equals(m.text()) || m.text() != null, "mention text");
            }
        }
        for (Quote q : d.quotes()) {
            within(q.start(), q.end(), n, "quote");
        }
        for (TemporalExpression t : d.dates()) {
            within(t.start(), t.end(), n, "date");
        }
        for (Amount a : d.amounts()) {
            within(a.start(), a.end(), n, "amount");
        }
        for (Event e : d.events()) {
            within(e.trigger().start(), e.trigger().end(), n, "event trigger");
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("", "fr", "en");
    }

    private static void within(int start, int end, int length, String what) {
        assertTrue(0 <= start && start <= end && end <= length, what + " [" + start + ", " + end + ") outside text of " + length);
    }

    @Property(tries = 300, seed = "20241123")
    void safeNamesAreSafe(@ForAll("ids") String id) {
        String name = SafeNames.fileName(id);
        assertTrue(name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*") && !name.endsWith(".") && name.length() <= SafeNames.MAX_LENGTH,
                id + " -> " + name);
        Path dir = Path.of("/tmp/x");
        assertTrue(dir.resolve(name).normalize().getParent().equals(dir), name);
        assertTrue(name.equals(SafeNames.fileName(id)), "stable");
        assertTrue(!SafeNames.isSafe(id) || name.equals(id), "safe ids are kept");
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars('.', '/', '\\', ':', '\u0000', 'a', 'C', 'O', 'N').ofMaxLength(12));
    }
}
