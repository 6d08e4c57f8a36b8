package org.froissart.extractors.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static long hash(String... norms) {
        long h = Gazetteer.start();
        for (String n : norms) {
            h = Gazetteer.extend(h, n);
        }
        return h;
    }

    private static byte[] bytes(Gazetteer g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.write(out);
        return out.toByteArray();
    }

    @Test
    void theCompiledFormLooksUpAsTheBuiltOne() throws IOException {
        Gazetteer.Builder b = new Gazetteer.Builder().category("title");
        for (int i = 0; i < 2000; i++) {
            b.add(i % 3 == 0 ? "loc" : "per", List.of("name" + i, "x"));
        }
        b.add("loc", List.of("paris")).add("org", List.of("paris"));
        Gazetteer built = b.build();
        byte[] written = bytes(built);
        Gazetteer read = Gazetteer.read(new ByteArrayInputStream(written), "test");
        assertArrayEquals(written, bytes(read));
        assertEquals(List.of("title", "loc", "per", "org"), read.categories());
        for (Gazetteer g : List.of(built, read)) {
            assertEquals(1 << g.categoryIndex("loc") | 1 << g.categoryIndex("org"), g.lookup(hash("paris")));
            assertEquals(1 << g.categoryIndex("loc"), g.lookup(hash("name3", "x")));
            assertEquals(1 << g.categoryIndex("per"), g.lookup(hash("name4", "x")));
            assertEquals(0, g.lookup(hash("name4")));
        }
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] written = bytes(new Gazetteer.Builder().add("loc", List.of("lund")).build());
        byte[] cut = Arrays.copyOf(written, written.length - 3);
        assertThrows(IOException.class, () -> Gazetteer.read(new ByteArrayInputStream(cut), "test"));
    }
}
