package org.froissart.testkit;

import java.util.ArrayList;
import java.util.List;

import org.froissart.api.Document;

/** The default inputs of the contract tests: real-looking news and the texts that break extractors. */
public final class SampleDocuments {
    /** A French wire paragraph with a dateline, a date, amounts, a quote and a boilerplate line. */
    public static final String FRENCH = String.join("\n",
            "Inondations : Paris débloque une aide d'urgence pour les agriculteurs",
            "",
            "PARIS (AFP) - Le gouvernement français a annoncé mardi 12 mars 2024 une aide de 3,5 millions d’euros "
                    + "aux agriculteurs touchés par les inondations dans le Pas-de-Calais, où quatre exploitations ont été détruites.",
            "",
            "« Nous serons aux côtés de chacun d’entre vous », a déclaré M. Gabriel Attal, le Premier ministre, "
                    + "lors d’une visite à Saint-Omer. L’ONU et l’Union européenne ont salué l’annonce ; "
                    + "la FNSEA réclame toutefois 10 % de plus d’ici le 1er avril.",
            "",
            "Lire aussi : la colère des éleveurs ne faiblit pas");

    /** An English wire paragraph with a dateline, abbreviations, a dollar amount and a quote. */
    public static final String ENGLISH = String.join("\n",
            "Senate approves long-delayed aid package",
            "",
            "WASHINGTON (Reuters) - The U.S. Senate on Tuesday approved a $95 billion aid package for Ukraine, "
                    + "Israel and Taiwan after months of delay, sending the bill to President Joe Biden.",
            "",
            "\"This is a historic day for the Senate,\" Majority Leader Chuck Schumer told reporters on April 23, 2024. "
                    + "Sen. Mitch McConnell said the vote, 79-18, showed that the U.S. still stands with its allies. "
                    + "About 1,200 protesters gathered outside the Capitol.",
            "",
            "Read more: what the package contains");

    /** Emoji with skin tones and joiners, combining accents, mathematical letters, a lone surrogate. */
    public static final String UNICODE = "Élan 👍🏽 et café (cafe\u0301) 👨\u200D👩\u200D👧 à 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﬁn\u200B zéro.\n"
            + "Ça va ? 🇫🇷 Ὀδυσσεύς ﷺ \uD83D fin";

    /** Only punctuation and symbols. */
    public static final String PUNCTUATION = "!!! ... ??? ,,, ;;; --- « » “ ” ‘ ’ ( ) [ ] { } … — – / \\ * & % $ € # @ ^ ~ | ¿ ¡";

    private SampleDocuments() {
    }

    /** A text of about {@code chars} characters: news paragraphs in both languages, repeated with numbers. */
    public static String large(int chars) {
        StringBuilder sb = new StringBuilder(chars + 1000);
        int i = 0;
        while (sb.length() < chars) {
            sb.append(i % 2 == 0 ? FRENCH : ENGLISH).append("\n\nParagraphe ").append(i)
                    .append(". Le 3 mai ").append(1990 + i % 30).append(", ").append(i * 7).append(" personnes.\n\n");
            i++;
        }
        return sb.substring(0, chars);
    }

    /** Fresh documents: French, English, empty, whitespace, Unicode, 200 KB, punctuation only. */
    public static List<Document> all() {
        List<Document> docs = new ArrayList<>();
        docs.add(new Document("sample-fr", "testkit:fr", FRENCH));
        docs.add(new Document("sample-en", "testkit:en", ENGLISH));
        docs.add(new Document("sample-empty", "testkit:empty", ""));
        docs.add(new Document("sample-whitespace", "testkit:whitespace", " \n\t\r\n  \u00A0\u2003\n"));
        docs.add(new Document("sample-unicode", "testkit:unicode", UNICODE));
        docs.add(new Document("sample-large", "testkit:large", large(200 * 1024)));
        docs.add(new Document("sample-punctuation", "testkit:punctuation", PUNCTUATION));
        return docs;
    }
}
