package org.froissart.extractors.contract;

import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.tokens.TokensFactory;
import org.froissart.testkit.ExtractorContractTest;

/** Runs without language packs (they live in plugins/lang-*): steps must cope with that. */
class TokensContractTest extends ExtractorContractTest<TokensFactory.Config> {
    @Override
    protected ExtractorFactory<TokensFactory.Config> factory() {
        return new TokensFactory();
    }
}
