package org.froissart.runner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;

import org.froissart.api.Capabilities;
import org.froissart.api.ConfigException;
import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Mention;
import org.froissart.extractors.ner.NerScorer;
import org.froissart.extractors.petrarch.PetrarchEvaluation;
import org.froissart.runner.Main;
import org.froissart.runner.execution.InMemoryRunner;
import org.froissart.runner.pipeline.Pipeline;
import org.froissart.runner.pipeline.PipelineLoader;

/** {@code froissart eval ner|events}: accuracy against gold data, with the numbers printed as a table. */
public final class EvalCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PipelineLoader loader;
    private final InMemoryRunner runner;

    @Inject
    EvalCommand(PipelineLoader loader, InMemoryRunner runner) {
        this.loader = loader;
        this.runner = runner;
    }

    public int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw new UsageException("eval needs a kind: 'eval ner --gold FILE.jsonl' or 'eval events --petrarch RECORDS.xml --dictionaries DIR'");
        }
        List<String> rest = args.subList(1, args.size());
        switch (args.get(0)) {
            case "ner":
                return ner(rest, out, err);
            case "events":
                return events(rest, out);
            default:
                throw new UsageException("unknown evaluation '" + args.get(0) + "'; use 'eval ner' or 'eval events'");
        }
    }

    private int events(List<String> rest, PrintStream out) {
        Args a = Args.parse(rest, Set.of("--petrarch", "--dictionaries", "--plover", "--pipeline", "--gold", "--corpus"),
                Set.of("--details"), Map.of(), "eval events");
        if (a.has("--gold")) {
            if (!a.has("--corpus")) {
                throw new UsageException("eval events --gold needs --corpus, the JSON Lines corpus (.jsonl or .jsonl.gz) the gold "
                        + "ids come from, e.g. 'froissart eval events --gold eval/events/orangesum-fr.jsonl "
                        + "--corpus ../shared/data/corpora/orangesum-fr.jsonl.gz'");
            }
            Path gold = existing(a.value("--gold"));
            Path corpus = existing(a.value("--corpus"));
            Pipeline pipeline = a.has("--pipeline") ? loader.load(Path.of(a.value("--pipeline"))) : loader.loadBundled();
            try (InMemoryRunner.Steps steps = runner.upTo(pipeline, Capabilities.EVENTS, Path.of("out"))) {
                out.print(new GoldEventEvaluation(steps).evaluate(gold, corpus).format(a.has("--details")));
            } catch (IOException e) {
                throw new ConfigException("cannot read " + gold + " or " + corpus + ": " + e.getMessage(), e);
            }
            return Main.OK;
        }
        if (a.has("--plover")) {
            Pipeline pipeline = a.has("--pipeline") ? loader.load(Path.of(a.value("--pipeline"))) : loader.loadBundled();
            try (InMemoryRunner.Steps steps = runner.upTo(pipeline, Capabilities.EVENTS, Path.of("out"))) {
                out.println(new PloverEvaluation(steps).evaluate(existing(a.value("--plover"))).format());
            } catch (IOException e) {
                throw new ConfigException("cannot read " + a.value("--plover") + ": " + e.getMessage(), e);
            }
            return Main.OK;
        }
        if (!a.has("--petrarch") || !a.has("--dictionaries")) {
            throw new UsageException("eval events needs --petrarch RECORDS.xml and --dictionaries DIR, e.g. "
                    + "'froissart eval events --petrarch ../shared/data/events/petrarch2/text/PETR.UnitTest.records.xml "
                    + "--dictionaries ../shared/data/events/petrarch2/dictionaries', or --plover GOLD.json, "
                    + "or --gold ARTICLES.jsonl --corpus CORPUS.jsonl.gz");
        }
        Path records = existing(a.value("--petrarch"));
        Path dictionaries = existing(a.value("--dictionaries"));
        try {
            out.println(PetrarchEvaluation.evaluate(records, dictionaries).format());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + records + " or " + dictionaries + ": " + e.getMessage(), e);
        }
        return Main.OK;
    }

    private int ner(List<String> rest, PrintStream out, PrintStream err) {
        Args a = Args.parse(rest, Set.of("--gold", "--pipeline", "--language", "--limit"), Set.of(), Map.of(), "eval ner");
        if (!a.has("--gold")) {
            throw new UsageException("eval ner needs --gold FILE.jsonl (documents with {id, text, entities: [{type, start, end}]})");
        }
        Path gold = existing(a.value("--gold"));
        Pipeline pipeline = a.has("--pipeline") ? loader.load(Path.of(a.value("--pipeline"))) : loader.loadBundled();
        String language = a.value("--language");
        int limit = a.intValue("--limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        NerScorer scorer = new NerScorer();
        long t0 = System.nanoTime();
        long chars = 0;
        try (InMemoryRunner.Steps steps = runner.upTo(pipeline, Capabilities.ENTITIES, Path.of("out"));
             BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n < limit) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                JsonNode textNode = node.get("text");
                if (textNode == null || !textNode.isTextual()) {
                    throw new ConfigException(gold + ":" + n + ": gold document without a 'text' string");
                }
                Document d = new Document(node.path("id").asText("line-" + n), gold + ":" + n, textNode.asText());
                String lang = language != null ? language : node.path("lang").asText(null);
                d.setLanguage(lang);
                steps.process(d);
                chars += d.text().length();
                scorer.add(goldMentions(node, gold, n), predicted(d));
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read " + gold + ": " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.println("gold: " + gold + " (" + scorer.documents() + " documents, " + chars + " characters, "
                + String.format("%.1f s", seconds) + ")");
        out.println("exact span and type match; PER, ORG, LOC (MISC ignored)");
        out.println(scorer.formatTable());
        return Main.OK;
    }

    private static List<NerScorer.Mention> goldMentions(JsonNode node, Path gold, int line) {
        List<NerScorer.Mention> out = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            String type = e.path("type").asText();
            if (type.equals("PER") || type.equals("ORG") || type.equals("LOC")) {
                out.add(new NerScorer.Mention(e.path("start").asInt(), e.path("end").asInt(), type));
            } else if (!type.equals("MISC")) {
                throw new ConfigException(gold + ":" + line + ": unknown gold entity type '" + type + "' (PER, ORG, LOC, MISC)");
            }
        }
        return out;
    }

    private static List<NerScorer.Mention> predicted(Document d) {
        List<NerScorer.Mention> out = new ArrayList<>();
        for (Entity e : d.entities()) {
            String type = switch (e.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case LOCATION -> "LOC";
            };
            for (Mention m : e.mentions()) {
                out.add(new NerScorer.Mention(m.start(), m.end(), type));
            }
        }
        return out;
    }

    private static Path existing(String p) {
        Path path = Path.of(p);
        if (!Files.exists(path)) {
            throw new UsageException(p + " does not exist");
        }
        return path;
    }
}
