package org.froissart.output.html;

import java.util.Map;

/** Names of the twenty CAMEO root codes, for labels. */
final class Cameo {
    private static final Map<String, String> ROOTS = Map.ofEntries(
            Map.entry("01", "Make public statement"), Map.entry("02", "Appeal"),
            Map.entry("03", "Express intent to cooperate"), Map.entry("04", "Consult"),
            Map.entry("05", "Engage in diplomatic cooperation"), Map.entry("06", "Engage in material cooperation"),
            Map.entry("07", "Provide aid"), Map.entry("08", "Yield"), Map.entry("09", "Investigate"),
            Map.entry("10", "Demand"), Map.entry("11", "Disapprove"), Map.entry("12", "Reject"),
            Map.entry("13", "Threaten"), Map.entry("14", "Protest"), Map.entry("15", "Exhibit force posture"),
            Map.entry("16", "Reduce relations"), Map.entry("17", "Coerce"), Map.entry("18", "Assault"),
            Map.entry("19", "Fight"), Map.entry("20", "Use unconventional mass violence"));

    private Cameo() {
    }

    static String rootName(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return "";
        }
        return ROOTS.getOrDefault(cameo.substring(0, 2), "");
    }
}
