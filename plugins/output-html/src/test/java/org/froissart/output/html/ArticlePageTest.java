package org.froissart.output.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.EntityType;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    private static String highlight(String text, ArticlePage.Mark... marks) {
        StringBuilder b = new StringBuilder();
        ArticlePage.highlight(b, text, List.of(marks));
        return b.toString();
    }

    @Test
    void escapesTextAndTitles() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Html.esc("a <b> & \"c\" 'd'"));
        String h = highlight("<script>alert(1)</script>", new ArticlePage.Mark(0, 8, "ent", "x\"><img src=x>", null));
        assertFalse(h.contains("<script>"), h);
        assertFalse(h.contains("<img"), h);
        assertEquals("<span class=\"ent\" title=\"x&quot;&gt;&lt;img src=x&gt;\">&lt;script&gt;</span>alert(1)&lt;/script&gt;", h);
    }

    @Test
    void nestedMarksNest() {
        assertEquals("<span class=\"q\" title=\"q\">say <span class=\"e\" title=\"e\">Bob</span> hi</span>!",
                highlight("say Bob hi!", new ArticlePage.Mark(0, 10, "q", "q", null), new ArticlePage.Mark(4, 7, "e", "e", null)));
    }

    @Test
    void crossingMarksAreSplitAndStillNest() {
        String h = highlight("abcdef", new ArticlePage.Mark(0, 4, "a", "a", "x"), new ArticlePage.Mark(2, 6, "b", "b", "y"));
        assertEquals("<span class=\"a\" title=\"a\" id=\"x\">ab<span class=\"b\" title=\"b\" id=\"y\">cd</span></span>"
                + "<span class=\"b\" title=\"b\">ef</span>", h);
    }

    @Test
    void surrogatePairsSurviveAndLoneOnesAreReplaced() {
        assertEquals("👍🏽 \uFFFD", Html.esc("👍🏽 \uD83D"));
    }

    @Test
    void pageShowsCodesOnHover() {
        String text = "Russia condemned \"the coup\" in Bolivia.";
        Document d = new Document("d1", "s", text);
        d.entities().add(new Entity("e1", EntityType.LOCATION, "Russia", "RUS", "RUS", List.of(Mention.of(text, 0, 6))));
        d.entities().add(new Entity("e2", EntityType.LOCATION, "Bolivia", "BOL", "BOL", List.of(Mention.of(text, 31, 38))));
        d.quotes().add(new Quote(18, 26, "the coup", "e1", "Russia"));
        d.events().add(new Event("111", "ACCUSE", "disapprove", new EventActor("e1", "RUS", Mention.of(text, 0, 6)),
                new EventActor("e2", "BOL", Mention.of(text, 31, 38)), Mention.of(text, 7, 16), new Span(0, text.length()),
                "2024-11-21", 3, -2, false, false, List.of()));
        String page = ArticlePage.render(d, "../index.html");
        assertTrue(page.contains("title=\"CAMEO 111 · PLOVER ACCUSE/disapprove · RUS (Russia) → BOL (Bolivia) · QuadClass 3 · "
                + "Goldstein -2 · 2024-11-21\" id=\"ev0\">condemned</span>"), page);
        assertTrue(page.contains("<span class=\"ent ent-LOCATION\" title=\"LOCATION · Russia · RUS · RUS · e1\">Russia</span>"), page);
        assertTrue(page.contains("title=\"quote · speaker: Russia (RUS)\" id=\"q0\">the coup</span>"), page);
        assertFalse(page.contains("http://") && !page.contains("http://www.w3.org/2000/svg"), "no external resources");
    }
}
