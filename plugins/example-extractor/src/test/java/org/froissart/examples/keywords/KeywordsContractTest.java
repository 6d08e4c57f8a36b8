package org.froissart.examples.keywords;

import org.froissart.api.ExtractorFactory;
import org.froissart.testkit.ExtractorContractTest;

/** The test kit's contract: name, registration, defaults, hostile texts, offsets, determinism, threads. */
class KeywordsContractTest extends ExtractorContractTest<KeywordsFactory.Config> {
    @Override
    protected ExtractorFactory<KeywordsFactory.Config> factory() {
        return new KeywordsFactory();
    }
}
