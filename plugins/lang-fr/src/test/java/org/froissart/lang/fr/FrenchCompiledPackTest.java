package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.froissart.extractors.lang.PackCompiler;
import org.junit.jupiter.api.Test;

/** The compiled dictionaries the build ships in the pack are those its word lists give now, and read back whole. */
class FrenchCompiledPackTest {
    @Test
    void shippedFormsAreTheWordListsCompiled() {
        assertEquals(List.of(), PackCompiler.checkShipped(FrenchCompiledPackTest.class.getClassLoader()::getResourceAsStream, "fr"));
    }
}
