package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.froissart.extractors.entities.Knowledge;
import org.froissart.extractors.lang.PackCompiler;
import org.froissart.extractors.ner.Gazetteer;
import org.froissart.extractors.text.TextResources;
import org.froissart.extractors.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The compiled dictionaries the build ships in the pack are those its word lists give now, and read back whole. */
class FrenchCompiledPackTest {
    private static final ClassLoader CL = FrenchCompiledPackTest.class.getClassLoader();

    private static byte[] shipped(String path) throws IOException {
        try (InputStream in = CL.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing: the build's PackCompiler step did not run");
            return in.readAllBytes();
        }
    }

    @Test
    void shippedFormsAreTheWordListsCompiled() throws IOException {
        Map<String, byte[]> compiled = PackCompiler.compile(CL::getResourceAsStream, "fr");
        assertEquals(2, compiled.size(), compiled.keySet().toString());
        for (Map.Entry<String, byte[]> e : compiled.entrySet()) {
            assertArrayEquals(e.getValue(), shipped(e.getKey()), e.getKey() + " is stale: rebuild the pack");
        }
    }

    @Test
    void shippedFormsReadBackWhole() throws IOException {
        byte[] knowledge = shipped("froissart/lang/fr/" + Knowledge.COMPILED);
        Tokenizer tokenizer = new Tokenizer(TextResources.loadAbbreviations(CL::getResourceAsStream, "fr"));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Knowledge.read(new ByteArrayInputStream(knowledge), "fr", tokenizer).write(again);
        assertArrayEquals(knowledge, again.toByteArray());
        byte[] gazetteer = shipped("froissart/lang/fr/ner/gazetteer.bin");
        again.reset();
        Gazetteer.read(new ByteArrayInputStream(gazetteer), "gazetteer.bin").write(again);
        assertArrayEquals(gazetteer, again.toByteArray());
    }
}
