package org.froissart.io.jsonl;

import java.util.Set;

import org.froissart.api.Description;
import org.froissart.api.PluginContext;
import org.froissart.api.SourceReader;
import org.froissart.api.SourceReaderFactory;

@Description("One article per line of JSON (JSON Lines), optionally gzip-compressed.")
public final class JsonlReaderFactory implements SourceReaderFactory<JsonlReaderFactory.Config> {
    public static final String NAME = "jsonl";

    public record Config(
            @Description("Field holding the document id (missing: file name and line number)") String id,
            @Description("Field holding the article text") String text,
            @Description("Field holding the publication date (YYYY-MM-DD or an ISO date-time)") String published,
            @Description("Field holding the title") String title,
            @Description("Field holding the language code") String language,
            @Description("Longest accepted line, in characters; longer lines are reported and skipped") Integer maxLineChars) {
        public Config {
            id = id == null ? "id" : id;
            text = text == null ? "text" : text;
            published = published == null ? "published" : published;
            title = title == null ? "title" : title;
            language = language == null ? "language" : language;
            maxLineChars = maxLineChars == null ? 20_000_000 : maxLineChars;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz");
    }

    @Override
    public SourceReader create(Config config, PluginContext context) {
        return new JsonlReader(config);
    }
}
