package org.froissart.output.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.froissart.testkit.TestPipelines;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.testkit.TestPluginContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The news pipeline over seeds/ written as a report, then opened in headless Chromium (skipped when
 * /usr/bin/chromium is missing; .ci/run installs it): no script error, and the expected elements.
 */
class HtmlReportInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    @TempDir
    static Path out;
    static List<Document> docs;

    @BeforeAll
    static void write() throws IOException {
        docs = TestPipelines.newsOverSeeds();
        try (Output o = new HtmlOutputFactory().create(new HtmlOutputFactory.Config(null, "Seeds"), new TestPluginContext(out))) {
            for (Document d : docs) {
                o.write(d);
            }
        }
    }

    @Test
    void reportFilesWithoutBrowser() throws IOException {
        String index = Files.readString(out.resolve("report/index.html"));
        assertTrue(index.contains("RUS → BOL"), "the graph has Russia's condemnation of Bolivia");
        assertTrue(index.contains("data-count=\"events\"><b>" + docs.stream().mapToInt(d -> d.events().size()).sum() + "</b>"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(index).find(), "no external resource");
        try (var files = Files.list(out.resolve("report/articles"))) {
            assertEquals(docs.size(), files.count());
        }
    }

    record Run(String stdout, String stderr) {
    }

    static Run chromium(Path userData, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + userData));
        cmd.addAll(List.of(args));
        Path so = Files.createTempFile(out, "chromium", ".out");
        Path se = Files.createTempFile(out, "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(so.toFile()).redirectError(se.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + cmd);
        }
        return new Run(Files.readString(so, StandardCharsets.UTF_8), Files.readString(se, StandardCharsets.UTF_8));
    }

    private static void assertNoErrors(Run r, String page) {
        assertTrue(r.stdout().contains("data-ready=\"1\""), page + ": the page script did not run:\n" + r.stderr());
        assertFalse(r.stdout().contains("data-errors="), page + ": script errors: " + r.stdout());
        for (String line : r.stderr().split("\n")) {
            assertFalse(line.contains("Uncaught") || (line.contains("CONSOLE") && line.contains("rror")), page + ": " + line);
            assertFalse(line.contains("Content Security Policy"), page + ": blocked resource: " + line);
        }
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void indexAndArticlesRenderInHeadlessChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": .ci/run installs it");
        Path index = out.resolve("report/index.html");
        Run r = chromium(Files.createTempDirectory(out, "profile"), "--dump-dom", index.toUri().toString());
        assertNoErrors(r, "index.html");
        String dom = r.stdout();
        assertEquals(6, count(dom, "data-count=\"[a-z]+\" data-checked=\"1\""), "count cards, seen by the page script");
        assertTrue(dom.contains("id=\"top-actors\""));
        assertTrue(dom.contains("id=\"top-events\""));
        assertTrue(count(dom, "<circle ") >= 5, "graph nodes");
        assertTrue(count(dom, "<path class=\"edge\"") >= 3, "graph edges");
        assertEquals(docs.size(), count(dom, "<a href=\"articles/"));

        Path screenshot = out.resolve("index.png");
        Run shot = chromium(Files.createTempDirectory(out, "profile"), "--hide-scrollbars", "--window-size=1280,1500",
                "--screenshot=" + screenshot, index.toUri().toString());
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "screenshot: " + shot.stderr());

        Document first = docs.get(0);
        Path page = out.resolve("report/articles/" + first.id() + ".html");
        Run a = chromium(Files.createTempDirectory(out, "profile"), "--dump-dom", page.toUri().toString());
        assertNoErrors(a, page.getFileName().toString());
        String adom = a.stdout();
        assertEquals(first.entities().stream().mapToInt(e -> e.mentions().size()).sum(),
                count(adom, "<span class=\"ent ent-[A-Z]+\" title=\"[^\"]*\"[^>]*>"), "one span per entity mention (none split in the seeds)");
        assertEquals(first.events().size(), count(adom, "id=\"ev[0-9]+\""));
        assertEquals(first.quotes().size(), count(adom, "<span class=\"quote\"[^>]* id=\"q[0-9]+\""));
        assertTrue(adom.contains("title=\"CAMEO 111 · PLOVER ACCUSE/disapprove · RUS (Russie) → BOLMIL"), "hover codes");
    }
}
