package org.froissart.extractors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PetrarchDictionaryReadersTest {

    private static final String VERBS = """
            <!-- test verbs -->
            &CURRENCY
            +DOLLARS
            +SWISS FRANCS
            &QUIET_
            +CALM
            --- ABANDON  [345]  ---
            ABANDON    # comment
            KLM_NOP_+RST [002]
            - * NEW_&CURRENCY_RELATIONS [903]
            - * DIPLOMATIC TIES [901]
            - % HAVE * [030:031]
            - * &UNDEFINED [999]
            --- BREAK [1717] ---
            BREAK { BROKE BROKEN }
            +BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN}
            WIRE_+TAP {WIRE_+TAPPED}
            - + * IN $  [075]
            - * DIPLXMATIC  [###]
            ~ a (a b WILL_ATTACK) SAY = a b 138
            """;

    @Test
    void readsVerbsSynsetsFormsAndPatterns() {
        VerbDictionary verbs = VerbDictionary.read(new StringReader(VERBS), "verbs.txt");
        assertEquals("345", verbs.codeOf("abandoned"));
        assertEquals("345", verbs.codeOf("ABANDONING"));
        assertEquals("1717", verbs.codeOf("BROKEN"));
        assertNull(verbs.codeOf("BREAKED"), "irregular forms replace the regular ones");
        assertTrue(verbs.formsOf("RST").stream().anyMatch(f -> f.before().equals(List.of("KLM", "NOP"))));
        assertTrue(verbs.formsOf("TAPPED").stream().anyMatch(f -> f.before().equals(List.of("WIRE"))));
        assertTrue(verbs.formsOf("BROKE").stream().anyMatch(f -> f.after().equals(List.of("DOWN"))));
        assertTrue(verbs.synset("CURRENCY").contains(List.of("SWISS", "FRANCS")));
        assertFalse(verbs.synset("CURRENCY").contains(List.of("DOLLARSES")));
        assertTrue(verbs.synset("QUIET").contains(List.of("CALM")));
        assertFalse(verbs.synset("QUIET").contains(List.of("CALMS")), "label ending in _ has no plurals");
        assertEquals(5, verbs.patternCount(), "the pattern with an undefined synset is ignored");
        assertEquals(1, verbs.warnings().size());
        assertEquals(1, verbs.transformations().size());
        VerbPattern compound = verbs.formsOf("ABANDON").get(0).block().patterns.get(2);
        assertEquals("030", compound.code());
        assertEquals("031", compound.reverseCode());
        assertEquals(VerbPattern.Kind.COMPOUND, compound.upper().get(0).kind());
        VerbPattern consecutive = verbs.formsOf("ABANDON").get(0).block().patterns.get(0);
        assertTrue(consecutive.lower().get(1).adjacent(), "underscore joins pattern words");
        assertFalse(consecutive.lower().get(0).adjacent(), "a blank allows a gap after the verb");
    }

    @Test
    void verbErrorsNameFileAndLine() {
        DictionaryFormatException noBlock = assertThrows(DictionaryFormatException.class,
                () -> VerbDictionary.read(new StringReader("# header\nABANDON\n"), "v.txt"));
        assertTrue(noBlock.getMessage().startsWith("v.txt:2:"), noBlock.getMessage());
        DictionaryFormatException noCode = assertThrows(DictionaryFormatException.class,
                () -> VerbDictionary.read(new StringReader("--- A [010] ---\nA\n- * B\n"), "v.txt"));
        assertTrue(noCode.getMessage().startsWith("v.txt:3:"), noCode.getMessage());
        DictionaryFormatException noStar = assertThrows(DictionaryFormatException.class,
                () -> VerbDictionary.read(new StringReader("--- A [010] ---\nA\n- B C [011]\n"), "v.txt"));
        assertTrue(noStar.getMessage().contains("'*'"), noStar.getMessage());
    }

    private static final String ACTORS = """
            <!-- multi-line
            comment -->
            ARNOR_  [ARN]
            GONDOR [GON]
            +MINAS_TIRITH
            THE_SHIRE  [FRO/BIL/SAM]
            GOLLUM  # pas
            +SMEAGOL
            \t[HOB < 950601]
            \t[HOBGOV 19950601 - 19990815]
            \t[HOBREB > 990816]
            ZIMBABWE
            \t[RHO <790606]
            \t[ZBW]#jw
            """;

    @Test
    void readsActorsWithSynonymsAndDateRestrictions() {
        ActorDictionary actors = ActorDictionary.read(new StringReader(ACTORS), "actors.txt");
        assertEquals(List.of("GON"), actors.codes("Minas Tirith", null));
        assertEquals(List.of("FRO", "BIL", "SAM"), actors.codes("The Shire", null));
        assertEquals(List.of("HOB"), actors.codes("Smeagol", LocalDate.of(1992, 1, 2)));
        assertEquals(List.of("HOBGOV"), actors.codes("Gollum", LocalDate.of(1995, 6, 2)));
        assertEquals(List.of("HOBREB"), actors.codes("Gollum", LocalDate.of(2001, 1, 1)));
        assertEquals(List.of("RHO"), actors.codes("Zimbabwe", LocalDate.of(1978, 12, 23)));
        assertEquals(List.of("ZBW"), actors.codes("Zimbabwe", LocalDate.of(2001, 1, 1)));
    }

    @Test
    void actorErrorsNameFileAndLine() {
        DictionaryFormatException early = assertThrows(DictionaryFormatException.class,
                () -> ActorDictionary.read(new StringReader("\t[ABC]\n"), "a.txt"));
        assertTrue(early.getMessage().startsWith("a.txt:1:"), early.getMessage());
        DictionaryFormatException unclosed = assertThrows(DictionaryFormatException.class,
                () -> ActorDictionary.read(new StringReader("ARNOR [ARN\n"), "a.txt"));
        assertTrue(unclosed.getMessage().startsWith("a.txt:1:"), unclosed.getMessage());
        ActorDictionary badDate = ActorDictionary.read(new StringReader("X [X]\n\t[Y 9008223-911221]\n"), "a.txt");
        assertTrue(badDate.warnings().get(0).startsWith("a.txt:2:"), badDate.warnings().toString());
    }

    private static final String AGENTS = """
            !PERSON! = MAN, MEN, WOMAN
            PRESIDENT [~GOV]
            POLICE {} [ ~COP]
            GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
            CONGRESS [~LEG]
            CONGRESS!PERSON! [~LEG]
            HUMAN_RIGHTS_BODY  [NGO~] # comment
            AUTHORITY [~GOV]
            """;

    @Test
    void readsAgentsWithPluralsAndSubstitutions() {
        AgentDictionary agents = AgentDictionary.read(new StringReader(AGENTS), "agents.txt");
        assertEquals(List.of(new AgentDictionary.Agent("GOV", false)), agents.lookup("presidents"));
        assertEquals(List.of(new AgentDictionary.Agent("COP", false)), agents.lookup("police"));
        assertTrue(agents.lookup("polices").isEmpty(), "{} suppresses the plural");
        assertEquals("GGS", agents.lookup("golden geese").get(0).code());
        assertEquals("LEG", agents.lookup("congresses").get(0).code());
        assertEquals("LEG", agents.lookup("congresswoman").get(0).code());
        assertTrue(agents.lookup("congressmans").isEmpty());
        assertEquals(new AgentDictionary.Agent("NGO", true), agents.lookup("human rights bodies").get(0));
        assertEquals("GOV", agents.lookup("authorities").get(0).code());
    }

    @Test
    void agentErrorsNameFileAndLine() {
        DictionaryFormatException noTilde = assertThrows(DictionaryFormatException.class,
                () -> AgentDictionary.read(new StringReader("PRESIDENT [~GOV]\nMINISTER [GOV]\n"), "g.txt"));
        assertTrue(noTilde.getMessage().startsWith("g.txt:2:"), noTilde.getMessage());
        DictionaryFormatException marker = assertThrows(DictionaryFormatException.class,
                () -> AgentDictionary.read(new StringReader("!NOPE!_OF_X [~GOV]\n"), "g.txt"));
        assertTrue(marker.getMessage().startsWith("g.txt:1:"), marker.getMessage());
    }

    @Test
    void readsDiscards() {
        DiscardDictionary discards = DiscardDictionary.read(new StringReader("""
                +TYPHOON   # story
                BASEBALL
                AFRICAN NATIONS CUP
                WORLD_CUP_
                """), "d.txt");
        assertEquals(DiscardDictionary.Scope.STORY, discards.match("after a typhoon trashed it"));
        assertEquals(DiscardDictionary.Scope.SENTENCE, discards.match("restore baseball competition"));
        assertEquals(DiscardDictionary.Scope.SENTENCE, discards.match("the African Nations Cup."));
        assertEquals(DiscardDictionary.Scope.SENTENCE, discards.match("the world cup, again"));
        assertNull(discards.match("the world cups"));
        assertNull(discards.match("a supertyphoon"), "entries start at a word boundary");
        DictionaryFormatException coded = assertThrows(DictionaryFormatException.class,
                () -> DiscardDictionary.read(new StringReader("OK\nBAD [123]\n"), "d.txt"));
        assertTrue(coded.getMessage().startsWith("d.txt:2:"), coded.getMessage());
    }

    @Test
    void readsTheDistributedDictionaries() throws Exception {
        Path dir = PetrarchTestData.petrarchDir().map(d -> d.resolve("dictionaries")).orElse(null);
        Assumptions.assumeTrue(dir != null, "shared PETRARCH data not available");
        VerbDictionary cameo = VerbDictionary.read(dir.resolve("CAMEO.2.0.txt"));
        assertTrue(cameo.patternCount() > 4000, "patterns: " + cameo.patternCount());
        assertTrue(cameo.transformations().size() > 0);
        ActorDictionary actors = ActorDictionary.read(dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"), dir.resolve("Phoenix.MilNonState.actors.txt"));
        assertEquals(List.of("AFG"), actors.codes("Afghanistan", LocalDate.of(2010, 1, 1)));
        AgentDictionary agents = AgentDictionary.read(dir.resolve("Phoenix.agents.txt"));
        assertTrue(agents.size() > 3000);
        assertTrue(DiscardDictionary.read(dir.resolve("Phoenix.discards.txt")).size() > 400);
        PetrarchDictionaries validation = PetrarchDictionaries.load(dir.resolve("..").resolve("dictionaries"));
        assertTrue(validation.verbs().patternCount() > 0);
    }
}
