package org.froissart.examples.keywords;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.froissart.api.Description;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;

/**
 * The {@code keywords} step: tags every occurrence of the phrases of labelled lists. Each match is an
 * {@link org.froissart.api.Annotation} whose type is the list's label, with the phrase as written in
 * the list in its {@code phrase} attribute. Matches inside boilerplate spans are skipped, so run it
 * after {@code boilerplate} when the pipeline has that step.
 *
 * <pre>
 * steps:
 *   - type: keywords
 *     with:
 *       lists:
 *         sanctions: [embargo, asset freeze, "sanctions"]
 *         agencies: [Frontex, "Agence France-Presse"]
 *       caseSensitive: false
 * </pre>
 */
@Description("Tags phrases of labelled lists (from 'lists', a TSV 'file', or a packaged demo list) as annotations of their label.")
public final class KeywordsFactory implements ExtractorFactory<KeywordsFactory.Config> {
    public static final String NAME = "keywords";
    /** What this step produces, for later steps' {@code requires()}. */
    public static final String PRODUCES = "keywords";

    /**
     * The {@code with:} settings. Keys left out arrive as null and get their defaults here.
     *
     * @param lists         label → phrases
     * @param file          a UTF-8 file of {@code label<TAB>phrase} lines, added to {@code lists}
     * @param caseSensitive match case exactly
     * @param wholeWords    a phrase must not start or end inside a word of the text
     */
    public record Config(
            @Description("Phrase lists: label -> phrases; a match becomes an annotation of that label") Map<String, List<String>> lists,
            @Description("TSV file of 'label<TAB>phrase' lines, added to lists (relative to the working directory)") String file,
            @Description("Match case exactly") Boolean caseSensitive,
            @Description("Phrases must start and end at word boundaries") Boolean wholeWords) {
        public Config {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            if (lists != null) {
                for (Map.Entry<String, List<String>> e : lists.entrySet()) {
                    if (e.getKey() == null || e.getKey().isBlank()) {
                        throw new IllegalArgumentException("lists: a label is blank; labels become annotation types, e.g. 'sanctions'");
                    }
                    if (e.getValue() == null || e.getValue().isEmpty()) {
                        throw new IllegalArgumentException("lists: label '" + e.getKey() + "' has no phrases");
                    }
                    List<String> phrases = new ArrayList<>();
                    for (String p : e.getValue()) {
                        if (p == null || p.isBlank()) {
                            throw new IllegalArgumentException("lists: label '" + e.getKey() + "' has a blank phrase");
                        }
                        phrases.add(p);
                    }
                    copy.put(e.getKey(), List.copyOf(phrases));
                }
            }
            lists = Collections.unmodifiableMap(copy);
            if (file != null && file.isBlank()) {
                throw new IllegalArgumentException("file: blank; leave the key out or name a TSV file");
            }
            caseSensitive = caseSensitive != null && caseSensitive;
            wholeWords = wholeWords == null || wholeWords;
        }
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> produces() {
        return Set.of(PRODUCES);
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        // Compiled once per run and configuration, then shared by every worker thread's extractor.
        PhraseMatcher matcher = context.shared(NAME + ":" + config, PhraseMatcher.class,
                () -> PhraseMatcher.compile(PhraseLists.load(config, context), config.caseSensitive(), config.wholeWords()));
        return new KeywordsExtractor(matcher);
    }
}
