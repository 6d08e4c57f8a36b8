package org.froissart.api;

import java.util.List;

/**
 * A coded political event.
 *
 * @param cameo        CAMEO code, three or four digits ("111", "0431")
 * @param ploverType   PLOVER event type ("PROTEST") or null
 * @param ploverMode   PLOVER mode or null
 * @param source       who acts, or null when unknown
 * @param target       who is acted upon, or null when unknown
 * @param trigger      the words that express the event
 * @param sentence     the sentence that is the evidence
 * @param date         ISO date of the event, or null
 * @param quadClass    CAMEO QuadClass 1-4
 * @param goldstein    Goldstein score
 * @param negated      the text says the event did not happen
 * @param hypothetical conditional, wished, threatened or asked for, not reported as having happened
 * @param repeats      later mentions of the same (source, code, target) in the article
 * @param future       announced or planned for the future ("signera", "will visit"), not yet happened
 */
@Api(Api.Status.STABLE)
public record Event(
        String cameo,
        String ploverType,
        String ploverMode,
        EventActor source,
        EventActor target,
        Mention trigger,
        Span sentence,
        String date,
        int quadClass,
        double goldstein,
        boolean negated,
        boolean hypothetical,
        List<Mention> repeats,
        boolean future) {
    public Event {
        repeats = repeats == null ? List.of() : List.copyOf(repeats);
    }

    /** An event reported as past or present (not future): the constructor of API 1.0. */
    public Event(String cameo, String ploverType, String ploverMode, EventActor source, EventActor target, Mention trigger,
                 Span sentence, String date, int quadClass, double goldstein, boolean negated, boolean hypothetical,
                 List<Mention> repeats) {
        this(cameo, ploverType, ploverMode, source, target, trigger, sentence, date, quadClass, goldstein, negated,
                hypothetical, repeats, false);
    }

    /** Reported as having happened: neither negated, hypothetical nor future. */
    public boolean factual() {
        return !negated && !hypothetical && !future;
    }
}
