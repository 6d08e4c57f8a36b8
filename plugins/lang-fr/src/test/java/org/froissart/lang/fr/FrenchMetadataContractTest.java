package org.froissart.lang.fr;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.metadata.MetadataFactory;
import org.froissart.testkit.ExtractorContractTest;

/** The metadata step's contract with the French pack on the class path. */
class FrenchMetadataContractTest extends ExtractorContractTest<MetadataFactory.Config> {
    @Override
    protected ExtractorFactory<MetadataFactory.Config> factory() {
        return new MetadataFactory();
    }

    /** Every sample in this pack's language, so the step loads the pack. */
    @Override
    protected List<Document> sampleDocuments() {
        return withLanguage(super.sampleDocuments(), "fr");
    }
}
