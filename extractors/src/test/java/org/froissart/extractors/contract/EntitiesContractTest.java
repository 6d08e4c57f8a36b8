package org.froissart.extractors.contract;

import java.util.List;

import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.entities.EntitiesFactory;
import org.froissart.extractors.tokens.TokensFactory;
import org.froissart.testkit.ExtractorContractTest;

/** Runs without language packs (they live in plugins/lang-*): steps must cope with that. */
class EntitiesContractTest extends ExtractorContractTest<EntitiesFactory.Config> {
    @Override
    protected ExtractorFactory<EntitiesFactory.Config> factory() {
        return new EntitiesFactory();
    }

    @Override
    protected List<ExtractorFactory<?>> prerequisites() {
        return List.of(new TokensFactory());
    }
}
