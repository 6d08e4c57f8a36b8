package org.froissart.lang.en;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.tokens.TokensFactory;
import org.froissart.testkit.ExtractorContractTest;

/** The tokens step's contract with the English pack on the class path. */
class EnglishTokensContractTest extends ExtractorContractTest<TokensFactory.Config> {
    @Override
    protected ExtractorFactory<TokensFactory.Config> factory() {
        return new TokensFactory();
    }

    /** Every sample in this pack's language, so the step loads the pack. */
    @Override
    protected List<Document> sampleDocuments() {
        return withLanguage(super.sampleDocuments(), "en");
    }
}
