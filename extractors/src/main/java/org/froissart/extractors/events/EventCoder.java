package org.froissart.extractors.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.froissart.api.Document;
import org.froissart.api.Entity;
import org.froissart.api.Event;
import org.froissart.api.EventActor;
import org.froissart.api.Mention;
import org.froissart.api.Quote;
import org.froissart.api.Span;
import org.froissart.api.TemporalExpression;
import org.froissart.api.Token;
import org.froissart.extractors.entities.ArticleCountry;
import org.froissart.extractors.entities.Knowledge;

/**
 * Codes events sentence by sentence: triggers from the language's dictionary, then source and
 * target from the actors around them — the subject before a verbal trigger and its object after,
 * the "de/of" complement of a nominal trigger, the "par/by" agent of a passive, the previous
 * subject for a pronoun, the quote's speaker for "nous/we" inside a quotation.
 */
final class EventCoder {
    /** How far (in tokens) a target is looked for after a trigger. */
    private static final int TARGET_WINDOW = 14;
    /** How far the "de/of" complement of a nominal trigger may be: "l'offensive militaire à grande échelle de Moscou". */
    private static final int OF_WINDOW = 6;
    private static final int NEGATION_WINDOW = 3;
    private static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "d'", "à", "au", "aux", "en", "contre", "avec", "dans",
            "sur", "pour", "par", "vers", "entre", "selon", "of", "in", "with", "to", "for", "against", "by", "on", "at", "from",
            "into", "between", "as", "that", "than", "after", "before", "over", "about");
    /** Prepositions that introduce the other side of an act when the dictionary names none. */
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("avec", "contre", "auprès", "with", "against");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("à", "au", "aux", "en", "dans", "in", "at", "across");

    private final TriggerDictionary triggers;
    private final CameoTable cameo;
    private final EventGrammar grammar;
    private final ActorChunker chunker;
    private final Set<String> passive;
    private final Set<String> agentPreps;
    private final Set<String> ofPreps;
    private final Set<String> negation;
    private final Set<String> hypothetical;
    private final Set<String> future;
    private final Set<String> firstPerson;
    private final Set<String> boundaries;
    private final Set<String> relatives;
    private final Set<String> adverbs;
    private final Set<String> hosts;
    private final Set<String> possessives;
    private final Set<String> articles;
    private final Set<String> purpose;
    private final Set<String> auxiliaries;
    private final Set<String> verbMarkers;
    private final Set<String> infinitive;
    private final Set<String> copulas;
    private final Set<String> titles;
    private final Set<String> objectPronouns;
    private final Set<String> objectClitics;
    private final Set<String> timeWords;
    private final Knowledge knowledge;

    EventCoder(TriggerDictionary triggers, CameoTable cameo, EventGrammar grammar, Knowledge knowledge) {
        this.triggers = triggers;
        this.cameo = cameo;
        this.grammar = grammar;
        this.knowledge = knowledge;
        Set<String> pronouns = new HashSet<>(grammar.role("pronoun"));
        pronouns.addAll(grammar.role("first-person"));
        this.chunker = new ActorChunker(knowledge, pronouns, grammar.role("linker"));
        this.passive = grammar.role("passive");
        this.agentPreps = grammar.role("agent");
        this.ofPreps = grammar.role("of");
        this.negation = grammar.role("negation");
        this.hypothetical = grammar.role("hypothetical");
        this.future = grammar.role("future");
        this.firstPerson = grammar.role("first-person");
        this.boundaries = grammar.role("boundary");
        this.relatives = grammar.role("relative");
        this.adverbs = grammar.role("adverb");
        this.hosts = grammar.role("host");
        this.possessives = grammar.role("possessive");
        this.articles = grammar.role("article");
        this.purpose = grammar.role("purpose");
        this.auxiliaries = grammar.role("auxiliary");
        this.infinitive = grammar.role("infinitive");
        this.verbMarkers = new HashSet<>(grammar.role("modal"));
        this.verbMarkers.addAll(infinitive);
        this.copulas = grammar.role("copula");
        this.titles = grammar.role("title");
        this.objectPronouns = grammar.role("object-pronoun");
        this.objectClitics = grammar.role("object-clitic");
        this.timeWords = grammar.role("time");
    }

    void process(Document d) {
        List<Token> tokens = d.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        String text = d.text();
        Entity[] entityOf = ActorChunker.entityOfToken(d);
        boolean[] insideName = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            // Words inside an organisation's or place's name: triggers there are part of the name.
            insideName[i] = entityOf[i] != null && entityOf[i].type() != org.froissart.api.EntityType.PERSON
                    && (i > 0 && entityOf[i - 1] == entityOf[i]);
        }
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : d.entities()) {
            entities.put(e.id(), e);
        }
        String articleCountry = ArticleCountry.of(d, knowledge);
        ActorChunker.Discourse discourse = new ActorChunker.Discourse(articleCountry);
        Map<String, Integer> seen = new HashMap<>();
        List<Event> out = new ArrayList<>();
        ActorChunk lastSubject = null;
        DocumentState state = new DocumentState();
        for (Span sentence : d.sentences()) {
            if (d.inBoilerplate(sentence.start())) {
                continue;
            }
            int from = ActorChunker.firstTokenAtOrAfter(tokens, sentence.start());
            int to = ActorChunker.firstTokenAtOrAfter(tokens, sentence.end());
            if (to <= from) {
                continue;
            }
            List<ActorChunk> actors = chunker.chunks(text, tokens, entityOf, from, to, discourse);
            List<TriggerDictionary.Hit> hits = select(text, tokens, from, to, insideName);
            ActorChunk subjectForNext = null;
            for (TriggerDictionary.Hit hit : hits) {
                for (Event coded : code(d, tokens, sentence, from, to, hit, actors, lastSubject, entities, articleCountry, state)) {
                for (Event e : reciprocal(coded, state) ? List.of(coded, mirror(coded)) : List.of(coded)) {
                String key = key(e);
                Integer first = seen.get(key);
                if (first == null) {
                    seen.put(key, out.size());
                    out.add(e);
                } else if (!sameSentence(out.get(first), e)) {
                    Event f = out.get(first);
                    List<Mention> repeats = new ArrayList<>(f.repeats());
                    repeats.add(e.trigger());
                    out.set(first, new Event(f.cameo(), f.ploverType(), f.ploverMode(), f.source(), f.target(), f.trigger(),
                            f.sentence(), f.date(), f.quadClass(), f.goldstein(), f.negated(), f.hypothetical(), repeats,
                            f.future()));
                }
                }
                }
            }
            for (ActorChunk a : actors) {
                if (!a.pronoun()) {
                    subjectForNext = a;
                    break;
                }
            }
            for (ActorChunk a : actors) {
                ActorChunk first = a.code() == null ? null : coordinatedBefore(tokens, a, actors);
                if (first != null && first.code() != null && first.code().length() >= 3
                        && !a.code().startsWith(first.code().substring(0, 3))) { // two sides, not two names of one country
                    state.pairFirst = first; // "relations between Egypt and Israel"
                    state.pairSecond = a;
                }
            }
            if (subjectForNext != null) {
                lastSubject = subjectForNext;
            }
        }
        d.events().addAll(out);
    }

    private static boolean sameSentence(Event a, Event b) {
        return a.sentence().equals(b.sentence());
    }

    private static String key(Event e) {
        return e.sentence().start() + "|" + actorKey(e.source()) + "|" + e.cameo() + "|" + actorKey(e.target());
    }

    private static String actorKey(EventActor a) {
        if (a == null) {
            return "-";
        }
        return a.entity() != null ? a.entity() : String.valueOf(a.code());
    }

    /** Longest triggers first, no overlaps; weak statements ("a déclaré") only when nothing else is there. */
    private List<TriggerDictionary.Hit> select(String text, List<Token> tokens, int from, int to, boolean[] insideName) {
        List<TriggerDictionary.Hit> all = new ArrayList<>();
        for (int i = from; i < to; i++) {
            triggers.matchAt(tokens, i, to, all, adverbs);
        }
        // "millions of pounds", "un manifestant": a verb pattern right after an article is a noun.
        all.removeIf(h -> !h.trigger().nominal() && h.start() > from && articles.contains(tokens.get(h.start() - 1).norm()));
        all.sort(Comparator.comparingInt((TriggerDictionary.Hit h) -> -h.length())
                .thenComparingInt(h -> -h.trigger().cameo().length())
                .thenComparingInt(TriggerDictionary.Hit::start));
        List<TriggerDictionary.Hit> chosen = new ArrayList<>();
        boolean[] used = new boolean[to - from];
        for (int i = from; i < to; i++) {
            used[i - from] = insideName[i]; // "Mission multinationale de soutien": a name, not an event
        }
        for (TriggerDictionary.Hit h : all) {
            boolean free = true;
            for (int i = h.start(); i < h.end(); i++) {
                if (used[i - from]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(h);
                for (int i = h.start(); i < h.end(); i++) {
                    used[i - from] = true;
                }
            }
        }
        chosen.removeIf(h -> h.trigger().nominal() && insideTitle(text, tokens, from, h.start()));
        // "£5 pounds", "300 strikes": after a number the word is a noun, not the verb of the pattern.
        chosen.removeIf(h -> !h.trigger().nominal() && h.start() > from && startsWithDigit(tokens.get(h.start() - 1).norm()));
        // A trigger word capitalised inside a sentence is a name or a month ("in March", "la République en Marche").
        chosen.removeIf(h -> h.start() > from && Character.isUpperCase(text.charAt(tokens.get(h.start()).start()))
                && !tokens.get(h.start() - 1).norm().equals("\""));
        boolean substantive = chosen.stream().anyMatch(h -> !h.trigger().cameo().startsWith("01"));
        if (substantive) {
            chosen.removeIf(h -> h.trigger().cameo().startsWith("01"));
        }
        chosen.sort(Comparator.comparingInt(TriggerDictionary.Hit::start));
        return chosen;
    }

    private List<Event> code(Document d, List<Token> tokens, Span sentence, int from, int to, TriggerDictionary.Hit hit,
                       List<ActorChunk> actors, ActorChunk previousSubject, Map<String, Entity> entities, String articleCountry,
                       DocumentState state) {
        TriggerDictionary.Trigger t = hit.trigger();
        // "is to visit", "will protest": a word that is both noun and verb is a verb after "to" or a modal.
        boolean nominal = t.nominal() && !verbalPosition(tokens, from, hit.start());
        ActorChunk source;
        ActorChunk target;
        boolean coordinatedSubject = false;
        ActorChunk coSource = null;
        boolean incise = false;
        boolean passiveNoun = false;
        if (nominal && undergone(t.cameo())) {
            // "l'arrestation de deux opposants", "la libération des otages", "l'assassinat du général": the "de"
            // complement undergoes the act; who did it is the agent ("par la police") when the text says.
            target = complement(tokens, hit.end(), to, actors, ofPreps, OF_WINDOW, Set.of());
            source = complement(tokens, hit.end(), to, actors, agentPreps, TARGET_WINDOW, Set.of());
            passiveNoun = true;
        } else if (nominal) {
            source = complement(tokens, hit.end(), to, actors, ofPreps, OF_WINDOW, t.targetPreps());
            if (source == null && !followedBy(tokens, hit.end(), to, ofPreps)) {
                // "Lavrov a exprimé … lors d'un entretien", "Beijing launched a crackdown": the clause's subject
                // takes part only when a word ties the noun to it; otherwise "the summit" has no known source.
                ActorChunk genitive = genitiveBefore(tokens, from, hit.start(), actors); // "China's crackdown"
                boolean possessed = hit.start() > from && possessives.contains(tokens.get(hit.start() - 1).norm()); // "sa visite"
                source = genitive != null ? genitive
                        : possessed || hostedBySubject(tokens, from, hit.start()) ? subjectBefore(tokens, from, hit.start(), actors) : null;
            }
            if (source == null) {
                source = adjectival(d, tokens, from, to, hit, actors, entities); // "une attaque américaine", "US objections"
            }
            target = t.targetPreps().isEmpty() ? null : complement(tokens, hit.end(), to, actors, t.targetPreps(), TARGET_WINDOW, Set.of());
        } else if (isPassive(tokens, from, hit)) {
            target = subjectBefore(tokens, from, hit.start(), actors);
            source = complement(tokens, hit.end(), to, actors, agentPreps, TARGET_WINDOW, Set.of());
        } else {
            source = subjectBefore(tokens, from, hit.start(), actors);
            if (source == null && incise(tokens, from, hit.start())) {
                // ", ont dénoncé dans un communiqué les syndicats", "« … », a déclaré le ministre": the subject follows.
                source = objectAfter(tokens, hit.end(), to, actors);
                incise = true;
            }
            // "a appelé l'Iran à préserver l'accord de Vienne": an actor inside the pattern is its object.
            ActorChunk inside = t.targetPreps().isEmpty() && hit.end() - hit.start() > 2 ? within(actors, hit.start() + 1, hit.end()) : null;
            target = inside != null ? inside : t.targetPreps().isEmpty() ? objectAfter(tokens, hit.end(), to, actors)
                    : complement(tokens, hit.end(), to, actors, t.targetPreps(), TARGET_WINDOW, Set.of());
            if (target == null && !t.targetPreps().isEmpty()) {
                target = objectAfter(tokens, hit.end(), to, actors);
            }
        }
        if (source == null && !nominal && presentParticipleAfterComma(tokens, from, hit.start())) {
            source = firstSubject(tokens, from, hit.start(), actors); // "a répliqué le ministre, accusant M. Toubon", "..., accusing"
            if (source == target) {
                source = null;
            }
        }
        if (incise && target == source) {
            target = null;
        }
        if (target == null && source != null && !nominal && !isPassive(tokens, from, hit) && objectPronoun(tokens, from, hit)) {
            // "Mélenchon l'accuse de mensonge", "il lui a demandé de", "accused them": the actor named before the subject.
            target = antecedentBefore(tokens, from, source, actors);
        }
        if (source == null && !nominal && state.pairFirst != null && dualSubject(tokens, from, hit.start())) {
            // "the two countries have signed", "Both exchanged prisoners", "les deux pays ont signé": the pair named last.
            source = state.pairFirst;
            if (target == null && mutualRoot(t.cameo())) {
                target = state.pairSecond;
                coordinatedSubject = true;
            } else {
                coSource = state.pairSecond;
            }
        }
        if (source != null && !source.pronoun() && !nominal && !isPassive(tokens, from, hit)) {
            ActorChunk first = coordinatedBefore(tokens, source, actors);
            if (first != null && target == null && mutualRoot(t.cameo())) {
                target = source; // "l'Égypte et Israël ont échangé des prisonniers": one acts towards the other
                source = first;
                coordinatedSubject = true;
            } else if (first != null) {
                coSource = source; // "Germany and France called for the embargo to be lifted": both act
                source = first;
            }
        }
        if (target == null && !nominal && hit.end() - hit.start() > 1) {
            target = within(actors, hit.start() + 1, hit.end()); // "attacked the government": the pattern names its object
        }
        boolean passive = !nominal && isPassive(tokens, from, hit) || passiveNoun;
        Quote quoted = quoteAround(d, tokens.get(hit.start()).start());
        if (quoted != null && words(quoted.text()) >= 6
                && (source == null || !source.pronoun() || !firstPerson.contains(tokens.get(source.start()).norm()))) {
            // Inside a quotation only the speaker's own acts count ("Nous exprimons notre soutien…"):
            // the rest is opinion, hypothesis or rhetoric. Short quotes are words set in the narrative
            // ("la Russie a « fermement condamné » l'attaque") and do not count as quotations here.
            return List.of();
        }
        EventActor src = resolve(d, tokens, source, previousSubject, hit, entities, actors);
        EventActor tgt = resolve(d, tokens, target, previousSubject, hit, entities, actors);
        // A political event needs one side the dictionaries or roles code, or an act only states and
        // protesters perform; the article's country then fills in unknown names ("Castle released" is an album).
        boolean political = src != null && src.code() != null || tgt != null && tgt.code() != null
                || titled(tokens, from, source, entities) || titled(tokens, from, target, entities);
        src = inArticleCountry(src, entities, articleCountry);
        tgt = inArticleCountry(tgt, entities, articleCountry);
        if (src == null && source == null && t.cameo().startsWith("14") && (nominal || !passive)) {
            // "les manifestations contre la réforme", "thousands took to the streets": protesters of the place
            // named, else of the article's country.
            String where = placeAfter(tokens, hit.end(), to, d);
            src = where != null ? new EventActor(null, where, null) : articleCountry != null ? new EventActor(null, articleCountry, null) : null;
            political = true;
        }
        if (passive && src == null && tgt != null && tgt.code() != null && byAuthorities(t.cameo())) {
            // "ont été arrêtés", "was convicted", "a été libéré": the authorities of the target's country did it.
            String country = knowledge.countryOf(tgt.code());
            src = country != null ? new EventActor(null, country, null) : articleCountry != null ? new EventActor(null, articleCountry, null) : null;
            political = true;
        } else if (passive && src == null && target == null && !nominal && byAuthorities(t.cameo()) && t.cameo().startsWith("17")) {
            // "Quelque 70 personnes ont été interpellées à Bordeaux", "45 people were arrested": people of the
            // place named (else of the article's country), by its authorities.
            String where = placeAfter(tokens, hit.end(), to, d);
            if (where == null) {
                where = placeAfter(tokens, from, hit.start(), d); // "In Moscow, 45 people were arrested"
            }
            String country = where != null ? where : articleCountry;
            Mention who = peopleBefore(d.text(), tokens, from, hit.start());
            if (country != null && who != null) {
                src = new EventActor(null, country, null);
                tgt = new EventActor(null, country + "CVL", who);
                political = true;
            }
        }
        if (!political) {
            return List.of();
        }
        if (tgt == null && target == null && (t.cameo().startsWith("043") || t.cameo().startsWith("044"))) {
            return List.of(); // hosting with no guest is a venue ("the host nation"), not a visit
        }
        if (!passive && (src == null || src.code() == null)) {
            return List.of(); // who acted is unknown: "se rendre en Corse pour les vacances"
        }
        // An event needs at least one side we can code: "la poule accueille le Huffington Post" is not political.
        if ((src == null || src.code() == null) && (tgt == null || tgt.code() == null)) {
            return List.of();
        }
        if (src != null && tgt != null && src.code() != null && tgt.code() != null && src.code().length() >= 3
                && (tgt.code().equals(src.code().substring(0, 3)) && isPlace(tgt, entities)
                    || tgt.entity() != null && tgt.entity().equals(src.entity()))) {
            // "entre le Venezuela et la Russie" with the Venezuelan assembly as source: the other side is the target.
            // A target of the same country but another sector stays: the opposition criticising the government.
            ActorChunk other = target == null ? null : coordinated(tokens, target, actors, to);
            tgt = other == null ? null : resolve(d, tokens, other, previousSubject, hit, entities, actors);
            target = other;
            if (tgt != null && tgt.code() != null && tgt.code().startsWith(src.code().substring(0, 3))) {
                tgt = null;
            }
        }
        if (tgt == null && (target == null || !target.pronoun()) && articleCountry != null && src != null && src.code() != null
                && src.code().startsWith(articleCountry)) {
            // "Jacob dénonce l'ambiguïté du gouvernement": in its own country's affairs, an actor acts on
            // that country's people and institutions; the object names them even when no actor word does.
            Mention object = nominal || passive ? null : incise ? quoteBefore(d, tokens, from, hit.start())
                    : objectPhrase(d.text(), tokens, hit.end(), to);
            if (object == null && !nominal && !passive && !incise) {
                object = clauseAfter(d.text(), tokens, hit.end(), to); // "warned that the changes…", "a déploré que…"
            }
            if (object == null && !nominal && !passive && !incise && hit.end() - hit.start() > 1) {
                object = objectPhrase(d.text(), tokens, hit.start() + 1, to); // "backed the proposals": the pattern holds its object
            }
            if (object == null && !t.targetPreps().isEmpty()) {
                object = prepositionPhrase(d.text(), tokens, hit.end(), to, t.targetPreps());
            }
            if (object == null && !passive) {
                object = prepositionPhrase(d.text(), tokens, hit.end(), to, PARTNER_PREPOSITIONS); // "held a meeting with union leaders"
            }
            tgt = object == null ? null : new EventActor(null, articleCountry, object);
        }
        boolean future = future(tokens, from, hit);
        String code = verbalAttack(t.cameo(), src, tgt, entities) ? "111" : future ? intentOf(t.cameo()) : t.cameo();
        if (tgt == null && code.startsWith("14") && src != null && src.code() != null && knowledge.countryOf(src.code()) != null) {
            // A protest, strike or riot with no named target is aimed at its own country's authorities.
            tgt = new EventActor(null, knowledge.countryOf(src.code()), null);
        }
        CameoTable.Code c = cameo.get(code);
        String text = d.text();
        Mention trigger = Mention.of(text, tokens.get(hit.start()).start(), tokens.get(hit.end() - 1).end());
        Event e = new Event(code, c.ploverType(), c.ploverMode(), src, tgt, trigger, sentence, date(d, sentence),
                c.quadClass(), c.goldstein(), negated(tokens, from, hit), hypothetical(tokens, from, hit), List.of(), future);
        List<EventActor> targets = new ArrayList<>();
        targets.add(tgt);
        if (tgt != null && target != null && tgt.text() != null && tgt.text().start() == tokens.get(target.start()).start()) {
            // "visit Thailand and Indonesia", "avec ses homologues allemand et chinois": one event per target listed.
            for (ActorChunk other : listedAfter(tokens, target, actors, to)) {
                EventActor more = inArticleCountry(resolve(d, tokens, other, previousSubject, hit, entities, actors), entities, articleCountry);
                boolean byDefault = more != null && more.entity() == null && articleCountry != null && more.code() != null
                        && more.code().startsWith(articleCountry) && tgt.code() != null && !tgt.code().startsWith(articleCountry);
                if (more != null && more.code() != null && !byDefault && !(src != null && src.code() != null && src.code().length() >= 3
                        && more.code().equals(src.code().substring(0, 3)) && isPlace(more, entities))) {
                    targets.add(more); // ("Bush and other Nato leaders": a role with only the article's country is not listed)
                }
            }
        }
        List<EventActor> sources = new ArrayList<>();
        sources.add(src);
        EventActor second = coSource == null ? null
                : inArticleCountry(resolve(d, tokens, coSource, previousSubject, hit, entities, actors), entities, articleCountry);
        if (second != null && second.code() != null) {
            sources.add(second);
        }
        List<Event> out = new ArrayList<>();
        for (EventActor by : sources) {
            for (EventActor on : targets) {
                if (by != null && on != null && by != src && by.code() != null && on.code() != null && by.code().length() >= 3
                        && on.code().startsWith(by.code().substring(0, 3)) && (isPlace(on, entities) || isPlace(by, entities))) {
                    continue; // a second subject acting on its own country ("Both …, with Egypt handing back")
                }
                Event one = by == src && on == tgt ? e : new Event(e.cameo(), e.ploverType(), e.ploverMode(), by, on, trigger, sentence,
                        e.date(), e.quadClass(), e.goldstein(), e.negated(), e.hypothetical(), List.of(), future);
                if (coordinatedSubject && on != null || meeting(one)) {
                    state.mutual.add(one);
                }
                out.add(one);
            }
        }
        return out;
    }

    /**
     * The actor an adjective or noun modifier names around a nominal trigger: after it in French
     * ("une attaque américaine", "les sanctions économiques américaines", "des interdictions
     * préfectorales"), right before it in English ("US objections", "Russian strikes", "EU demand").
     * A place name before the noun is where, not who ("the Iraq war"), unless it is an acronym ("US").
     */
    private ActorChunk adjectival(Document d, List<Token> tokens, int from, int to, TriggerDictionary.Hit hit,
                                  List<ActorChunk> actors, Map<String, Entity> entities) {
        for (int k = Math.max(from, hit.start() - 2); k < hit.start(); k++) {
            org.froissart.extractors.match.TokenTrie.Match<String> dem = knowledge.demonymAt(tokens, k, hit.start());
            if (dem != null && dem.end() == hit.start() && !dem.values().get(0).isEmpty()) {
                return new ActorChunk(k, dem.end(), null, dem.values().get(0), false, true); // "Russian strikes"
            }
        }
        for (ActorChunk a : actors) {
            if (a.pronoun() || a.code() == null) {
                continue;
            }
            if (a.modifier() && a.start() >= hit.end() && a.start() <= hit.end() + 1
                    || a.entity() == null && a.start() == hit.start() && a.end() > hit.end()) {
                return a; // "les violences policières", "l'attaque américaine" (the chunk holds the noun)
            }
            if (a.end() == hit.start() && a.start() >= from) {
                Entity e = a.entity() == null ? null : entities.get(a.entity());
                String first = d.text().substring(tokens.get(a.start()).start(), tokens.get(a.end() - 1).end());
                boolean acronym = first.length() <= 4 && first.equals(first.toUpperCase(java.util.Locale.ROOT));
                if (e == null || e.type() == org.froissart.api.EntityType.ORGANIZATION || acronym) {
                    return a;
                }
            }
        }
        return null;
    }

    /** "Quelque 70 personnes", "45 people", "des dizaines de manifestants": a counted group of people before the verb. */
    private static Mention peopleBefore(String text, List<Token> tokens, int from, int triggerStart) {
        for (int i = Math.max(from, triggerStart - 6); i < triggerStart; i++) {
            if (PEOPLE.contains(tokens.get(i).norm())) {
                int start = i;
                while (start > from && start > i - 3 && (startsWithDigit(tokens.get(start - 1).norm())
                        || QUANTIFIERS.contains(tokens.get(start - 1).norm()))) {
                    start--;
                }
                return start < i ? Mention.of(text, tokens.get(start).start(), tokens.get(i).end()) : null;
            }
        }
        return null;
    }

    private static final Set<String> PEOPLE = Set.of("personnes", "people", "persons", "individus", "hommes", "femmes", "men",
            "women", "jeunes", "youths", "suspects");
    private static final Set<String> QUANTIFIERS = Set.of("quelque", "environ", "plus", "moins", "de", "d'", "about", "some", "around",
            "dizaine", "dizaines", "centaine", "centaines", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
            "two", "three", "four", "five", "seven", "eight", "nine", "ten", "dozens", "hundreds", "of", "than", "more");

    /** A clitic object before the verb ("l'accuse", "lui a demandé", "les a reçus") or an object pronoun after it ("accused them"). */
    private boolean objectPronoun(List<Token> tokens, int from, TriggerDictionary.Hit hit) {
        int i = hit.start() - 1;
        if (i >= from && auxiliaries.contains(tokens.get(i).norm())) {
            i--; // "l'a accusé", "les ont reçus"
        }
        if (i >= from && objectClitics.contains(tokens.get(i).norm())) {
            return true;
        }
        return hit.end() < tokens.size() && objectPronouns.contains(tokens.get(hit.end()).norm());
    }

    /** The last actor before the subject in its sentence that is not inside a prepositional phrase: what "l'" stands for. */
    private static ActorChunk antecedentBefore(List<Token> tokens, int from, ActorChunk subject, List<ActorChunk> actors) {
        ActorChunk best = null;
        for (ActorChunk a : actors) {
            if (a.start() >= subject.start()) {
                break;
            }
            if (!a.pronoun() && !a.modifier() && !preposition(tokens, a.start()) && !java.util.Objects.equals(a.code(), subject.code())) {
                best = a;
            }
        }
        return best;
    }

    /** "…, accusant", "…, en dénonçant", "…, accusing": a participle clause whose subject is the sentence's. */
    private static boolean presentParticipleAfterComma(List<Token> tokens, int from, int start) {
        String v = tokens.get(start).norm();
        if (!(v.endsWith("ant") || v.endsWith("ing")) || v.length() < 6 || start - 1 < from) {
            return false;
        }
        String before = tokens.get(start - 1).norm();
        return before.equals(",") || before.equals("en") && start - 2 >= from && tokens.get(start - 2).norm().equals(",");
    }

    /** The first actor of the sentence that is not inside a prepositional phrase or a modifier, before the trigger. */
    private static ActorChunk firstSubject(List<Token> tokens, int from, int triggerStart, List<ActorChunk> actors) {
        for (ActorChunk a : actors) {
            if (a.start() >= triggerStart) {
                break;
            }
            if (!a.pronoun() && !a.modifier() && !preposition(tokens, a.start())) {
                return a;
            }
        }
        return null;
    }

    /** "Both", "the two countries", "les deux dirigeants" opening the clause of the trigger. */
    private boolean dualSubject(List<Token> tokens, int from, int triggerStart) {
        int clauseStart = from;
        for (int i = triggerStart - 1; i >= from; i--) {
            if (boundaries.contains(tokens.get(i).norm()) || tokens.get(i).norm().equals(",")) {
                clauseStart = i + 1;
                break;
            }
        }
        for (int i = clauseStart; i < Math.min(triggerStart, clauseStart + 3); i++) {
            String n = tokens.get(i).norm();
            if (n.equals("both")) {
                return true;
            }
            if ((n.equals("two") || n.equals("deux")) && i > clauseStart && DUAL_DETERMINERS.contains(tokens.get(i - 1).norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DUAL_DETERMINERS = Set.of("the", "these", "les", "ces");

    /** The token after "as well as" / "ainsi que" starting at {@code i}, or {@code i}. */
    private static int alsoAt(List<Token> tokens, int i, int to) {
        if (i + 2 < to && tokens.get(i).norm().equals("as") && tokens.get(i + 1).norm().equals("well") && tokens.get(i + 2).norm().equals("as")) {
            return i + 3;
        }
        if (i + 1 < to && tokens.get(i).norm().equals("ainsi") && tokens.get(i + 1).norm().equals("que")) {
            return i + 2;
        }
        return i;
    }

    /** Acts two coordinated subjects do to each other: meetings, agreements, cooperation, exchanges, fighting. */
    private static boolean mutualRoot(String cameo) {
        return cameo.startsWith("03") || cameo.startsWith("04") || cameo.startsWith("057") || cameo.startsWith("06")
                || cameo.startsWith("0841") || cameo.startsWith("19");
    }

    /**
     * The actors listed after {@code first}: "X and Y", "X, Y and Z", "X et Y". A comma alone is an
     * apposition ("Gordon Brown, the chancellor"), so a list counts only when "and/et" closes it.
     */
    private static List<ActorChunk> listedAfter(List<Token> tokens, ActorChunk first, List<ActorChunk> actors, int to) {
        List<ActorChunk> listed = new ArrayList<>();
        ActorChunk last = first;
        boolean closed = false;
        while (true) {
            for (ActorChunk a : actors) {
                if (!a.pronoun() && (a.start() == last.end()
                        || a.start() == last.end() + 1 && PLACE_PREPOSITIONS.contains(tokens.get(last.end()).norm()))) {
                    last = a; // a place before its role ("US" then "President George Bush"), a place in a place ("Aceh in Indonesia")
                }
            }
            if (last.end() >= to) {
                break;
            }
            String n = tokens.get(last.end()).norm();
            int next = last.end() + 1;
            if (n.equals(",") && next < to) {
                int also = alsoAt(tokens, next, to);
                if (also > next) {
                    n = "and";
                    next = also;
                }
            }
            int also = alsoAt(tokens, last.end(), to);
            if (also > last.end()) {
                n = "and"; // "Aceh, as well as Sri Lanka", "la France ainsi que l'Allemagne"
                next = also;
            }
            if (n.equals(",") && next < to && (tokens.get(next).norm().equals("and") || tokens.get(next).norm().equals("et"))) {
                n = tokens.get(next).norm();
                next++;
            }
            if (!n.equals(",") && !n.equals("and") && !n.equals("et") || closed && n.equals(",")) {
                break; // "X and Y, the minister": after the list closes, a comma opens an apposition
            }
            closed |= !n.equals(",");
            ActorChunk found = null;
            for (ActorChunk a : actors) {
                if (a.start() >= next && a.start() <= next + 3 && !a.pronoun()) { // "and the presidents of Sri Lanka"
                    found = a;
                    break;
                }
            }
            if (found == null) {
                break;
            }
            listed.add(found);
            last = found;
        }
        return closed ? listed : List.of();
    }

    /**
     * An announced act of cooperation is, in CAMEO, an intent (root 03): "will visit" is 036, "will sign
     * the agreement" 030, "will send aid" 033. Conflict announced stays coded as the act, flagged future.
     */
    static String intentOf(String cameo) {
        String root = cameo.substring(0, 2);
        switch (root) {
            case "04":
                return "036";
            case "05":
                return cameo.startsWith("057") ? "030" : "032";
            case "06":
                return switch (cameo) {
                    case "061" -> "0311";
                    case "062" -> "0312";
                    case "063" -> "0313";
                    case "064" -> "0314";
                    default -> "031";
                };
            case "07":
                return switch (cameo) {
                    case "071" -> "0331";
                    case "072" -> "0332";
                    case "073" -> "0333";
                    case "074" -> "0334";
                    default -> "033";
                };
            case "08":
                return switch (cameo.length() >= 3 ? cameo.substring(0, 3) : cameo) {
                    case "081" -> "0351";
                    case "082" -> "0352";
                    case "083" -> "034";
                    case "084" -> "0353";
                    case "085" -> "0354";
                    case "086" -> "0355";
                    case "087" -> "0356";
                    default -> "035";
                };
            default:
                return cameo;
        }
    }

    /** Nouns whose "de" complement is who undergoes the act: arrests, releases, expulsions, killings, assaults. */
    private static boolean undergone(String cameo) {
        return cameo.startsWith("17") || cameo.startsWith("084") || cameo.startsWith("18") || cameo.startsWith("1823");
    }

    /** Arrests, charges, trials, sanctions and releases: acts only authorities perform. */
    private static boolean byAuthorities(String cameo) {
        return cameo.startsWith("17") || cameo.startsWith("116") || cameo.startsWith("084") || cameo.startsWith("081")
                || cameo.startsWith("16") || cameo.startsWith("175");
    }

    /** What coding one document remembers; the coder itself is shared by the run's threads. */
    private static final class DocumentState {
        /** Events whose two sides were coordinated subjects ("X and Y met"): each acted towards the other. */
        final Set<Event> mutual = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** The last two actors named together ("Egypt and Israel"), for "the two countries", "both". */
        ActorChunk pairFirst;
        ActorChunk pairSecond;
    }

    /** Meetings, talks, agreements, cooperation and exchanges between coordinated subjects go both ways. */
    private static boolean reciprocal(Event e, DocumentState state) {
        if (!state.mutual.remove(e)) {
            return false;
        }
        String c = e.cameo();
        return c.startsWith("03") || c.startsWith("04") || c.startsWith("05") || c.startsWith("06") || c.startsWith("08")
                || c.startsWith("19");
    }

    /**
     * Talks, negotiations and signed agreements take two sides: "Kirchner discussed the problem with
     * Chirac" is also Chirac consulting Kirchner, as CAMEO coders code it both ways.
     */
    private static boolean meeting(Event e) {
        String c = e.cameo();
        return (c.startsWith("040") || c.startsWith("046") || c.startsWith("057")) && e.source() != null && e.target() != null
                && e.source().code() != null && e.target().code() != null && !e.source().code().equals(e.target().code());
    }

    private static Event mirror(Event e) {
        return new Event(e.cameo(), e.ploverType(), e.ploverMode(), e.target(), e.source(), e.trigger(), e.sentence(), e.date(),
                e.quadClass(), e.goldstein(), e.negated(), e.hypothetical(), List.of(), e.future());
    }

    /** The first actor of "X et Y" / "X and Y" when {@code second} is Y, or null. */
    private ActorChunk coordinatedBefore(List<Token> tokens, ActorChunk second, List<ActorChunk> actors) {
        for (ActorChunk a : actors) {
            boolean joined = a.end() + 1 == second.start()
                    || a.end() + 2 == second.start() && determiner(tokens.get(a.end() + 1).norm()); // "la Russie et la Chine"
            if (joined && !a.pronoun()) {
                String n = tokens.get(a.end()).norm();
                if (n.equals("et") || n.equals("and")) {
                    return a;
                }
            }
        }
        return null;
    }

    private static final Set<String> SPEAKING_SECTORS = Set.of("GOV", "PTY", "OPP", "ELI", "LEG", "JUD", "MED", "LAB", "EDU");
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "INS", "COP", "SPY", "UAF", "SEP", "CRM");

    /**
     * "the minister attacked Labour's record", "Sarkozy a attaqué le gouvernement": a politician's
     * attack on another political actor is criticism (111), not force. Force stays force when either
     * side is armed, or the target is a place ("attacked Ukraine").
     */
    private static boolean verbalAttack(String cameo, EventActor src, EventActor tgt, Map<String, Entity> entities) {
        if (!(cameo.startsWith("18") || cameo.startsWith("19")) || src == null || src.code() == null) {
            return false;
        }
        Entity by = src.entity() == null ? null : entities.get(src.entity());
        boolean named = by != null && by.type() != org.froissart.api.EntityType.LOCATION;
        if (!(speaking(src.code()) || named) || armed(src.code())) {
            return false; // a person or organisation acts as a politician unless the code says it is armed
        }
        if (tgt == null) {
            return true;
        }
        Entity e = tgt.entity() == null ? null : entities.get(tgt.entity());
        if (e != null && e.type() == org.froissart.api.EntityType.LOCATION) {
            return false;
        }
        return tgt.code() == null || !armed(tgt.code());
    }

    private static boolean speaking(String code) {
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (SPEAKING_SECTORS.contains(code.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean armed(String code) {
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (ARMED_SECTORS.contains(code.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithDigit(String n) {
        return !n.isEmpty() && Character.isDigit(n.charAt(0));
    }

    /** A named person or organisation the dictionaries cannot place belongs to the article's country. */
    private static EventActor inArticleCountry(EventActor a, Map<String, Entity> entities, String articleCountry) {
        if (a == null || a.code() != null || a.entity() == null || articleCountry == null) {
            return a;
        }
        Entity e = entities.get(a.entity());
        if (e == null || e.type() == org.froissart.api.EntityType.LOCATION) {
            return a;
        }
        return new EventActor(a.entity(), e.country() != null ? e.country() : articleCountry, a.text());
    }

    /**
     * The noun phrase right after a verbal trigger, through adverbs ("dénonce mardi l'ambiguïté du
     * gouvernement", "dismissed claims"), or null.
     */
    private Mention objectPhrase(String text, List<Token> tokens, int start, int to) {
        int i = start;
        while (i < to && i < start + 3 && adverbs.contains(tokens.get(i).norm())) {
            i++;
        }
        i = pastAdjunct(tokens, i, to);
        if (i >= to) {
            return null;
        }
        String n = tokens.get(i).norm();
        // "a dénoncé des violences", "rejected other plans": an indefinite article, not the preposition "de".
        boolean indefinite = n.equals("des") || n.equals("d'") && i + 1 < to && tokens.get(i + 1).norm().equals("autres");
        if (determiner(n) || indefinite || isWord(n) && !boundaries.contains(n) && !ofPreps.contains(n) && !agentPreps.contains(n)
                && !negation.contains(n) && !PREPOSITIONS.contains(n) && !firstPerson.contains(n)) {
            for (int k = i; k < Math.min(to, i + 3); k++) {
                if (timeWords.contains(tokens.get(k).norm())) {
                    return null; // "exchanged prisoners earlier this month": a date, not what was acted on
                }
            }
            return phrase(text, tokens, i, to);
        }
        return null;
    }

    /** The clause a verb reports or judges ("denied that the services…", "regrette qu'elles ne soient pas…"), or null. */
    private Mention clauseAfter(String text, List<Token> tokens, int start, int to) {
        int i = start;
        while (i < to && i < start + 3 && adverbs.contains(tokens.get(i).norm())) {
            i++;
        }
        if (i + 1 >= to || !COMPLEMENTIZERS.contains(tokens.get(i).norm()) || !isWord(tokens.get(i + 1).norm())) {
            return null;
        }
        return phrase(text, tokens, i + 1, to);
    }

    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "que", "qu'");

    /** "China's crackdown", "Labour's attack": the actor right before "'s" (an adjective may follow it). */
    private static ActorChunk genitiveBefore(List<Token> tokens, int from, int triggerStart, List<ActorChunk> actors) {
        for (int s = triggerStart - 1; s >= Math.max(from + 1, triggerStart - 2); s--) {
            String n = tokens.get(s).norm();
            if (n.equals("'s") || n.equals("’s") || n.equals("'")) {
                for (ActorChunk a : actors) {
                    if (a.end() == s && !a.pronoun()) {
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The last named actor (not a pronoun, not a modifier) before {@code a} among the sentence's actors. */
    private static ActorChunk earlierInSentence(ActorChunk a, List<ActorChunk> actors) {
        ActorChunk best = null;
        for (ActorChunk c : actors) {
            if (c.start() >= a.start()) {
                break;
            }
            if (!c.pronoun() && !c.modifier()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * "a rejeté en revanche d'autres propositions", "avait condamné en septembre une affiche",
     * "dismissed on Monday the claims": a short prepositional adjunct between the verb and a
     * determiner is looked through.
     */
    private static int pastAdjunct(List<Token> tokens, int i, int to) {
        if (i >= to || !ADJUNCT_PREPOSITIONS.contains(tokens.get(i).norm())) {
            return i;
        }
        for (int j = i + 1; j < Math.min(to, i + 5); j++) {
            String n = tokens.get(j).norm();
            if (j > i + 1 && determiner(n) || j > i + 1 && ADJUNCT_OBJECT_STARTS.contains(n)) {
                return j;
            }
            if (!isWord(n) || j > i + 1 && ADJUNCT_PREPOSITIONS.contains(n)) {
                return i;
            }
        }
        return i;
    }

    /** Prepositions of time, place or manner that open an adjunct ("en septembre", "dans un communiqué", "on Monday"). */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("en", "dans", "lors", "à", "au", "on", "in", "at", "during");
    /** Words that start an object phrase without a determiner: "d'autres propositions", "des mesures", "other plans". */
    private static final Set<String> ADJUNCT_OBJECT_STARTS = Set.of("d'", "des", "du", "other", "les");

    /** The quotation a verb of an incise reports ("« … », a déploré le ministre"), as the thing acted on. */
    private static Mention quoteBefore(Document d, List<Token> tokens, int from, int triggerStart) {
        int before = tokens.get(triggerStart).start();
        Quote best = null;
        for (Quote q : d.quotes()) {
            if (q.end() <= before && q.start() >= tokens.get(from).start() && before - q.end() <= 30) {
                best = q;
            }
        }
        return best == null ? null : Mention.of(d.text(), best.start(), best.end());
    }

    /** A verb right after a comma or a closing quote, with nothing before it in its clause: an incise. */
    private boolean incise(List<Token> tokens, int from, int triggerStart) {
        for (int i = triggerStart - 1; i >= Math.max(from, triggerStart - 3); i--) {
            String n = tokens.get(i).norm();
            if (n.equals(",") || n.equals("»") || n.equals("\"") || n.equals("”")) {
                return true;
            }
            if (!passive.contains(n) && !adverbs.contains(n) && !auxiliaries.contains(n)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Tory leader Michael Howard", "le porte-parole du PS Olivier Faure": a person named with a
     * political title is a political actor even when the dictionaries do not know them.
     */
    private boolean titled(List<Token> tokens, int from, ActorChunk a, Map<String, Entity> entities) {
        if (a == null || a.pronoun() || a.entity() == null) {
            return false;
        }
        Entity e = entities.get(a.entity());
        if (e == null || e.type() != org.froissart.api.EntityType.PERSON) {
            return false;
        }
        for (int i = a.start() - 1; i >= Math.max(from, a.start() - 5); i--) {
            String n = tokens.get(i).norm();
            if (titles.contains(n)) {
                return true;
            }
            if (!isWord(n) || boundaries.contains(n)) {
                return false;
            }
        }
        return false;
    }

    /** A word of the "host" role ("lors", "during", "launched", "a tenu") just before a nominal trigger. */
    private boolean hostedBySubject(List<Token> tokens, int from, int triggerStart) {
        for (int i = Math.max(from, triggerStart - 4); i < triggerStart; i++) {
            if (hosts.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The actor chunk starting inside tokens (from, to), or null. */
    private static ActorChunk within(List<ActorChunk> actors, int from, int to) {
        for (ActorChunk a : actors) {
            if (a.start() >= from && a.start() < to && !a.pronoun()) {
                return a;
            }
        }
        return null;
    }

    /** The country of the first place named after "à/en/aux/in/at" in the rest of the sentence, or null. */
    private static String placeAfter(List<Token> tokens, int start, int to, Document d) {
        for (int i = start; i + 1 < to && i < start + TARGET_WINDOW; i++) {
            if (PLACE_PREPOSITIONS.contains(tokens.get(i).norm())) {
                for (Entity e : d.entities()) {
                    if (e.type() == org.froissart.api.EntityType.LOCATION && e.country() != null) {
                        for (Mention m : e.mentions()) {
                            if (m.start() == tokens.get(i + 1).start()) {
                                return e.country();
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The noun phrase after one of the prepositions close to the trigger ("manifestation contre la réforme"). */
    private Mention prepositionPhrase(String text, List<Token> tokens, int start, int to, Set<String> preps) {
        for (int i = start; i < Math.min(to, start + 3); i++) {
            if (preps.contains(tokens.get(i).norm()) && i + 1 < to && isWord(tokens.get(i + 1).norm())) {
                return phrase(text, tokens, i + 1, to);
            }
        }
        return null;
    }

    /** A determiner and the words after it, up to punctuation, a boundary or five words. */
    private Mention phrase(String text, List<Token> tokens, int start, int to) {
        int end = start;
        int words = 0;
        while (end < to && words < 5 && (end == start || isWord(tokens.get(end).norm()) || isQuote(tokens.get(end).norm()))
                && !boundaries.contains(tokens.get(end).norm())) {
            words += isQuote(tokens.get(end).norm()) ? 0 : 1;
            end++;
        }
        while (end > start + 1 && isQuote(tokens.get(end - 1).norm())) {
            end--;
        }
        return words < 2 && determiner(tokens.get(start).norm()) ? null
                : Mention.of(text, tokens.get(start).start(), tokens.get(end - 1).end());
    }

    /** A country or place named as such ("la Russie"), or a demonym: not a person or organisation. */
    private static boolean isPlace(EventActor a, Map<String, Entity> entities) {
        Entity e = a.entity() == null ? null : entities.get(a.entity());
        return e == null || e.type() == org.froissart.api.EntityType.LOCATION;
    }

    private static boolean isQuote(String n) {
        return n.equals("\"") || n.equals("«") || n.equals("»") || n.equals("“") || n.equals("”");
    }

    private static boolean isWord(String n) {
        return !n.isEmpty() && Character.isLetter(n.charAt(0));
    }

    /**
     * "le Traité de partenariat stratégique et de coopération": a nominal trigger in the complement
     * of a capitalised word is part of a title, not an event.
     */
    private boolean insideTitle(String text, List<Token> tokens, int from, int start) {
        boolean linker = false;
        for (int i = start - 1; i >= Math.max(from, start - 6); i--) {
            Token t = tokens.get(i);
            String n = t.norm();
            if (ofPreps.contains(n) || n.equals("et") || n.equals("and")) {
                linker = true;
                continue;
            }
            if (n.isEmpty() || !Character.isLetter(n.charAt(0)) || determiner(n)) {
                return false;
            }
            if (Character.isUpperCase(text.charAt(t.start()))) {
                return linker && i > from;
            }
        }
        return false;
    }

    private static boolean determiner(String n) {
        switch (n) {
            case "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "the", "a", "an",
                 "its", "their", "his", "her", "this":
                return true;
            default:
                return false;
        }
    }

    /** The nearest actor before the trigger in its clause that is not the object of a preposition. */
    private ActorChunk subjectBefore(List<Token> tokens, int from, int triggerStart, List<ActorChunk> actors) {
        int clauseStart = from;
        for (int i = triggerStart - 1; i >= from; i--) {
            String n = tokens.get(i).norm();
            if (boundaries.contains(n)) {
                clauseStart = i + 1;
                break;
            }
        }
        ActorChunk best = null;
        for (ActorChunk a : actors) {
            if (a.end() > triggerStart) {
                break;
            }
            if (a.start() < clauseStart || preposition(tokens, a.start()) || a.modifier()) {
                continue;
            }
            best = a;
        }
        if (best == null && clauseStart > from && relatives.contains(tokens.get(clauseStart - 1).norm())) {
            return subjectBefore(tokens, from, clauseStart - 1, actors); // "des États qui tentaient"
        }
        return best;
    }

    /** The first actor after the trigger, before the clause ends. */
    private ActorChunk objectAfter(List<Token> tokens, int triggerEnd, int to, List<ActorChunk> actors) {
        int limit = Math.min(to, triggerEnd + TARGET_WINDOW);
        for (int i = triggerEnd; i < limit; i++) {
            if (boundaries.contains(tokens.get(i).norm()) || tokens.get(i).norm().equals(".")) {
                limit = i;
                break;
            }
        }
        for (ActorChunk a : actors) {
            if (a.start() >= triggerEnd && a.start() < limit && !a.pronoun() && !agentPreps.contains(before(tokens, a.start()))) {
                return a;
            }
        }
        return null;
    }

    /** The actor joined to this one by "et/and": "le Venezuela et la Russie". */
    private static ActorChunk coordinated(List<Token> tokens, ActorChunk a, List<ActorChunk> actors, int to) {
        for (ActorChunk b : actors) {
            if (b.start() > a.end() && b.start() <= a.end() + 2 && !b.pronoun()) {
                String n = tokens.get(a.end()).norm();
                if (n.equals("et") || n.equals("and") || n.equals(",")) {
                    return b;
                }
            }
        }
        return null;
    }

    /** True when one of the prepositions follows the trigger closely. */
    private boolean followedBy(List<Token> tokens, int triggerEnd, int to, Set<String> preps) {
        for (int i = triggerEnd; i < Math.min(to, triggerEnd + 2); i++) {
            if (preps.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An actor introduced by one of the prepositions within the window after the trigger, not past
     * one of the {@code stops} ("l'attaque de X contre Y": the source search stops at "contre").
     */
    private ActorChunk complement(List<Token> tokens, int triggerEnd, int to, List<ActorChunk> actors, Set<String> preps, int window,
                                  Set<String> stops) {
        int limit = Math.min(to, triggerEnd + window);
        for (int i = triggerEnd; i < limit; i++) {
            String n = tokens.get(i).norm();
            if (n.equals(".") || boundaries.contains(n) || stops.contains(n)) {
                return null;
            }
            if (preps.contains(n)) {
                for (ActorChunk a : actors) {
                    if (a.start() > i && a.start() <= i + 3 && !a.pronoun()) {
                        return a;
                    }
                    if (a.start() > i + 3) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    private EventActor resolve(Document d, List<Token> tokens, ActorChunk a, ActorChunk previousSubject, TriggerDictionary.Hit hit,
                               Map<String, Entity> entities, List<ActorChunk> sentenceActors) {
        if (a == null) {
            return null;
        }
        String text = d.text();
        if (a.pronoun()) {
            // "nous" inside a quotation is its speaker; "il/elle" is the previous sentence's subject.
            if (firstPerson.contains(tokens.get(a.start()).norm())) {
                Quote q = quoteAround(d, tokens.get(hit.start()).start());
                Mention words = Mention.of(text, tokens.get(a.start()).start(), tokens.get(a.end() - 1).end());
                if (q != null && q.speaker() != null && entities.containsKey(q.speaker())) {
                    Entity e = entities.get(q.speaker());
                    return new EventActor(e.id(), e.code(), words);
                }
                if (q != null && q.speakerText() != null) {
                    String code = speakerCode(d, tokens, q, previousSubject);
                    return code == null ? null : new EventActor(null, code, words);
                }
                return null;
            }
            // "Christian Jacob … qui rebondit : il réclame": an actor earlier in the same sentence comes first.
            ActorChunk antecedent = earlierInSentence(a, sentenceActors);
            if (antecedent == null) {
                antecedent = previousSubject;
            }
            if (antecedent == null || antecedent.pronoun()) {
                return null;
            }
            return new EventActor(antecedent.entity(), antecedent.code(),
                    Mention.of(text, tokens.get(a.start()).start(), tokens.get(a.end() - 1).end()));
        }
        return new EventActor(a.entity(), a.code(), Mention.of(text, tokens.get(a.start()).start(), tokens.get(a.end() - 1).end()));
    }

    /**
     * The code of a speaker named by role only: "le ministère des Affaires étrangères" in an article
     * about Russia's reaction is Russia's ministry, so a role without a country takes the country of
     * the subject before it.
     */
    private String speakerCode(Document d, List<Token> tokens, Quote q, ActorChunk previousSubject) {
        int s = d.text().indexOf(q.speakerText(), q.end());
        if (s < 0) {
            s = d.text().lastIndexOf(q.speakerText(), q.start());
        }
        if (s < 0) {
            return null;
        }
        int from = ActorChunker.firstTokenAtOrAfter(tokens, s);
        int to = ActorChunker.firstTokenAtOrAfter(tokens, s + q.speakerText().length());
        for (ActorChunk c : chunker.chunks(d.text(), tokens, ActorChunker.entityOfToken(d), from, to, new ActorChunker.Discourse(null))) {
            if (c.code() != null) {
                return c.code();
            }
        }
        String sector = chunker.sectorOf(tokens, from, to);
        String country = previousSubject == null || previousSubject.code() == null ? null : previousSubject.code().substring(0, 3);
        return sector == null || country == null ? null : country + sector;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static Quote quoteAround(Document d, int offset) {
        for (Quote q : d.quotes()) {
            if (q.start() <= offset && offset < q.end()) {
                return q;
            }
        }
        return null;
    }

    /** "ont été arrêtés", "were arrested": the auxiliary may be part of the trigger or just before it. */
    private boolean isPassive(List<Token> tokens, int from, TriggerDictionary.Hit hit) {
        for (int i = Math.max(from, hit.start() - 2); i < hit.end() - 1; i++) {
            if (passive.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        if (hit.end() < tokens.size() && agentPreps.contains(tokens.get(hit.end()).norm())
                && participle(tokens.get(hit.end() - 1).norm())) {
            return true; // "Donald Trump, invité par Emmanuel Macron", "a man arrested by police"
        }
        // "le procureur est blessé", "he is accused of": a copula, then a participle, not reflexive ("s'est rendu").
        int c = hit.start() - 1;
        while (c > from && adverbs.contains(tokens.get(c).norm())) {
            c--;
        }
        return c >= from && copulas.contains(tokens.get(c).norm()) && participle(tokens.get(hit.start()).norm())
                && (c == from || !REFLEXIVES.contains(tokens.get(c - 1).norm()));
    }

    private static final Set<String> REFLEXIVES = Set.of("s'", "se", "me", "m'", "te", "t'", "nous", "vous");

    private static boolean participle(String n) {
        return n.length() > 3 && (n.endsWith("é") || n.endsWith("ée") || n.endsWith("és") || n.endsWith("ées") || n.endsWith("ed")
                || n.endsWith("is") || n.endsWith("it") || n.endsWith("ite") || n.endsWith("its") || n.endsWith("ites")
                || n.endsWith("u") || n.endsWith("ue") || n.endsWith("us") || n.endsWith("ues"));
    }

    private boolean negated(List<Token> tokens, int from, TriggerDictionary.Hit hit) {
        for (int i = Math.max(from, hit.start() - NEGATION_WINDOW); i < hit.end(); i++) {
            if (negation.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "pourrait frapper", "si … signait", "menace de frapper", "frapperait": not reported as done. */
    private boolean hypothetical(List<Token> tokens, int from, TriggerDictionary.Hit hit) {
        if (precededBy(tokens, from, hit, hypothetical)) {
            return true;
        }
        String root = hit.trigger().cameo().substring(0, 2);
        if (root.compareTo("15") >= 0 && precededBy(tokens, from, hit, purpose)) {
            return true; // "déployés pour frapper": intended force; "pour tacler X" was said
        }
        String verb = tokens.get(hit.start()).norm();
        return verb.length() > 5 && (verb.endsWith("rait") || verb.endsWith("raient"));
    }

    /** "to visit", "will not protest", "did criticise": the word after a modal or "to" is a verb. */
    private boolean verbalPosition(List<Token> tokens, int from, int start) {
        int i = start - 1;
        while (i >= from && i > start - 4 && (adverbs.contains(tokens.get(i).norm()) || negation.contains(tokens.get(i).norm()))) {
            i--;
        }
        return i >= from && verbMarkers.contains(tokens.get(i).norm());
    }

    /** "va signer", "will visit", "is to visit", "signera", "se rendront": announced for later. */
    private boolean future(List<Token> tokens, int from, TriggerDictionary.Hit hit) {
        if (precededBy(tokens, from, hit, future)) {
            return true;
        }
        int s = hit.start();
        if (s - 2 >= from && infinitive.contains(tokens.get(s - 1).norm()) && copulas.contains(tokens.get(s - 2).norm())) {
            return true;
        }
        String verb = tokens.get(hit.start()).norm();
        return verb.length() > 5 && (verb.endsWith("era") || verb.endsWith("eront") || verb.endsWith("dra")
                || verb.endsWith("dront") || verb.endsWith("ira") || verb.endsWith("iront"));
    }

    private static boolean precededBy(List<Token> tokens, int from, TriggerDictionary.Hit hit, Set<String> words) {
        for (int i = Math.max(from, hit.start() - NEGATION_WINDOW); i < hit.start(); i++) {
            if (words.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean preposition(List<Token> tokens, int i) {
        String b = before(tokens, i);
        switch (b) {
            case "de", "du", "des", "d'", "à", "au", "aux", "en", "contre", "avec", "dans", "sur", "pour", "par", "vers", "entre",
                 "of", "in", "with", "to", "for", "against", "by", "on", "at", "from", "into", "between":
                return true;
            default:
                return false;
        }
    }

    private static String before(List<Token> tokens, int i) {
        if (i == 0) {
            return "";
        }
        String b = tokens.get(i - 1).norm();
        // "de la Russie", "à l'armée": look through an article.
        if ((b.equals("la") || b.equals("l'") || b.equals("le") || b.equals("les") || b.equals("the")) && i >= 2) {
            return tokens.get(i - 2).norm();
        }
        return b;
    }

    private static String date(Document d, Span sentence) {
        for (TemporalExpression t : d.dates()) {
            if (t.start() >= sentence.start() && t.end() <= sentence.end() && t.value() != null && t.value().length() == 10) {
                return t.value();
            }
        }
        return d.published() == null ? null : d.published().toString();
    }
}
