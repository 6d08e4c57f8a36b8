package org.froissart.io.jsonl;

import org.froissart.api.SourceReaderFactory;
import org.froissart.testkit.SourceReaderContractTest;

class JsonlReaderContractTest extends SourceReaderContractTest<JsonlReaderFactory.Config> {
    @Override
    protected SourceReaderFactory<JsonlReaderFactory.Config> factory() {
        return new JsonlReaderFactory();
    }

    @Override
    protected byte[] normalFileContent() {
        return utf8("{\"id\":\"a\",\"text\":\"Le corps de l'article.\"}\n{\"id\":\"b\",\"text\":\"Another one.\"}\n");
    }
}
