package org.froissart.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.froissart.api.Token;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    static final Set<String> ABBR = Set.of("m", "mm", "mme", "dr", "st", "u.s", "u.k", "gen", "jan", "etc",
            "p", "no", "vol", "sept", "e.g", "n°", "mr");
    static final Tokenizer TOK = new Tokenizer(ABBR);

    static List<String> texts(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : TOK.tokenize(text)) {
            out.add(text.substring(t.start(), t.end()));
        }
        return out;
    }

    static List<String> norms(String text) {
        return TOK.tokenize(text).stream().map(Token::norm).toList();
    }

    static void assertWellFormed(String text, List<Token> tokens) {
        int prev = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= prev && t.start() < t.end() && t.end() <= text.length(), t::toString);
            assertTrue(!t.norm().isEmpty() || text.substring(t.start(), t.end()).chars()
                    .allMatch(c -> Character.getType(c) == Character.FORMAT), t::toString);
            prev = t.end();
        }
    }

    @Test
    void elisionSplitsAfterApostropheAndKeepsOriginalText() {
        String s = "l’armée qu'il jusqu’à L'Élysée aujourd’hui";
        assertEquals(List.of("l’", "armée", "qu'", "il", "jusqu’", "à", "L'", "Élysée", "aujourd’hui"), texts(s));
        assertEquals(List.of("l'", "armée", "qu'", "il", "jusqu'", "à", "l'", "élysée", "aujourd'hui"), norms(s));
        List<Token> t = TOK.tokenize(s);
        assertEquals(new Token(0, 2, "l'", null), t.get(0));
        assertEquals(new Token(2, 7, "armée", null), t.get(1));
    }

    @Test
    void englishClitics() {
        assertEquals(List.of("Russia", "'s", "army", "do", "n't", "I", "’m", "O'Brien", "players", "'", "union"),
                texts("Russia's army don't I’m O'Brien players' union"));
    }

    @Test
    void numbers() {
        assertEquals(List.of("839.000", "8,5", "1 500", "2024-11-23", "12/11/2024", "10h30", "3", "%"),
                texts("839.000 8,5 1 500 2024-11-23 12/11/2024 10h30 3%"));
        assertEquals(List.of("1\u00a0500", "12\u202f345\u202f678", "euros"), texts("1\u00a0500 12\u202f345\u202f678 euros"));
        assertEquals("1 500", TOK.tokenize("1\u00a0500").get(0).norm());
        // a year followed by a count is not a digit group; two spaces never join
        assertEquals(List.of("en", "2024", "100", "morts"), texts("en 2024 100 morts"));
        assertEquals(List.of("1", "500"), texts("1  500"));
        assertEquals(List.of("1", "5000"), texts("1 5000"));
        assertEquals(List.of("10:30", ",", "3.5", "."), texts("10:30, 3.5."));
    }

    @Test
    void hyphenatedWordsUrlsAndEmails() {
        assertEquals(List.of("Etats-Unis", "porte-parole", "anti-gangs", "latino-américaine", "Paris\u2013Lyon", "-", "x"),
                texts("Etats-Unis porte-parole anti-gangs latino-américaine Paris\u2013Lyon - x"));
        assertEquals("paris-lyon", TOK.tokenize("Paris\u2013Lyon").get(0).norm());
        assertEquals(List.of("(", "https://www.lemonde.fr/a/b?x=1&y=(2)", ")", ".", "Voir", "www.site.fr", ",",
                "jean.dupont@afp.fr", "."),
                texts("(https://www.lemonde.fr/a/b?x=1&y=(2)). Voir www.site.fr, jean.dupont@afp.fr."));
        assertEquals(List.of("lemonde.fr", "R&D"), texts("lemonde.fr R&D"));
    }

    @Test
    void punctuationAndQuotes() {
        String s = "« Non ! » a-t-il dit, “yes” \"ok\"... (sic) ; fin…";
        assertEquals(List.of("«", "Non", "!", "»", "a-t-il", "dit", ",", "“", "yes", "”", "\"", "ok", "\"", "...",
                "(", "sic", ")", ";", "fin", "…"), texts(s));
        assertEquals(List.of("\"", "non"), norms("« Non").subList(0, 2));
    }

    @Test
    void gluedSentences() {
        String s = "Pyrénées.Alors il";
        assertEquals(List.of("Pyrénées", ".", "Alors", "il"), texts(s));
        List<Token> t = TOK.tokenize(s);
        assertEquals(new Token(8, 9, ".", null), t.get(1));
        assertEquals(List.of("U.S.A", "M.", "Dupont", "St.", "Louis", "2024", ".", "Le"),
                texts("U.S.A M.Dupont St.Louis 2024.Le"));
    }

    @Test
    void abbreviationsAndInitials() {
        assertEquals(List.of("M.", "Macron", "et", "Mme", "Dupont", "à", "St.", "Louis"),
                texts("M. Macron et Mme Dupont à St. Louis"));
        assertEquals(List.of("the", "U.S.", "Army", "and", "J.", "K.", "Rowling", "in", "Jan.", "5", "."),
                texts("the U.S. Army and J. K. Rowling in Jan. 5."));
        assertEquals(List.of("F.B.I.", "agents", "etc.", "p.", "12", "said", "no", ".", "Then", "n°", "5"),
                texts("F.B.I. agents etc. p. 12 said no. Then n°5"));
        assertEquals(List.of("Il", "est", "parti", ".", "Elle", "aussi", "..."), texts("Il est parti. Elle aussi..."));
    }

    @Test
    void emptyAndWhitespace() {
        assertEquals(List.of(), TOK.tokenize(""));
        assertEquals(List.of(), TOK.tokenize(" \t\n\u00a0\u202f\u200b\ufeff\r\n"));
        List<Token> out = new ArrayList<>();
        TOK.tokenize("abc def ghi", 4, 7, out);
        assertEquals(List.of(new Token(4, 7, "def", null)), out);
    }

    @Test
    void surrogatesEmojiAndCombiningMarks() {
        String[] inputs = {
            "\ud83d\ude00 ok\ud83d\udc4d\ud83c\udffd!", "a\ud800b", "\udc00x", "x\ud800", "e\u0301te\u0301 \u0301x",
            "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 \ud83c\uddeb\ud83c\uddf7", "\ud835\udc00\ud835\udc01 c",
            "1\ufe0f\u20e3", "Ma\u00adcron", "\u200e\u200f", "\ud800", "'\u2019-.", "a.\ud800", "l'\ud835\udc00",
        };
        for (String s : inputs) {
            List<Token> t = TOK.tokenize(s);
            assertWellFormed(s, t);
            for (int cut = 0; cut <= s.length(); cut++) { // sub-ranges never read outside [from, to)
                List<Token> part = new ArrayList<>();
                TOK.tokenize(s, 0, cut, part);
                for (Token tok : part) {
                    assertTrue(tok.end() <= cut, s + " " + cut);
                }
            }
        }
        assertEquals(List.of("\ud83d\ude00", "ok", "\ud83d\udc4d\ud83c\udffd", "!"), texts(inputs[0]));
        assertEquals(List.of("e\u0301te\u0301", "\u0301x"), texts(inputs[4]));
        assertEquals(List.of("\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\ud83c\uddeb\ud83c\uddf7"), texts(inputs[5]));
        assertEquals(List.of("\ud835\udc00\ud835\udc01", "c"), texts(inputs[6]));
        assertEquals("macron", TOK.tokenize(inputs[8]).get(0).norm());
    }

    @Test
    void megabyteWithoutSpacesIsLinear() {
        String[] units = {"a", "A.", "1 ", "Ab.", "a@", "\ud83d\ude00"};
        for (String u : units) {
            StringBuilder sb = new StringBuilder(1 << 20);
            while (sb.length() < (1 << 20)) {
                sb.append(u);
            }
            String s = sb.toString();
            List<Token> t = TOK.tokenize(s);
            assertWellFormed(s, t);
            assertTrue(!t.isEmpty());
        }
    }

    static String norm(String s) {
        return TextNormalizer.norm(s, 0, s.length());
    }

    @Test
    void normalizer() {
        assertEquals("l'état \"x\" porte-parole 1 500 – a", norm("L’État «x» porte\u2011parole 1\u202f500 – a"));
        assertEquals("Etats-Unis", TextNormalizer.stripAccents("États-Unis"));
        assertEquals("plain", TextNormalizer.stripAccents("plain"));
        assertEquals("Ecole francaise", TextNormalizer.stripAccents("École française"));
    }
}
