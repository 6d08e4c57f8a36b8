package org.froissart.lang.en;

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
class EnglishCompiledPackTest {
    private static final ClassLoader CL = EnglishCompiledPackTest.class.getClassLoader();

    private static byte[] shipped(String path) throws IOException {
        try (InputStream in = CL.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing: the build's PackCompiler step did not run");
            return in.readAllBytes();
        }
    }

    @Test
    void shippedFormsAreTheWordListsCompiled() throws IOException {
        Map<String, byte[]> compiled = PackCompiler.compile(CL::getResourceAsStream, "en");
        assertEquals(2, compiled.size(), compiled.keySet().toString());
        for (Map.Entry<String, byte[]> e : compiled.entrySet()) {
            assertArrayEquals(e.getValue(), shipped(e.getKey()), e.getKey() + " is stale: rebuild the pack");
        }
    }

    @Test
    void shippedFormsReadBackWhole() throws IOException {
        byte[] knowledge = shipped("froissart/lang/en/" + Knowledge.COMPILED);
        Tokenizer tokenizer = new Tokenizer(TextResources.loadAbbreviations(CL::getResourceAsStream, "en"));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Knowledge.read(new ByteArrayInputStream(knowledge), "en", tokenizer).write(again);
        assertArrayEquals(knowledge, again.toByteArray());
        byte[] gazetteer = shipped("froissart/lang/en/ner/gazetteer.bin");
        again.reset();
        Gazetteer.read(new ByteArrayInputStream(gazetteer), "gazetteer.bin").write(again);
        assertArrayEquals(gazetteer, again.toByteArray());
    }
}
