package org.froissart.extractors.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The four dictionaries PETRARCH codes with. */
public record PetrarchDictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
        DiscardDictionary discards) {

    /**
     * Loads a directory by file name: exactly one {@code *verbs*} file, one or more {@code *actors*}
     * files, and optionally {@code *agents*} and {@code *discards*} files.
     */
    public static PetrarchDictionaries load(Path directory) throws IOException {
        return load(directory, List.of());
    }

    /**
     * As {@link #load(Path)}, but when the directory holds files listed in {@code preferred} (the
     * {@code <Environment>} of a validation file names its dictionaries) only those are used for
     * their kind, so a directory mixing validation and Phoenix dictionaries still works.
     */
    public static PetrarchDictionaries load(Path directory, List<String> preferred) throws IOException {
        List<Path> verbs = named(directory, "verbs", preferred);
        if (verbs.size() != 1) {
            throw new IOException("expected exactly one *verbs* file in " + directory + ", found " + verbs);
        }
        List<Path> actors = named(directory, "actors", preferred);
        if (actors.isEmpty()) {
            throw new IOException("no *actors* file in " + directory);
        }
        return new PetrarchDictionaries(VerbDictionary.read(verbs.get(0)),
                ActorDictionary.read(actors.toArray(Path[]::new)),
                AgentDictionary.read(named(directory, "agents", preferred).toArray(Path[]::new)),
                DiscardDictionary.read(named(directory, "discards", preferred).toArray(Path[]::new)));
    }

    private static List<Path> named(Path directory, String kind, List<String> preferred) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(directory)) {
            all = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).contains(kind))
                    .sorted().toList();
        }
        List<Path> chosen = new ArrayList<>();
        for (Path file : all) {
            if (preferred.contains(file.getFileName().toString())) {
                chosen.add(file);
            }
        }
        return chosen.isEmpty() ? all : chosen;
    }
}
