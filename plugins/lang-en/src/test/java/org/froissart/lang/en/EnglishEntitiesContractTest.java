package org.froissart.lang.en;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.entities.EntitiesFactory;
import org.froissart.extractors.tokens.TokensFactory;
import org.froissart.testkit.ExtractorContractTest;

/** The entities step's contract with the English pack on the class path. */
class EnglishEntitiesContractTest extends ExtractorContractTest<EntitiesFactory.Config> {
    @Override
    protected ExtractorFactory<EntitiesFactory.Config> factory() {
        return new EntitiesFactory();
    }

    @Override
    protected List<ExtractorFactory<?>> prerequisites() {
        return List.of(new TokensFactory());
    }

    /** Every sample in this pack's language, so the step loads the pack. */
    @Override
    protected List<Document> sampleDocuments() {
        return withLanguage(super.sampleDocuments(), "en");
    }
}
