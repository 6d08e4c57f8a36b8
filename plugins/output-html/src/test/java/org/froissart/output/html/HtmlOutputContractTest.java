package org.froissart.output.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.froissart.api.Document;
import org.froissart.api.OutputFactory;
import org.froissart.testkit.OutputContractTest;

class HtmlOutputContractTest extends OutputContractTest<HtmlOutputFactory.Config> {

    @Override
    protected OutputFactory<HtmlOutputFactory.Config> factory() {
        return new HtmlOutputFactory();
    }

    @Override
    protected HtmlOutputFactory.Config escapingConfig() {
        return new HtmlOutputFactory.Config("../escape", null);
    }

    @Override
    protected void verifyWritten(Path directory, List<Document> written) throws IOException {
        String index = Files.readString(directory.resolve("report/index.html"));
        for (Document d : written) {
            assertTrue(Files.isRegularFile(directory.resolve("report/articles/" + d.id() + ".html")), d.id());
            assertTrue(index.contains("articles/" + d.id() + ".html"), d.id());
        }
        assertTrue(index.endsWith("</html>\n"));
    }
}
