package org.froissart.runner.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.froissart.api.ConfigException;

/**
 * progress.json: how far an unfinished run got. Written atomically (temporary file, then rename),
 * always after the outputs and failures.jsonl were flushed, so it never claims more than is on disk.
 *
 * @param fingerprint  digest of the pipeline's settings that shape the output
 * @param inputs       the run's inputs, as absolute paths
 * @param items        input items fully accounted for (read, written or reported), in input order
 * @param failuresBytes length of failures.jsonl after those items
 * @param outputs      per output, the state its checkpoint returned (null: cannot resume)
 */
record Checkpoint(String fingerprint, List<String> inputs, long items, long failuresBytes,
                  List<Map<String, String>> outputs, Map<String, Object> counters) {
    static final String FILE = "progress.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path directory) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", 1);
        m.put("complete", false);
        m.put("fingerprint", fingerprint);
        m.put("inputs", inputs);
        m.put("items", items);
        m.put("failuresBytes", failuresBytes);
        m.put("outputs", outputs);
        m.put("counters", counters);
        Path tmp = directory.resolve(FILE + ".partial");
        Files.write(tmp, JSON.writeValueAsBytes(m));
        Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The checkpoint in {@code directory}, or null when there is none. */
    @SuppressWarnings("unchecked")
    static Checkpoint read(Path directory) {
        Path file = directory.resolve(FILE);
        Map<String, Object> m;
        try {
            m = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new ConfigException(file + " is not a valid checkpoint (" + e.getMessage() + "); run again without --resume");
        }
        try {
            List<Map<String, String>> outputs = new ArrayList<>((List<Map<String, String>>) m.get("outputs"));
            return new Checkpoint((String) m.get("fingerprint"), (List<String>) m.get("inputs"),
                    ((Number) m.get("items")).longValue(), ((Number) m.get("failuresBytes")).longValue(), outputs,
                    (Map<String, Object>) m.get("counters"));
        } catch (RuntimeException e) {
            throw new ConfigException(file + " is not a valid checkpoint (" + e + "); run again without --resume");
        }
    }
}
