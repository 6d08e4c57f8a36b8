package org.froissart.extractors.lang;

import java.util.ArrayList;
import java.util.List;

import org.froissart.api.PluginContext;

/**
 * Language packs are resource folders {@code froissart/lang/{code}/} shipped by language plugins
 * (plugins/lang-fr, plugins/lang-en, or a dropped jar); {@code pack.properties} marks one.
 * Engines load a pack's files on demand and leave documents of other languages untouched.
 */
public final class LanguagePacks {
    /** Codes probed once per run; a new language plugin adds its code here by shipping its pack. */
    private static final String[] CANDIDATES = {
        "fr", "en", "de", "es", "it", "pt", "nl", "ar", "ru", "zh", "ja", "ko", "pl", "tr", "sv", "da", "no", "fi",
        "cs", "ro", "hu", "el", "uk", "he", "fa", "hi", "id", "ms", "vi", "th", "ca", "eu", "gl", "bg", "hr", "sr",
        "sk", "sl", "lt", "lv", "et"};

    private LanguagePacks() {
    }

    public static String path(String language, String file) {
        return "froissart/lang/" + language + "/" + file;
    }

    public static boolean has(PluginContext context, String language) {
        return language != null && context.hasResource(path(language, "pack.properties"));
    }

    /** Languages whose pack is installed. */
    public static List<String> installed(PluginContext context) {
        return context.shared("froissart.lang.installed", InstalledList.class, () -> {
            List<String> codes = new ArrayList<>();
            for (String c : CANDIDATES) {
                if (has(context, c)) {
                    codes.add(c);
                }
            }
            return new InstalledList(List.copyOf(codes));
        }).codes();
    }

    /** Wrapper so the shared cache holds a typed value. */
    public record InstalledList(List<String> codes) {
    }
}
