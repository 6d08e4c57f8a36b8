package org.froissart.runner.pipeline;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonLocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.froissart.api.ConfigException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML safely into {@link YamlNode}s: plain data only (no object construction), and limits
 * on size, nesting and aliases so a "billion laughs" file is refused rather than expanded.
 */
public final class YamlReader {
    static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_DEPTH = 40;
    static final int MAX_ALIASES = 20;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    public YamlNode read(Reader in, String fileName) {
        try (YAMLParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ConfigException(fileName + ": empty file; a pipeline starts with 'version: 1'");
            }
            YamlNode root = readValue(p, fileName, 0);
            if (p.nextToken() != null) {
                throw new ConfigException(where(fileName, p.currentTokenLocation())
                        + ": more than one YAML document; put one pipeline per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ConfigException(where(fileName, e.getLocation()) + ": invalid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(fileName + ": cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof ConfigException) {
                throw e;
            }
            // SnakeYAML's own limits (aliases, nesting, size) surface as runtime exceptions.
            throw new ConfigException(fileName + ": refused: " + e.getMessage(), e);
        }
    }

    private YamlNode readValue(YAMLParser p, String fileName, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new ConfigException(where(fileName, p.currentTokenLocation()) + ": nested deeper than " + MAX_DEPTH);
        }
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        if (p.isCurrentAlias()) {
            // The streaming parser does not expand aliases: it would hand back the anchor's name as a
            // string. Refuse them, which also makes an alias bomb ("billion laughs") harmless.
            throw new ConfigException(where(fileName, loc) + ": YAML aliases ('*" + p.getText()
                    + "') are not supported in pipelines; write the value out in full");
        }
        switch (t) {
            case START_OBJECT: {
                YamlNode node = YamlNode.map(line, col);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    p.nextToken();
                    node.put(key, kl.getLineNr(), kl.getColumnNr(), readValue(p, fileName, depth + 1));
                }
                return node;
            }
            case START_ARRAY: {
                YamlNode node = YamlNode.list(line, col);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    node.add(readValue(p, fileName, depth + 1));
                }
                return node;
            }
            case VALUE_STRING:
                return YamlNode.scalar(p.getText(), line, col);
            case VALUE_NUMBER_INT:
                return YamlNode.scalar(p.getNumberValue(), line, col);
            case VALUE_NUMBER_FLOAT:
                return YamlNode.scalar(p.getDoubleValue(), line, col);
            case VALUE_TRUE:
                return YamlNode.scalar(Boolean.TRUE, line, col);
            case VALUE_FALSE:
                return YamlNode.scalar(Boolean.FALSE, line, col);
            case VALUE_NULL:
                return YamlNode.scalar(null, line, col);
            default:
                throw new ConfigException(where(fileName, loc) + ": unexpected YAML content " + t);
        }
    }

    static String where(String fileName, JsonLocation loc) {
        return loc == null ? fileName : fileName + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

}
