package org.froissart.examples.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;

import org.froissart.api.FroissartApi;
import org.junit.jupiter.api.Test;

/** The jar users drop into plugins/: discovery needs its services file and descriptor, and no API copy. */
class PackagedJarIT {
    @Test
    void jarHasServicesDescriptorAndResources() throws IOException {
        String path = System.getProperty("plugin.jar");
        assertTrue(path != null && Files.isRegularFile(Path.of(path)), "system property plugin.jar must name the built jar: " + path);
        try (JarFile jar = new JarFile(path)) {
            var services = jar.getEntry("META-INF/services/org.froissart.api.ExtractorFactory");
            assertNotNull(services, "META-INF/services entry missing");
            try (InputStream in = jar.getInputStream(services)) {
                assertEquals(KeywordsFactory.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            }
            Properties p = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/froissart-plugin.properties"))) {
                p.load(in);
            }
            assertEquals(FroissartApi.VERSION, p.getProperty("api.version"));
            assertNotNull(jar.getEntry(PhraseLists.DEFAULT_RESOURCE));
            assertNull(jar.getEntry("org/froissart/api/Extractor.class"), "the API is provided by the runner: do not bundle it");
            assertNotNull(jar.getManifest().getMainAttributes().getValue("Implementation-Version"));
        }
    }
}
