package org.froissart.lang.en;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.boilerplate.BoilerplateFactory;
import org.froissart.testkit.ExtractorContractTest;

/** The boilerplate step's contract with the English pack on the class path. */
class EnglishBoilerplateContractTest extends ExtractorContractTest<BoilerplateFactory.Config> {
    @Override
    protected ExtractorFactory<BoilerplateFactory.Config> factory() {
        return new BoilerplateFactory();
    }

    /** Every sample in this pack's language, so the step loads the pack. */
    @Override
    protected List<Document> sampleDocuments() {
        return withLanguage(super.sampleDocuments(), "en");
    }
}
