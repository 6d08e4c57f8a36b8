package org.froissart.io.text;

import org.froissart.api.SourceReaderFactory;
import org.froissart.testkit.SourceReaderContractTest;

class TextReaderContractTest extends SourceReaderContractTest<TextReaderFactory.Config> {
    @Override
    protected SourceReaderFactory<TextReaderFactory.Config> factory() {
        return new TextReaderFactory();
    }

    @Override
    protected byte[] normalFileContent() {
        return utf8("12 mars 2024\nUn titre\n\nLe corps de l'article.\n");
    }
}
