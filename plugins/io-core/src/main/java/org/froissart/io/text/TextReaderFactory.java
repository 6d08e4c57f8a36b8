package org.froissart.io.text;

import java.util.Set;

import org.froissart.api.Description;
import org.froissart.api.PluginContext;
import org.froissart.api.SourceReader;
import org.froissart.api.SourceReaderFactory;

@Description("One article per plain-text file: optional date and section lines, a title, the body.")
public final class TextReaderFactory implements SourceReaderFactory<TextReaderFactory.Config> {
    public static final String NAME = "text";

    public record Config(
            @Description("Largest file read, in bytes; larger files are reported and not read") Long maxBytes,
            @Description("Decode files that are not valid UTF-8 as ISO-8859-1 (with a warning in metadata) instead of failing them") Boolean latin1Fallback) {
        public Config {
            maxBytes = maxBytes == null ? 20_000_000L : maxBytes;
            latin1Fallback = latin1Fallback == null || latin1Fallback;
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".txt");
    }

    @Override
    public SourceReader create(Config config, PluginContext context) {
        return new TextFileReader(config);
    }
}
