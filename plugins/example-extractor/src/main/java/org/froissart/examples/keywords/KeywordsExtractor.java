package org.froissart.examples.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.froissart.api.Annotation;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.Span;

/**
 * Adds one annotation per phrase occurrence. For each label, overlapping occurrences keep the
 * leftmost, then the longest ("Union européenne" rather than "Union"); a phrase in two lists gives
 * one annotation per label. Occurrences that touch a boilerplate span are skipped.
 */
final class KeywordsExtractor implements Extractor {
    private static final Comparator<PhraseMatcher.Match> LEFTMOST_LONGEST = Comparator
            .comparingInt(PhraseMatcher.Match::start)
            .thenComparing(Comparator.comparingInt(PhraseMatcher.Match::end).reversed())
            .thenComparing(m -> m.phrase().text());
    private static final Comparator<Annotation> ORDER = Comparator.comparingInt(Annotation::start)
            .thenComparingInt(Annotation::end).thenComparing(Annotation::type);

    private final PhraseMatcher matcher;

    KeywordsExtractor(PhraseMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public void process(Document document) {
        List<PhraseMatcher.Match> matches = matcher.find(document.text());
        if (matches.isEmpty()) {
            return;
        }
        matches.sort(LEFTMOST_LONGEST);
        Map<String, Integer> lastEnd = new HashMap<>();
        List<Annotation> out = new ArrayList<>();
        for (PhraseMatcher.Match m : matches) {
            String label = m.phrase().label();
            if (m.start() < lastEnd.getOrDefault(label, 0) || inBoilerplate(document, m)) {
                continue;
            }
            lastEnd.put(label, m.end());
            out.add(new Annotation(label, m.start(), m.end(), Map.of("phrase", m.phrase().text())));
        }
        out.sort(ORDER);
        document.annotations().addAll(out);
    }

    private static boolean inBoilerplate(Document d, PhraseMatcher.Match m) {
        for (Span s : d.boilerplate()) {
            if (s.overlaps(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }
}
