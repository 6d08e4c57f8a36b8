package org.froissart.extractors.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Synthetic training sentences for sports reports, a genre absent from the training corpora:
 * teams are named after their town ("Leeds beat Chelsea 2-1") and are organisations, not places
 * (MUC / CoNLL annotation convention); results and standings are lists of names and numbers.
 * Names come from the word lists only (towns from loc.txt, people from first.txt and per.txt);
 * the templates are generic (hand-written, project licence). Deterministic for a seed.
 */
final class NerSynthetic {
    private static final int PER = 1, ORG = 2, LOC = 3;
    private static final String[] SUFFIX = {"United", "City", "Rovers", "Town", "Athletic", "Wanderers", "FC",
            "Albion", "County", "Rangers", "Sporting"};
    private static final String[] DAYS = {"Saturday", "Sunday", "Wednesday", "Tuesday", "Friday"};

    private final Random rnd;
    private final List<String> towns = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<String> firsts = new ArrayList<>();
    private final List<String> lasts = new ArrayList<>();

    private List<String> words;
    private List<Integer> types;
    private List<Boolean> begins;

    NerSynthetic(Function<String, InputStream> opener, String lang, long seed) {
        this.rnd = new Random(seed);
        String dir = NerResources.directory(lang);
        for (String l : lines(opener, dir + "loc.txt")) {
            String[] w = l.split(" ");
            if (w.length <= 2 && l.matches("[A-Z][a-z]+( [A-Z][a-z]+)?")) {
                towns.add(l);
            }
        }
        for (String l : lines(opener, dir + "first.txt")) {
            if (l.matches("[A-Z][a-z]+")) {
                firsts.add(l);
            }
        }
        for (String l : lines(opener, dir + "per.txt")) {
            String[] w = l.split(" ");
            String last = w[w.length - 1];
            if (w.length >= 2 && last.matches("[A-Z][a-z]{2,}")) {
                lasts.add(last);
            }
        }
        // a short list of country names for athletes' nationalities
        for (String c : List.of("Britain", "France", "Germany", "Italy", "Spain", "Kenya", "Russia", "Australia",
                "Brazil", "Japan", "China", "Canada", "Sweden", "Norway", "Poland", "Mexico", "Argentina", "Belgium",
                "Netherlands", "Portugal", "Ethiopia", "Morocco", "Ukraine", "Romania", "Hungary", "Austria")) {
            countries.add(c);
        }
    }

    private static List<String> lines(Function<String, InputStream> opener, String path) {
        List<String> out = new ArrayList<>();
        try (InputStream in = opener.apply(path)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private <T> T pick(List<T> l) {
        return l.get(rnd.nextInt(l.size()));
    }

    private String team() {
        String t = pick(towns);
        if (rnd.nextInt(4) == 0) {
            t = t + " " + SUFFIX[rnd.nextInt(SUFFIX.length)];
        }
        return t;
    }

    private void start() {
        words = new ArrayList<>();
        types = new ArrayList<>();
        begins = new ArrayList<>();
    }

    private void w(String s) {
        for (String x : s.split(" ")) {
            words.add(x);
            types.add(0);
            begins.add(false);
        }
    }

    private void name(String s, int type) {
        boolean first = true;
        for (String x : s.split(" ")) {
            words.add(x);
            types.add(type);
            begins.add(first);
            first = false;
        }
    }

    private String num(int max) {
        return Integer.toString(rnd.nextInt(max + 1));
    }

    private String person() {
        return rnd.nextInt(3) == 0 ? pick(firsts).charAt(0) + ". " + pick(lasts) : pick(firsts) + " " + pick(lasts);
    }

    private NerCorpora.Sentence done() {
        int[] ty = new int[types.size()];
        boolean[] be = new boolean[types.size()];
        for (int i = 0; i < ty.length; i++) {
            ty[i] = types.get(i);
            be[i] = begins.get(i);
        }
        return new NerCorpora.Sentence(words, ty, be);
    }

    private NerCorpora.Sentence one() {
        start();
        switch (rnd.nextInt(10)) {
            case 0, 1 -> { // results
                int k = 1 + rnd.nextInt(4);
                for (int i = 0; i < k; i++) {
                    name(team(), ORG);
                    w(num(5));
                    name(team(), ORG);
                    w(num(5));
                }
            }
            case 2, 3 -> { // standings
                int k = 1 + rnd.nextInt(3);
                for (int i = 0; i < k; i++) {
                    name(team(), ORG);
                    for (int j = 0; j < 7; j++) {
                        w(num(40));
                    }
                }
            }
            case 4 -> {
                name(team(), ORG);
                w(pick(List.of("beat", "defeated", "lost to", "drew with", "held", "thrashed", "edged")));
                name(team(), ORG);
                w(num(5) + "-" + num(5) + " on " + DAYS[rnd.nextInt(DAYS.length)] + " .");
            }
            case 5 -> {
                name(person(), PER);
                w(pick(List.of("scored twice as", "scored the winner as", "struck late as", "was sent off as")));
                name(team(), ORG);
                w(pick(List.of("beat", "lost to", "drew with")));
                name(team(), ORG);
                w(".");
            }
            case 6 -> {
                name(team(), ORG);
                w(pick(List.of("striker", "captain", "coach", "manager", "goalkeeper", "midfielder")));
                name(person(), PER);
                w(pick(List.of("said the team", "was injured in the match against", "joined from")));
                name(team(), ORG);
                w(".");
            }
            case 7 -> {
                w(pick(List.of("Leaders", "Champions", "Hosts", "Visitors")));
                name(team(), ORG);
                w(pick(List.of("extended their lead after a win over", "slipped to third after losing at",
                        "reached " + num(300) + " for " + num(9) + " against")));
                name(team(), ORG);
                w(".");
            }
            case 8 -> { // individual results
                int k = 1 + rnd.nextInt(3);
                for (int i = 0; i < k; i++) {
                    if (rnd.nextBoolean()) {
                        w(num(9) + ".");
                    }
                    name(person(), PER);
                    w("(");
                    name(pick(countries), LOC);
                    w(")");
                    w(num(70) + "." + num(99));
                }
            }
            default -> {
                name(team(), ORG);
                w(num(400) + " and " + num(300) + "-" + num(9) + " ( ");
                name(person(), PER);
                w(num(150) + " ) ,");
                name(team(), ORG);
                w(num(400) + " .");
            }
        }
        return done();
    }

    /** n synthetic sentences (none when a list is missing). */
    List<NerCorpora.Sentence> sentences(int n) {
        List<NerCorpora.Sentence> out = new ArrayList<>();
        if (towns.isEmpty() || firsts.isEmpty() || lasts.isEmpty()) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            out.add(one());
        }
        return out;
    }
}
