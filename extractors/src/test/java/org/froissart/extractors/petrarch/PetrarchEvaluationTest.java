package org.froissart.extractors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchEvaluationTest {

    /** Acceptance criterion: at least 80% of expected codings, at most 12% false positives. */
    @Test
    void codesThePetrarchValidationSuite() throws Exception {
        Path dir = PetrarchTestData.petrarchDir().orElse(null);
        Assumptions.assumeTrue(dir != null, "shared PETRARCH data not available");
        PetrarchEvaluation.Report report = PetrarchEvaluation.evaluate(
                dir.resolve("text/PETR.UnitTest.records.xml"), dir.resolve("dictionaries"));
        System.out.print(report.format());
        assertEquals(284, report.total().records());
        assertEquals(359, report.total().expected());
        assertTrue(report.total().correctPercent() >= 80, report.format());
        assertTrue(report.total().falsePercent() <= 12, report.format());
    }

    @Test
    void countsCorrectMissedAndFalsePerCategory(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("t.verbs.txt"), "--- RESTORE [064] ---\nRESTORE\n");
        Files.writeString(tmp.resolve("t.actors.txt"), "ARNOR [ARN]\nGONDOR [GON]\n");
        Files.writeString(tmp.resolve("t.agents.txt"), "OFFICIAL [~GOV]\n");
        Files.writeString(tmp.resolve("t.discards.txt"), "BASEBALL\n");
        Files.writeString(tmp.resolve("r.xml"), """
                <Validation><Sentences>
                <Sentence date="19950101" id="A-1" category="A">
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
                <Text>Arnor will restore ties with Gondor.</Text>
                <Parse>(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB restore) (NP (NNS ties))
                  (PP (IN with) (NP (NNP Gondor))))) (. .)))</Parse>
                </Sentence>
                <Sentence date="19950101" id="B-1" category="B">
                <EventCoding noevents="True"></EventCoding>
                <Text>Gondor will restore ties with Arnor.</Text>
                <Parse>(ROOT (S (NP (NNP Gondor)) (VP (MD will) (VP (VB restore) (NP (NNS ties))
                  (PP (IN with) (NP (NNP Arnor))))) (. .)))</Parse>
                </Sentence>
                </Sentences></Validation>
                """);
        PetrarchEvaluation.Report report = PetrarchEvaluation.evaluate(tmp.resolve("r.xml"), tmp);
        assertEquals(new PetrarchEvaluation.Counts(2, 2, 2, 1), report.total());
        assertEquals(1, report.total().missed());
        assertEquals(1, report.total().falsePositives());
        assertEquals(50.0, report.total().correctPercent(), 1e-9);
        assertEquals(50.0, report.total().falsePercent(), 1e-9);
        assertEquals(new PetrarchEvaluation.Counts(1, 2, 1, 1), report.categories().get("A"));
        assertEquals(new PetrarchEvaluation.Counts(1, 0, 1, 0), report.categories().get("B"));
        assertTrue(report.format().contains("overall"), report.format());
    }

    @Test
    void codesPatternsAgentsCompoundsAndPassives() {
        VerbDictionary verbs = VerbDictionary.read(new StringReader("""
                --- CONDEMN [122] ---
                CONDEMN
                - ISSUE * [132]
                --- OPPOSE [112] ---
                OPPOSE
                --- ARRIVE [032:033] ---
                ARRIVE
                """), "v");
        ActorDictionary actors = ActorDictionary.read(new StringReader(
                "CALENARDHON [CAL]\nOSGILIATH [OSG]\nERIADOR [ERI]\nFORNOST [FOR]\nGONDOR [GON]\n"), "a");
        AgentDictionary agents = AgentDictionary.read(new StringReader("GOVERNMENT [~GOV]\nSOLDIER [~MIL]\n"), "g");
        DiscardDictionary discards = DiscardDictionary.read(new StringReader("BASEBALL\n"), "d");
        PetrarchCoder coder = new PetrarchCoder(new PetrarchDictionaries(verbs, actors, agents, discards));
        LocalDate date = LocalDate.of(1995, 1, 6);

        assertEquals(List.of(new CodedEvent("CALGOV", "OSGMIL", "132")), coder.code(null, ParseTree.parse(
                "(ROOT (S (NP (DT The) (NNP Calenardhon) (NN government) (NN issue)) (VP (VBD condemned)"
                        + " (NP (NP (DT an) (NN attack)) (PP (IN by) (NP (NNP Osgiliath) (NNS soldiers))))) (. .)))"),
                date, PetrarchCoder.Options.DEFAULT));
        assertEquals(List.of(new CodedEvent("OSG", "ERI", "112")), coder.code(null, ParseTree.parse(
                "(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath)))))))"),
                date, PetrarchCoder.Options.DEFAULT));
        assertEquals(List.of(new CodedEvent("FOR", "GON", "032"), new CodedEvent("GON", "FOR", "033"),
                new CodedEvent("ERI", "GON", "032"), new CodedEvent("GON", "ERI", "033")),
                coder.code(null, ParseTree.parse("(ROOT (S (NP (NP (NNP Fornost)) (CC and) (NP (NNP Eriador)))"
                        + " (VP (VBD arrived) (PP (IN in) (NP (NNP Gondor))))))"), date, PetrarchCoder.Options.DEFAULT));
        assertTrue(coder.code("Fornost arrived in Gondor for baseball", ParseTree.parse(
                "(ROOT (S (NP (NNP Fornost)) (VP (VBD arrived) (PP (IN in) (NP (NNP Gondor))))))"), date,
                PetrarchCoder.Options.DEFAULT).isEmpty(), "discarded sentence");
    }
}
