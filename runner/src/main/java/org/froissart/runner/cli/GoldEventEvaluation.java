package org.froissart.runner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.froissart.api.ConfigException;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.runner.execution.InMemoryRunner;

/**
 * Scores the events pipeline on hand-coded articles (eval/events): per article, the distinct
 * (source country, CAMEO root, target country) triples found against the gold ones, with the share of
 * matched triples whose full code is also right. The gold files hold ids and events only; the text
 * comes from the corpus, which stays outside the repository.
 */
final class GoldEventEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COUNTRIES = countries();

    private final InMemoryRunner.Steps steps;

    GoldEventEvaluation(InMemoryRunner.Steps steps) {
        this.steps = steps;
    }

    /** A (source country, root, target country) triple; a null country is written "-". */
    record Triple(String source, String root, String target) {
        @Override
        public String toString() {
            return source + " " + root + " " + target;
        }
    }

    /** One article's gold and predicted triples, each with the full codes seen for it. */
    record Article(String id, boolean heldOut, Map<Triple, Set<String>> gold, Map<Triple, Set<String>> predicted,
                   Map<Triple, String> evidence) {
    }

    static final class Score {
        int gold;
        int predicted;
        int matched;
        int exact;

        void add(Article a) {
            gold += a.gold().size();
            predicted += a.predicted().size();
            for (Map.Entry<Triple, Set<String>> g : a.gold().entrySet()) {
                Set<String> p = a.predicted().get(g.getKey());
                if (p != null) {
                    matched++;
                    if (p.stream().anyMatch(g.getValue()::contains)) {
                        exact++;
                    }
                }
            }
        }

        double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-22s %6d %6d %6d %8.3f %8.3f %8.3f %8s%n", name, gold, predicted, matched,
                    precision(), recall(), f1(), matched == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) exact / matched));
        }
    }

    record Report(Path gold, List<Article> articles) {
        String format(boolean details) {
            StringBuilder b = new StringBuilder();
            b.append("gold: ").append(gold).append(" (").append(articles.size()).append(" articles)\n");
            b.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %8s %8s %8s %8s%n", "part", "gold", "found", "match",
                    "precision", "recall", "F1", "exact"));
            Score dev = new Score(), held = new Score(), all = new Score();
            Map<String, Score> byRoot = new TreeMap<>();
            for (Article a : articles) {
                (a.heldOut() ? held : dev).add(a);
                all.add(a);
            }
            b.append(dev.row("development half"));
            b.append(held.row("held-out half"));
            b.append(all.row("all"));
            b.append(relaxed("root + source only", articles, true));
            b.append(relaxed("root only", articles, false));
            b.append("match: same (source country, CAMEO root, target country) in the article, each distinct triple once;\n");
            b.append("exact: matched triples whose full CAMEO code is also right. Counted: events neither negated nor\n");
            b.append("hypothetical, and future ones only as intents (root 03), as the guidelines code them.\n");
            for (Article a : articles) {
                for (Map.Entry<Triple, Set<String>> g : a.gold().entrySet()) {
                    Score r = byRoot.computeIfAbsent(g.getKey().root(), k -> new Score());
                    r.gold++;
                    Set<String> p = a.predicted().get(g.getKey());
                    if (p != null) {
                        r.matched++;
                        if (p.stream().anyMatch(g.getValue()::contains)) {
                            r.exact++;
                        }
                    }
                }
                for (Triple p : a.predicted().keySet()) {
                    byRoot.computeIfAbsent(p.root(), k -> new Score()).predicted++;
                }
            }
            b.append("\nper CAMEO root:\n");
            byRoot.forEach((root, s) -> b.append(s.row("  " + root)));
            if (details) {
                for (Article a : articles) {
                    b.append("\n").append(a.id()).append(a.heldOut() ? " (held out)" : "").append('\n');
                    for (Map.Entry<Triple, Set<String>> g : a.gold().entrySet()) {
                        b.append(a.predicted().containsKey(g.getKey()) ? "  ok     " : "  missed ")
                                .append(g.getKey()).append("  ").append(g.getValue()).append('\n');
                    }
                    for (Map.Entry<Triple, Set<String>> p : a.predicted().entrySet()) {
                        if (!a.gold().containsKey(p.getKey())) {
                            b.append("  false  ").append(p.getKey()).append("  ").append(p.getValue()).append("  ")
                                    .append(a.evidence().get(p.getKey())).append('\n');
                        }
                    }
                }
            }
            return b.toString();
        }

        /** Scores with fewer parts of the triple, to show where the errors are. */
        private static String relaxed(String name, List<Article> articles, boolean keepSource) {
            Score s = new Score();
            for (Article a : articles) {
                s.add(new Article(a.id(), a.heldOut(), project(a.gold(), keepSource), project(a.predicted(), keepSource), Map.of()));
            }
            return s.row(name);
        }

        private static Map<Triple, Set<String>> project(Map<Triple, Set<String>> triples, boolean keepSource) {
            Map<Triple, Set<String>> out = new LinkedHashMap<>();
            triples.forEach((t, codes) -> out.computeIfAbsent(new Triple(keepSource ? t.source() : "-", t.root(), "-"),
                    k -> new LinkedHashSet<>()).addAll(codes));
            return out;
        }
    }

    Report evaluate(Path goldFile, Path corpus) throws IOException {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(goldFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new ConfigException(goldFile + ":" + (i + 1) + ": not JSON: " + e.getMessage(), e);
            }
            if (!node.path("id").isTextual() || !node.path("events").isArray()) {
                throw new ConfigException(goldFile + ":" + (i + 1) + ": a gold line needs an 'id' string and an 'events' array");
            }
            gold.put(node.get("id").asText(), node);
        }
        Map<String, Document> found = new HashMap<>();
        try (BufferedReader r = open(corpus)) {
            String line;
            while ((line = r.readLine()) != null && found.size() < gold.size()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String id = node.path("id").asText();
                if (!gold.containsKey(id)) {
                    continue;
                }
                Document d = new Document(id, corpus + "#" + id, node.path("text").asText());
                if (node.path("title").isTextual()) {
                    d.setTitle(node.get("title").asText());
                }
                try {
                    d.setPublished(node.path("published").isTextual() ? LocalDate.parse(node.get("published").asText()) : null);
                } catch (DateTimeParseException e) {
                    d.setPublished(null);
                }
                steps.process(d);
                found.put(id, d);
            }
        }
        List<String> missing = gold.keySet().stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ConfigException(corpus + " has no article with id " + missing.get(0) + " (" + missing.size()
                    + " gold ids missing): give the corpus the gold file was made from");
        }
        List<Article> articles = new ArrayList<>();
        int half = (gold.size() + 1) / 2;
        int i = 0;
        for (Map.Entry<String, JsonNode> g : gold.entrySet()) {
            articles.add(article(g.getKey(), i++ >= half, g.getValue(), found.get(g.getKey())));
        }
        return new Report(goldFile, articles);
    }

    private static Article article(String id, boolean heldOut, JsonNode gold, Document d) {
        Map<Triple, Set<String>> g = new LinkedHashMap<>();
        for (JsonNode e : gold.get("events")) {
            String cameo = e.path("cameo").asText();
            if (cameo.length() < 3) {
                throw new ConfigException("gold article " + id + ": event without a CAMEO code: " + e);
            }
            g.computeIfAbsent(new Triple(goldCountry(e.get("source")), cameo.substring(0, 2), goldCountry(e.get("target"))),
                    k -> new LinkedHashSet<>()).add(cameo);
        }
        Map<Triple, Set<String>> p = new LinkedHashMap<>();
        Map<Triple, String> evidence = new HashMap<>();
        for (Event e : d.events()) {
            if (e.negated() || e.hypothetical() || (e.future() && !e.cameo().startsWith("03"))) {
                continue;
            }
            Triple t = new Triple(country(d, e.source()), e.cameo().substring(0, 2), country(d, e.target()));
            p.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(e.cameo());
            evidence.putIfAbsent(t, e.trigger() == null ? "" : "\"" + e.trigger().text() + "\"@" + e.trigger().start());
        }
        return new Article(id, heldOut, g, p, evidence);
    }

    private static String goldCountry(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? "-" : node.asText();
    }

    /** The actor's country: the code's first three letters when they name a country or IGO/NGO, else the entity's. */
    static String country(Document d, EventActor a) {
        if (a == null) {
            return "-";
        }
        if (a.code() != null && a.code().length() >= 3 && COUNTRIES.contains(a.code().substring(0, 3))) {
            return a.code().substring(0, 3);
        }
        Entity entity = a.entity() == null ? null : d.entity(a.entity());
        return entity != null && entity.country() != null ? entity.country() : "-";
    }

    private static Set<String> countries() {
        Set<String> out = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        out.add("IGO");
        out.add("NGO");
        return Set.copyOf(out);
    }

    private static BufferedReader open(Path corpus) throws IOException {
        InputStream in = Files.newInputStream(corpus);
        if (corpus.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
