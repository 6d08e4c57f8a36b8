package org.froissart.extractors.contract;

import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.boilerplate.BoilerplateFactory;
import org.froissart.testkit.ExtractorContractTest;

/** Runs without language packs (they live in plugins/lang-*): steps must cope with that. */
class BoilerplateContractTest extends ExtractorContractTest<BoilerplateFactory.Config> {
    @Override
    protected ExtractorFactory<BoilerplateFactory.Config> factory() {
        return new BoilerplateFactory();
    }
}
