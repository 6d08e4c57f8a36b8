package org.froissart.extractors.contract;

import org.froissart.api.ExtractorFactory;
import org.froissart.extractors.metadata.MetadataFactory;
import org.froissart.testkit.ExtractorContractTest;

/** Runs without language packs (they live in plugins/lang-*): steps must cope with that. */
class MetadataContractTest extends ExtractorContractTest<MetadataFactory.Config> {
    @Override
    protected ExtractorFactory<MetadataFactory.Config> factory() {
        return new MetadataFactory();
    }
}
