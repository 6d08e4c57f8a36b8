package org.froissart.extractors.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.froissart.api.EntityType;
import org.froissart.api.Span;
import org.froissart.api.Token;
import org.froissart.extractors.text.SentenceSplitter;
import org.froissart.extractors.text.Tokenizer;

/**
 * Trains a {@link NameTagger} model (deterministic: fixed shuffling seed) and evaluates it on the
 * development sets, if present. Usage:
 * <pre>TrainNer LANG OUT_MODEL [DATA_DIR] [--epochs N] [--bits B] [--no-dev]</pre>
 * The word lists are read from OUT_MODEL's directory (froissart/lang/LANG/ner/*.txt), other
 * resources (abbreviations) from the resources root above it or the classpath.
 */
public final class TrainNer {
    private TrainNer() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TrainNer LANG OUT_MODEL [DATA_DIR] [--epochs N] [--bits B] [--no-dev]");
            System.exit(2);
        }
        String lang = args[0];
        Path out = Path.of(args[1]).toAbsolutePath();
        Path data = Path.of("../shared/data");
        int epochs = 12;
        int bits = 20;
        boolean dev = true;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--bits" -> bits = Integer.parseInt(args[++i]);
                case "--no-dev" -> dev = false;
                default -> data = Path.of(args[i]);
            }
        }
        Function<String, InputStream> opener = opener(out, lang);
        Tokenizer tokenizer = new Tokenizer(NerResources.abbreviations(opener, lang));
        SentenceSplitter splitter = new SentenceSplitter(NerResources.abbreviations(opener, lang));
        Function<String, List<Token>> tok = tokenizer::tokenize;
        Gazetteer gaz = NerResources.loadGazetteer(opener, lang, tok);

        long t0 = System.nanoTime();
        List<NerCorpora.Sentence> sentences = corpus(data);
        // synthetic sports sentences (English templates): English model only, they did not help French
        int synthetic = Integer.getInteger("froissart.ner.synth", lang.equals("en") ? 2500 : 0);
        sentences.addAll(new NerSynthetic(opener, lang, 11L).sentences(synthetic));
        List<NerCorpora.Sample> samples = new ArrayList<>();
        for (NerCorpora.Sentence s : sentences) {
            NerCorpora.Sample sample = NerCorpora.toSample(s, tok);
            if (!sample.tokens().isEmpty()) {
                samples.add(sample);
            }
        }
        long tokens = samples.stream().mapToLong(s -> s.tokens().size()).sum();
        System.err.printf(Locale.ROOT, "%s: %d sequences, %d tokens (%.1fs)%n", lang, samples.size(), tokens,
                (System.nanoTime() - t0) / 1e9);

        NameTagger tagger = train(samples, gaz, bits, epochs, 42L);
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            tagger.save(os);
        }
        System.err.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
        if (dev) {
            NameTagger reloaded;
            try (InputStream in = Files.newInputStream(out)) {
                reloaded = NameTagger.load(in, gaz);
            }
            for (Path p : devSets(lang, data)) {
                if (Files.exists(p)) {
                    NerScorer sc = evaluate(reloaded, NerGold.read(p), tok, splitter::split);
                    System.out.println("== " + p.getFileName());
                    System.out.print(sc.formatTable());
                    if (DUMP != null) {
                        DUMP.flush();
                    }
                }
            }
        }
    }

    static NameTagger train(List<NerCorpora.Sample> samples, Gazetteer gaz, int bits, int epochs, long seed) {
        NerModel model = new NerModel(bits);
        NerFeatures features = new NerFeatures(gaz);
        NameTagger.Trainer trainer = new NameTagger.Trainer(model);
        NerFeatures.Scratch s = new NerFeatures.Scratch();
        List<NerCorpora.Sample> order = new ArrayList<>(samples);
        Random rnd = new Random(seed);
        for (int e = 0; e < epochs; e++) {
            Collections.shuffle(order, rnd);
            long mistakes = 0, total = 0;
            for (NerCorpora.Sample sample : order) {
                List<Token> toks = sample.tokens();
                for (int from = 0; from < toks.size(); from += NameTagger.MAX_SENTENCE) {
                    int to = Math.min(toks.size(), from + NameTagger.MAX_SENTENCE);
                    features.extract(sample.text(), toks, from, to, s);
                    if (trainer.gold.length < to - from) {
                        trainer.gold = new int[to - from];
                    }
                    System.arraycopy(sample.labels(), from, trainer.gold, 0, to - from);
                    mistakes += NameTagger.decode(model, features, s, to - from, trainer);
                    total += to - from;
                }
            }
            System.err.printf(Locale.ROOT, "epoch %d: token error %.4f%n", e + 1, mistakes / (double) total);
        }
        trainer.average();
        return new NameTagger(model, gaz);
    }

    /** Scores a language's bundled model (found through {@code opener}) on a gold file, tokenized as at run time. */
    public static NerScorer evaluateBundled(Function<String, InputStream> opener, String lang, Path goldFile) throws IOException {
        NameTagger tagger = NerResources.load(opener, lang);
        Set<String> abbreviations = NerResources.abbreviations(opener, lang);
        Tokenizer tokenizer = new Tokenizer(abbreviations);
        SentenceSplitter splitter = new SentenceSplitter(abbreviations);
        return evaluate(tagger, NerGold.read(goldFile), tokenizer::tokenize, splitter::split);
    }

    /** Tags every gold document and scores PER/ORG/LOC (MISC ignored). */
    public static NerScorer evaluate(NameTagger tagger, List<NerGold.Doc> docs, Function<String, List<Token>> tokenizer,
                                     java.util.function.BiFunction<String, List<Token>, List<Span>> splitter) {
        NerScorer sc = new NerScorer();
        for (NerGold.Doc d : docs) {
            List<Token> toks = tokenizer.apply(d.text());
            List<Span> sents = splitter.apply(d.text(), toks);
            List<NerScorer.Mention> pred = new ArrayList<>();
            for (NameSpan n : tagger.tag(d.text(), toks, sents)) {
                pred.add(new NerScorer.Mention(n.start(), n.end(), shortType(n.type())));
            }
            List<NerScorer.Mention> gold = d.entities().stream()
                    .filter(m -> Set.of("PER", "ORG", "LOC").contains(m.type())).collect(Collectors.toList());
            sc.add(gold, pred);
            if (DUMP != null) {
                java.util.Set<NerScorer.Mention> gs = new java.util.HashSet<>(gold), ps = new java.util.HashSet<>(pred);
                for (NerScorer.Mention m : gold) {
                    if (!ps.contains(m)) {
                        DUMP.println("FN " + m.type() + "\t" + d.text().substring(m.start(), m.end()) + "\t| " + ctx(d.text(), m));
                    }
                }
                for (NerScorer.Mention m : pred) {
                    if (!gs.contains(m)) {
                        DUMP.println("FP " + m.type() + "\t" + d.text().substring(m.start(), m.end()) + "\t| " + ctx(d.text(), m));
                    }
                }
            }
        }
        return sc;
    }

    /** Error dump for development (system property froissart.ner.dump = file). */
    private static final java.io.PrintStream DUMP = openDump();

    private static java.io.PrintStream openDump() {
        String f = System.getProperty("froissart.ner.dump");
        try {
            return f == null ? null : new java.io.PrintStream(f, "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ctx(String text, NerScorer.Mention m) {
        return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).replace('\n', ' ');
    }

    public static String shortType(EntityType t) {
        return switch (t) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
        };
    }

    static List<Path> devSets(String lang, Path data) {
        Path ner = data.resolve("ner");
        return lang.equals("fr")
                ? List.of(ner.resolve("wikineural-fr-dev.jsonl"), ner.resolve("hipe-newseye-fr-dev.jsonl"))
                : List.of(ner.resolve("conll2003-en-testa.jsonl"));
    }

    /**
     * The training corpora (see MODEL.md for licences). Both languages train on the same
     * permissive data: the French Europeana newspapers corpus and the English sets; the language
     * only changes the word lists. Cross-lingual data helped both dev sets (capitalisation and
     * context patterns transfer; word identities do not collide much).
     */
    static List<NerCorpora.Sentence> corpus(Path data) throws IOException {
        List<NerCorpora.Sentence> out = new ArrayList<>();
        out.addAll(NerCorpora.readColumns(data.resolve("ner/europeana-ner-fr/enp_FR.bnf.bio/enp_FR.bnf.bio"), 60));
        Path tr = data.resolve("ner-train");
        out.addAll(NerCorpora.readColumns(tr.resolve("wikigold/wikigold.conll.txt"), 0));
        for (String f : List.of("a", "b", "e", "f", "g", "h")) {
            out.addAll(NerCorpora.readColumns(tr.resolve("btc/" + f + ".conll"), 0));
        }
        for (String f : List.of("wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated")) {
            out.addAll(NerCorpora.readColumns(tr.resolve("wnut17/" + f), 0));
        }
        for (String f : List.of("FIN5.txt", "FIN3.txt")) {
            out.addAll(NerCorpora.readColumns(tr.resolve("sec-filings/" + f), 0));
        }
        return withCapitalCopies(out, CAPS_FRACTION, 7L);
    }

    static double CAPS_FRACTION = Double.parseDouble(System.getProperty("froissart.ner.caps", "0"));

    /**
     * Case augmentation: adds an all-capitals copy of a fraction of the sentences (headlines and
     * results tables are written in capitals in news wires; the training corpora have few).
     */
    static List<NerCorpora.Sentence> withCapitalCopies(List<NerCorpora.Sentence> in, double fraction, long seed) {
        List<NerCorpora.Sentence> out = new ArrayList<>(in);
        Random rnd = new Random(seed);
        for (NerCorpora.Sentence s : in) {
            if (s.words().size() >= 2 && rnd.nextDouble() < fraction) {
                List<String> up = new ArrayList<>(s.words().size());
                for (String w : s.words()) {
                    up.add(w.toUpperCase(Locale.ROOT));
                }
                out.add(new NerCorpora.Sentence(up, s.types(), s.begins()));
            }
        }
        return out;
    }

    /** Resource opener: files under the resources root of OUT_MODEL, then the classpath. */
    static Function<String, InputStream> opener(Path model, String lang) {
        // model = <root>/froissart/lang/<lang>/ner/model.bin
        Path root = model.getParent().getParent().getParent().getParent().getParent();
        return name -> {
            try {
                Path p = root.resolve(name);
                if (Files.exists(p)) {
                    return Files.newInputStream(p);
                }
                return TrainNer.class.getClassLoader().getResourceAsStream(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
