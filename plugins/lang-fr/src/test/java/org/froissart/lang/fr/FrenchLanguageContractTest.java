package org.froissart.lang.fr;

import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.language.LanguageFactory;
import org.froissart.testkit.ExtractorContractTest;

/** The language step's contract with the French pack on the class path. */
class FrenchLanguageContractTest extends ExtractorContractTest<LanguageFactory.Config> {
    @Override
    protected ExtractorFactory<LanguageFactory.Config> factory() {
        return new LanguageFactory();
    }
}
