package org.froissart.extractors.events;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.froissart.extractors.util.Tsv;

/** The CAMEO code table (froissart/cameo/cameo.tsv): name, QuadClass, Goldstein score, PLOVER type and mode. */
public final class CameoTable {
    public static final String PATH = "froissart/cameo/cameo.tsv";

    /** One CAMEO code. */
    public record Code(String code, String name, int quadClass, double goldstein, String ploverType, String ploverMode) {
    }

    private final Map<String, Code> codes = new HashMap<>();

    public static CameoTable load(Function<String, InputStream> opener) {
        CameoTable t = new CameoTable();
        for (String[] row : Tsv.read(opener, PATH)) {
            if (row[0].equals("code")) {
                continue; // header
            }
            String type = Tsv.column(row, 4);
            String mode = Tsv.column(row, 5);
            t.codes.put(row[0], new Code(row[0], Tsv.column(row, 1), Integer.parseInt(Tsv.column(row, 2)),
                    Double.parseDouble(Tsv.column(row, 3)), type.isEmpty() ? null : type, mode.isEmpty() ? null : mode));
        }
        return t;
    }

    public Code get(String code) {
        return codes.get(code);
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }
}
