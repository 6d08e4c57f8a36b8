package org.froissart.output.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Output;
import org.froissart.api.OutputFactory;
import org.froissart.api.PluginContext;

@Description("Writes a static HTML report: index.html with counts, top actors, top event types and an actor-to-actor "
        + "event graph, and one page per article with entities, quotes and events highlighted. Works offline.")
public final class HtmlOutputFactory implements OutputFactory<HtmlOutputFactory.Config> {
    public static final String NAME = "html";

    public record Config(
            @Description("Directory of the report, relative to the output directory") String directory,
            @Description("Title of the index page") String title) {
        public Config {
            directory = directory == null ? "report" : directory;
            title = title == null ? "Froissart report" : title;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Output create(Config config, PluginContext context) {
        Path directory = context.resolveOutput(config.directory());
        try {
            return new HtmlOutput(directory, config.title());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the HTML report in " + directory, e);
        }
    }

    /** Writes each article page as it comes (renamed from .partial when complete), and index.html on close. */
    static final class HtmlOutput implements Output {
        private final Path directory;
        private final Path articles;
        private final String title;
        private final Report report = new Report();
        private final Set<String> usedNames = new HashSet<>();
        private boolean closed;

        HtmlOutput(Path directory, String title) throws IOException {
            this.directory = directory;
            this.articles = directory.resolve("articles");
            this.title = title;
            Files.createDirectories(articles);
        }

        @Override
        public void write(Document document) throws IOException {
            String name = fileName(document.id());
            writeAtomically(articles.resolve(name), ArticlePage.render(document, "../index.html"));
            report.add(document, "articles/" + name);
        }

        /** A safe, unique file name for a document id: its letters, digits, '.', '_' and '-', plus a hash when changed or taken. */
        String fileName(String id) {
            String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
            if (safe.length() > 80) {
                safe = safe.substring(0, 80);
            }
            if (safe.isEmpty() || safe.startsWith(".")) {
                safe = "doc" + safe;
            }
            String name = safe.equals(id) ? safe : safe + "-" + Integer.toHexString(id.hashCode());
            String candidate = name;
            for (int i = 2; !usedNames.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
                candidate = name + "-" + i;
            }
            return candidate + ".html";
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            writeAtomically(directory.resolve("index.html"), report.render(title));
        }

        private static void writeAtomically(Path target, String html) throws IOException {
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.writeString(partial, html, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
