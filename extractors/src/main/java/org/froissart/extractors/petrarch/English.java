package org.froissart.extractors.petrarch;

import java.util.LinkedHashSet;
import java.util.Set;

/** The regular English inflections PETRARCH generates for dictionary entries. */
final class English {
    private English() {
    }

    /** Regular plural as documented: +IES after Y, +ES after SS (and the other sibilants), else +S. */
    static String plural(String noun) {
        if (noun.endsWith("Y") && noun.length() > 1 && !isVowel(noun.charAt(noun.length() - 2))) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        if (noun.endsWith("SS") || noun.endsWith("SH") || noun.endsWith("CH") || noun.endsWith("X")) {
            return noun + "ES";
        }
        return noun + "S";
    }

    /** Base, third person, past and gerund forms of a regular verb. */
    static Set<String> verbForms(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        forms.add(plural(verb));
        if (verb.endsWith("E")) {
            forms.add(verb + "D");
            forms.add(verb.substring(0, verb.length() - 1) + "ING");
        } else if (verb.endsWith("Y") && verb.length() > 1 && !isVowel(verb.charAt(verb.length() - 2))) {
            forms.add(verb.substring(0, verb.length() - 1) + "IED");
            forms.add(verb + "ING");
        } else {
            forms.add(verb + "ED");
            forms.add(verb + "ING");
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }
}
