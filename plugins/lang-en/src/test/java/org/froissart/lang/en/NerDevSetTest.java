package org.froissart.lang.en;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.froissart.extractors.ner.NerScorer;
import org.froissart.extractors.ner.TrainNer;
import org.junit.jupiter.api.Test;

/**
 * Dev-set regression test of the bundled English NER model: skipped when the shared data directory is
 * absent (system property froissart.data, else ../shared/data from the repository root, else
 * ../../shared/data from the module directory). Thresholds = measured F1 minus 0.01 (see MODEL.md).
 */
class NerDevSetTest {
    static Path dataDir() {
        String prop = System.getProperty("froissart.data");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (String c : List.of("../../../shared/data", "../../shared/data", "../shared/data")) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("ner"))) {
                return p;
            }
        }
        return null;
    }

    static NerScorer score(String file) throws Exception {
        Path data = dataDir();
        assumeTrue(data != null && Files.exists(data.resolve("ner").resolve(file)), "dev data absent");
        ClassLoader cl = NerDevSetTest.class.getClassLoader();
        NerScorer sc = TrainNer.evaluateBundled(cl::getResourceAsStream, "en", data.resolve("ner").resolve(file));
        System.out.println("== " + file + "\n" + sc.formatTable());
        return sc;
    }

    @Test
    void conll2003Dev() throws Exception {
        double f1 = score("conll2003-en-testa.jsonl").overall().f1();
        assertTrue(f1 >= 0.690, "F1 " + f1);
    }
}
