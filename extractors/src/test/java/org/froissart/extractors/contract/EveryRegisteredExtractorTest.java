package org.froissart.extractors.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.froissart.api.Document;
import org.froissart.api.ExtractorFactory;
import org.froissart.testkit.PipelineHarness;
import org.froissart.testkit.SampleDocuments;
import org.froissart.testkit.Snapshots;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Lucene's lesson: one test runs every registered factory, present and future, over the sample texts
 * (after steps that produce what it requires), checks every annotation and that a second run agrees.
 * A factory also gets the full {@link org.froissart.testkit.ExtractorContractTest} when its author
 * writes the few lines of a subclass.
 */
class EveryRegisteredExtractorTest {

    @SuppressWarnings("rawtypes")
    static List<ExtractorFactory> registered() {
        return ServiceLoader.load(ExtractorFactory.class).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList());
    }

    @Test
    void theBundledStepsAreRegistered() {
        Set<String> names = registered().stream().map(ExtractorFactory::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(List.of("language", "metadata", "boilerplate", "tokens")), names.toString());
        assertEquals(registered().size(), names.size(), "two factories share a name: " + names);
    }

    @TestFactory
    @SuppressWarnings("rawtypes")
    Stream<DynamicTest> everyFactoryRunsOnTheSamples() {
        List<ExtractorFactory> all = registered();
        return all.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            List<ExtractorFactory> chain = chain(f, all, new LinkedHashSet<>());
            List<Document> first = harness(chain).run(SampleDocuments.all().toArray(new Document[0]));
            List<Document> second = harness(chain).run(SampleDocuments.all().toArray(new Document[0]));
            assertEquals(Snapshots.of(first), Snapshots.of(second), f.name() + " is not deterministic");
        }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static PipelineHarness harness(List<ExtractorFactory> chain) {
        PipelineHarness h = PipelineHarness.of(chain.get(0));
        for (ExtractorFactory f : chain.subList(1, chain.size())) {
            h.then(f);
        }
        return h;
    }

    /** The factory preceded by providers of what it requires, recursively. */
    @SuppressWarnings("rawtypes")
    private static List<ExtractorFactory> chain(ExtractorFactory f, List<ExtractorFactory> all, Set<String> visiting) {
        if (!visiting.add(f.name())) {
            throw new AssertionError("requires/produces cycle through " + visiting);
        }
        List<ExtractorFactory> out = new ArrayList<>();
        for (Object need : f.requires()) {
            if (out.stream().anyMatch(x -> x.produces().contains(need))) {
                continue;
            }
            ExtractorFactory provider = all.stream().filter(x -> x.produces().contains(need)).findFirst()
                    .orElseThrow(() -> new AssertionError(f.name() + " requires '" + need + "', which no registered step produces"));
            for (ExtractorFactory p : chain(provider, all, visiting)) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        out.add(f);
        visiting.remove(f.name());
        return out;
    }
}
