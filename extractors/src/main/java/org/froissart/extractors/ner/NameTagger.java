package org.froissart.extractors.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.froissart.api.EntityType;
import org.froissart.api.Span;
import org.froissart.api.Token;

/**
 * Person / organisation / location tagger: a greedy left-to-right averaged-perceptron sequence
 * model over hashed features (see {@link NerFeatures}) with BIO labels, plus word-list features
 * from a {@link Gazetteer}. Immutable and thread-safe after loading. Use {@link NerResources} to
 * load a language's bundled model and lists.
 */
public final class NameTagger {
    /** Longer sentences are cut into chunks of this many tokens. */
    static final int MAX_SENTENCE = 250;
    private static final EntityType[] TYPES = {null, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION};

    private final NerModel model;
    private final NerFeatures features;
    private final Gazetteer gazetteer;
    private final NamePostProcessor postProcessor;
    private final ThreadLocal<NerFeatures.Scratch> scratch = ThreadLocal.withInitial(NerFeatures.Scratch::new);

    NameTagger(NerModel model, Gazetteer gazetteer) {
        this.model = Objects.requireNonNull(model);
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.features = new NerFeatures(gazetteer);
        this.postProcessor = new NamePostProcessor(gazetteer);
    }

    /**
     * Loads a model written by {@link #save} (the stream is read, not closed). The gazetteer must
     * hold the same categories the model was trained with (categories are matched by name).
     */
    public static NameTagger load(InputStream model, Gazetteer gazetteer) throws IOException {
        return new NameTagger(NerModel.read(model), gazetteer);
    }

    /** Writes the model (not the gazetteer) to out; the stream is not closed. */
    public void save(OutputStream out) throws IOException {
        model.write(out);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Tags names in text. tokens: the document's tokens in order (from the project Tokenizer);
     * sentences: sentence spans (may be null or empty: then the whole text is one sequence, cut
     * into chunks). Returns non-overlapping spans sorted by start.
     */
    public List<NameSpan> tag(String text, List<Token> tokens, List<Span> sentences) {
        int n = tokens.size();
        if (n == 0) {
            return Collections.emptyList();
        }
        NerFeatures.Scratch s = scratch.get();
        int[] labels = new int[n];
        boolean[] sentenceStart = new boolean[n];
        int t = 0;
        if (sentences != null && !sentences.isEmpty()) {
            for (Span sent : sentences) {
                while (t < n && tokens.get(t).end() <= sent.start()) {
                    tagChunks(text, tokens, t, t + 1, s, labels, sentenceStart); // token outside any sentence
                    t++;
                }
                int from = t;
                while (t < n && tokens.get(t).start() < sent.end()) {
                    t++;
                }
                tagChunks(text, tokens, from, t, s, labels, sentenceStart);
            }
        }
        tagChunks(text, tokens, t, n, s, labels, sentenceStart);
        List<int[]> spans = NamePostProcessor.spans(labels);
        spans = postProcessor.apply(text, tokens, sentenceStart, spans);
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
            out.add(new NameSpan(tokens.get(sp[0]).start(), tokens.get(sp[1] - 1).end(), TYPES[sp[2]]));
        }
        return out;
    }

    private void tagChunks(String text, List<Token> tokens, int from, int to, NerFeatures.Scratch s, int[] labels,
                           boolean[] sentenceStart) {
        if (from < to) {
            sentenceStart[from] = true;
        }
        while (from < to) {
            int end = Math.min(to, from + MAX_SENTENCE);
            features.extract(text, tokens, from, end, s);
            decode(model, features, s, end - from, null);
            System.arraycopy(s.labels, 0, labels, from, end - from);
            from = end;
        }
    }

    /**
     * Greedy decoding of n tokens whose static features are in s; writes s.labels. When gold is
     * non-null, performs a perceptron update on each mistake (training) with the given averaging
     * trainer; returns the number of mistakes.
     */
    static int decode(NerModel model, NerFeatures features, NerFeatures.Scratch s, int n, Trainer trainer) {
        float[] w = model.weights;
        float[] sc = s.scores;
        int[] lf = LABEL_FEATS.get();
        int[] F = s.feats;
        int p1 = NerModel.O - 1, p2 = NerModel.O - 1; // sentence start markers (-1)
        int mistakes = 0;
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < NerModel.LABELS; l++) {
                sc[l] = 0f;
            }
            int base = i * NerFeatures.MAX_FEATS;
            int cnt = s.featCount[i];
            for (int k = 0; k < cnt; k++) {
                int r = model.row(F[base + k]);
                for (int l = 0; l < NerModel.LABELS; l++) {
                    sc[l] += w[r + l];
                }
            }
            int lc = features.labelFeatures(s, i, p1, p2, lf);
            for (int k = 0; k < lc; k++) {
                int r = model.row(lf[k]);
                for (int l = 0; l < NerModel.LABELS; l++) {
                    sc[l] += w[r + l];
                }
            }
            int prev = p1 < 0 ? NerModel.O : p1;
            int best = NerModel.O;
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int l = 0; l < NerModel.LABELS; l++) {
                if (sc[l] > bestScore && NerModel.allowed(prev, l)) {
                    bestScore = sc[l];
                    best = l;
                }
            }
            if (trainer != null) {
                int gold = trainer.gold[i];
                if (best != gold) {
                    mistakes++;
                    for (int k = 0; k < cnt; k++) {
                        trainer.update(model.row(F[base + k]), gold, best);
                    }
                    for (int k = 0; k < lc; k++) {
                        trainer.update(model.row(lf[k]), gold, best);
                    }
                }
                trainer.tick();
            }
            s.labels[i] = best;
            p2 = p1;
            p1 = best;
        }
        return mistakes;
    }

    private static final ThreadLocal<int[]> LABEL_FEATS = ThreadLocal.withInitial(() -> new int[16]);

    /** Averaged-perceptron state used by {@link #decode} during training. */
    static final class Trainer {
        final NerModel model;
        final double[] acc;
        int[] gold = new int[64];
        long clock = 1;

        Trainer(NerModel model) {
            this.model = model;
            this.acc = new double[model.weights.length];
        }

        void update(int row, int gold, int pred) {
            model.weights[row + gold] += 1f;
            acc[row + gold] += clock;
            model.weights[row + pred] -= 1f;
            acc[row + pred] -= clock;
        }

        void tick() {
            clock++;
        }

        /** Replaces the weights by their average over all steps. */
        void average() {
            float[] w = model.weights;
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (w[i] - acc[i] / clock);
            }
        }
    }

}
