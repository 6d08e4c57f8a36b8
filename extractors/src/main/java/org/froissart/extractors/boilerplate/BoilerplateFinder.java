package org.froissart.extractors.boilerplate;

import java.util.ArrayList;
import java.util.List;

import org.froissart.api.Span;

/** Marks boilerplate lines and paragraphs of one text with a language's rules. */
public final class BoilerplateFinder {
    /** Longer paragraphs are article text that happens to contain a phrase. */
    static final int MAX_PARAGRAPH = 600;

    private final BoilerplateRules rules;

    public BoilerplateFinder(BoilerplateRules rules) {
        this.rules = rules;
    }

    public List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                Span span = match(text, s, e);
                if (span != null) {
                    spans.add(span);
                }
            }
            pos = end + 1;
        }
        return spans;
    }

    private Span match(String text, int s, int e) {
        String line = BoilerplateRules.normalize(text.substring(s, Math.min(e, s + MAX_PARAGRAPH + 1)));
        for (String phrase : rules.lineStarts) {
            if (line.startsWith(phrase)) {
                int end = s + phrase.length();
                // "Laissez un commentaireAprès les…": scraped text glued to the prompt is not boilerplate.
                if (end < e && Character.isUpperCase(text.charAt(end)) && Character.isLowerCase(text.charAt(end - 1))) {
                    return new Span(s, end);
                }
                return new Span(s, e);
            }
        }
        if (e - s <= MAX_PARAGRAPH) {
            for (String phrase : rules.paragraphPhrases) {
                if (line.contains(phrase)) {
                    return new Span(s, e);
                }
            }
        }
        return null;
    }
}
