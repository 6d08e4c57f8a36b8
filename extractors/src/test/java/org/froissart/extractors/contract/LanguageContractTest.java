package org.froissart.extractors.contract;

import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.language.LanguageFactory;
import org.froissart.testkit.ExtractorContractTest;

/** Runs without language packs (they live in plugins/lang-*): steps must cope with that. */
class LanguageContractTest extends ExtractorContractTest<LanguageFactory.Config> {
    @Override
    protected ExtractorFactory<LanguageFactory.Config> factory() {
        return new LanguageFactory();
    }
}
