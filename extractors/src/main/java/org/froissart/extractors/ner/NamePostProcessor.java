package org.froissart.extractors.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.froissart.api.Token;

/**
 * Document-level corrections applied after tagging (token-index spans {start, end, type} with
 * type 1 PER, 2 ORG, 3 LOC):
 * <ol>
 *   <li>organisation keywords: a run of capitalised words (with connectors such as "of", "de",
 *       "des") containing an organisation keyword from the "orgkey" list becomes one ORG name;</li>
 *   <li>one sense per document: a name string tagged with several types takes its majority type;</li>
 *   <li>propagation: untagged capitalised occurrences of a name tagged elsewhere in the document
 *       (and the surname alone of a tagged full person name) get that name's type.</li>
 * </ol>
 */
final class NamePostProcessor {
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "for", "de", "du", "des", "d'",
            "la", "l'", "le", "les", "pour", "et", "sur", "en", "à");
    private static final Set<String> LEADING = Set.of("the", "le", "la", "les", "l'", "a", "an", "un", "une");
    private static final int PER = 1, ORG = 2;
    /**
     * Lower-case adjectives that continue a French institution name ("Assemblée nationale", "Parti
     * socialiste"); French capitalises only the first word of such names. Nationality adjectives
     * (the "demonym" list) continue them too ("Ligue arabe").
     */
    private static final Set<String> NAME_ADJECTIVES = Set.of("national", "nationale", "nationaux", "nationales",
            "international", "internationale", "européen", "européenne", "socialiste", "communiste", "républicain",
            "républicaine", "démocrate", "démocratique", "populaire", "fédéral", "fédérale", "général", "générale",
            "municipal", "municipale", "régional", "régionale", "supérieur", "supérieure", "central", "centrale",
            "royal", "royale", "unies", "islamique", "catholique", "libéral", "libérale", "radical", "radicale",
            "constitutionnel", "olympique", "mondial", "mondiale", "militaire", "économique", "social", "sociale",
            "ouvrier", "ouvrière", "écologiste", "nationaliste", "populaires", "départemental", "départementale");
    private static final int MAX_RUN = 8;

    private final Gazetteer gazetteer;
    private final int orgKey;

    NamePostProcessor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.orgKey = gazetteer.categoryIndex("orgkey");
        this.demonym = gazetteer.categoryIndex("demonym");
        this.title = gazetteer.categoryIndex("title");
    }

    private final int demonym;
    private final int title;

    private boolean nameAdjective(String text, Token t) {
        if (!Character.isLowerCase(text.charAt(t.start()))) {
            return false;
        }
        if (NAME_ADJECTIVES.contains(t.norm())) {
            return true;
        }
        return demonym >= 0 && (gazetteer.lookup(Gazetteer.extend(Gazetteer.start(), t.norm())) & (1 << demonym)) != 0;
    }

    /** Token spans from BIO labels. */
    static List<int[]> spans(int[] labels) {
        List<int[]> out = new ArrayList<>();
        int n = labels.length;
        int i = 0;
        while (i < n) {
            int l = labels[i];
            if (l == NerModel.O) {
                i++;
                continue;
            }
            int type = NerModel.typeOf(l);
            int j = i + 1;
            while (j < n && labels[j] != NerModel.O && !NerModel.isBegin(labels[j]) && NerModel.typeOf(labels[j]) == type) {
                j++;
            }
            out.add(new int[] {i, j, type});
            i = j;
        }
        return out;
    }

    List<int[]> apply(String text, List<Token> tokens, boolean[] sentenceStart, List<int[]> spans) {
        if (orgKey >= 0) {
            spans = organisationRuns(text, tokens, spans);
        }
        spans = initials(text, tokens, spans);
        return propagate(text, tokens, sentenceStart, spans);
    }

    /** An initial ("J.") followed by a name: the name is a person's name that starts at the initial. */
    private boolean initial(String text, Token t) {
        int len = t.end() - t.start();
        return len == 2 && Character.isUpperCase(text.charAt(t.start())) && text.charAt(t.start() + 1) == '.'
                && !(title >= 0 && (gazetteer.lookup(Gazetteer.extend(Gazetteer.start(), t.norm())) & (1 << title)) != 0);
    }

    /**
     * Person names after initials: "J. Adams" tagged as two names, or with the initial left out,
     * becomes one person name; a lone initial tagged as a name is dropped.
     */
    List<int[]> initials(String text, List<Token> tokens, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        int lastEnd = 0;
        for (int k = 0; k < spans.size(); k++) {
            int[] sp = spans.get(k);
            boolean allInitials = true;
            for (int j = sp[0]; j < sp[1]; j++) {
                allInitials &= initial(text, tokens.get(j));
            }
            if (allInitials) {
                if (k + 1 < spans.size() && spans.get(k + 1)[0] == sp[1] && spans.get(k + 1)[2] == PER) {
                    int[] nx = spans.get(k + 1);
                    spans.set(k + 1, new int[] {sp[0], nx[1], PER});
                }
                continue; // a lone initial is not a name
            }
            int st = sp[0];
            if (sp[2] == PER) {
                while (st > lastEnd && initial(text, tokens.get(st - 1))) {
                    st--;
                }
            }
            out.add(st == sp[0] ? sp : new int[] {st, sp[1], sp[2]});
            lastEnd = sp[1];
        }
        return out;
    }

    private static boolean capitalised(String text, Token t) {
        char c = text.charAt(t.start());
        if (!Character.isUpperCase(c)) {
            return false;
        }
        // headline words in capitals are not evidence; short acronyms are
        int len = t.end() - t.start();
        if (len <= 5) {
            return true;
        }
        for (int i = t.start() + 1; i < t.end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isOrgKey(Token t) {
        long h = Gazetteer.extend(Gazetteer.start(), t.norm());
        return (gazetteer.lookup(h) & (1 << orgKey)) != 0;
    }

    private List<int[]> organisationRuns(String text, List<Token> tokens, List<int[]> spans) {
        int n = tokens.size();
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!capitalised(text, tokens.get(i))) {
                i++;
                continue;
            }
            int st = i;
            int end = i + 1; // exclusive, last capitalised
            int j = i + 1;
            while (j < n && j - st < MAX_RUN) {
                Token t = tokens.get(j);
                if (capitalised(text, t)) {
                    if (j > end && isOrgKey(t)) {
                        break; // "X de la Ligue ...": a keyword after a connector starts another name
                    }
                    end = j + 1;
                    j++;
                } else if (j == end && nameAdjective(text, t)) {
                    end = j + 1;
                    j++;
                } else if (CONNECTORS.contains(t.norm()) && t.start() > tokens.get(j - 1).end() - 1) {
                    j++;
                } else {
                    break;
                }
            }
            while (st < end && LEADING.contains(tokens.get(st).norm())) {
                st++;
            }
            boolean key = false;
            for (int k = st; k < end && !key; k++) {
                key = isOrgKey(tokens.get(k)) && capitalised(text, tokens.get(k));
            }
            if (key && end - st >= 2) {
                runs.add(new int[] {st, end, ORG});
            }
            i = Math.max(end, i + 1);
        }
        if (runs.isEmpty()) {
            return spans;
        }
        List<int[]> out = new ArrayList<>();
        int r = 0;
        for (int[] sp : spans) {
            while (r < runs.size() && runs.get(r)[1] <= sp[0]) {
                out.add(runs.get(r++));
            }
            boolean overlaps = false;
            for (int k = r; k < runs.size() && runs.get(k)[0] < sp[1]; k++) {
                overlaps |= runs.get(k)[1] > sp[0];
            }
            if (!overlaps) {
                out.add(sp);
            }
        }
        while (r < runs.size()) {
            out.add(runs.get(r++));
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        // drop overlaps that can remain when a run straddles two spans
        List<int[]> clean = new ArrayList<>();
        int last = 0;
        for (int[] sp : out) {
            if (sp[0] >= last) {
                clean.add(sp);
                last = sp[1];
            }
        }
        return clean;
    }

    private static String key(List<Token> tokens, int st, int en) {
        StringBuilder sb = new StringBuilder();
        for (int k = st; k < en; k++) {
            if (k > st) {
                sb.append('\u0001');
            }
            sb.append(tokens.get(k).norm());
        }
        return sb.toString();
    }

    private List<int[]> propagate(String text, List<Token> tokens, boolean[] sentenceStart, List<int[]> spans) {
        if (spans.isEmpty()) {
            return spans;
        }
        // votes per name string
        Map<String, int[]> votes = new HashMap<>();
        for (int[] sp : spans) {
            votes.computeIfAbsent(key(tokens, sp[0], sp[1]), k -> new int[4])[sp[2]]++;
        }
        Map<String, Integer> typeOf = new HashMap<>();
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            int[] v = e.getValue();
            int best = 1;
            for (int t = 2; t <= 3; t++) {
                if (v[t] > v[best]) {
                    best = t;
                }
            }
            typeOf.put(e.getKey(), best);
        }
        // surnames of full person names
        Map<String, Integer> extra = new HashMap<>();
        for (int[] sp : spans) {
            if (sp[2] == PER && sp[1] - sp[0] >= 2) {
                Token last = tokens.get(sp[1] - 1);
                if (last.end() - last.start() >= 3 && capitalised(text, last)) {
                    extra.putIfAbsent(last.norm(), PER);
                }
            }
        }
        for (Map.Entry<String, Integer> e : extra.entrySet()) {
            typeOf.putIfAbsent(e.getKey(), e.getValue());
        }
        // first-token index of candidate names
        Map<String, List<String>> byFirst = new HashMap<>();
        Map<String, Integer> lengths = new HashMap<>();
        for (String k : typeOf.keySet()) {
            String[] parts = k.split("\u0001", -1);
            byFirst.computeIfAbsent(parts[0], x -> new ArrayList<>()).add(k);
            lengths.put(k, parts.length);
        }
        int n = tokens.size();
        boolean[] covered = new boolean[n];
        List<int[]> out = new ArrayList<>();
        for (int[] sp : spans) {
            int t = typeOf.get(key(tokens, sp[0], sp[1]));
            out.add(new int[] {sp[0], sp[1], t});
            for (int k = sp[0]; k < sp[1]; k++) {
                covered[k] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (covered[i]) {
                continue;
            }
            Token t = tokens.get(i);
            List<String> cands = byFirst.get(t.norm());
            if (cands == null || !capitalised(text, t) || t.end() - t.start() < 2) {
                continue;
            }
            String best = null;
            int bestLen = 0;
            for (String c : cands) {
                int len = lengths.get(c);
                if (len > bestLen && i + len <= n && matches(tokens, text, i, c, len, covered)) {
                    best = c;
                    bestLen = len;
                }
            }
            if (best != null) {
                out.add(new int[] {i, i + bestLen, typeOf.get(best)});
                for (int k = i; k < i + bestLen; k++) {
                    covered[k] = true;
                }
                i += bestLen - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    private static boolean matches(List<Token> tokens, String text, int i, String key, int len, boolean[] covered) {
        String[] parts = key.split("\u0001", -1);
        for (int k = 0; k < len; k++) {
            if (covered[i + k] || !tokens.get(i + k).norm().equals(parts[k])) {
                return false;
            }
        }
        return true;
    }
}
