package org.froissart.extractors.entities;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.froissart.extractors.entities.Knowledge.Place;
import org.froissart.extractors.match.StringTable;
import org.froissart.extractors.util.BinaryResource;
import org.froissart.extractors.util.IntList;

/** The gazetteer's places as columns of string ids; each becomes a {@link Place} when first matched. */
final class PlaceTable implements IntFunction<Place> {
    private final StringTable strings;
    private final int[] surface;
    private final int[] kind;
    /** -1: none. */
    private final int[] iso3;
    private final int[] canonical;
    private final long[] population;
    private final Place[] made;

    PlaceTable(StringTable strings, int[] surface, int[] kind, int[] iso3, int[] canonical, long[] population) {
        int n = surface.length;
        if (kind.length != n || iso3.length != n || canonical.length != n || population.length != n) {
            throw new IllegalArgumentException("place columns of different lengths");
        }
        this.strings = strings;
        this.surface = surface;
        this.kind = kind;
        this.iso3 = iso3;
        this.canonical = canonical;
        this.population = population;
        this.made = new Place[n];
    }

    @Override
    public Place apply(int i) {
        Place p = made[i];
        if (p == null) {
            p = new Place(strings.get(surface[i]), strings.get(kind[i]), iso3[i] < 0 ? null : strings.get(iso3[i]),
                    strings.get(canonical[i]), population[i]);
            made[i] = p; // a record of final fields: publishing it without a lock is safe
        }
        return p;
    }

    void write(DataOutputStream out) throws IOException {
        BinaryResource.writeInts(out, surface);
        BinaryResource.writeInts(out, kind);
        BinaryResource.writeInts(out, iso3);
        BinaryResource.writeInts(out, canonical);
        BinaryResource.writeLongs(out, population);
    }

    static PlaceTable read(ByteBuffer in, StringTable strings) {
        return new PlaceTable(strings, BinaryResource.readInts(in), BinaryResource.readInts(in), BinaryResource.readInts(in),
                BinaryResource.readInts(in), BinaryResource.readLongs(in));
    }

    static final class Builder {
        private final StringTable.Builder strings;
        private final IntList surface = new IntList();
        private final IntList kind = new IntList();
        private final IntList iso3 = new IntList();
        private final IntList canonical = new IntList();
        private final List<Long> population = new ArrayList<>();

        Builder(StringTable.Builder strings) {
            this.strings = strings;
        }

        int add(String surface, String kind, String iso3, String canonical, long population) {
            this.surface.add(strings.add(surface));
            this.kind.add(strings.add(kind));
            this.iso3.add(iso3 == null ? -1 : strings.add(iso3));
            this.canonical.add(strings.add(canonical));
            this.population.add(population);
            return this.surface.size() - 1;
        }

        PlaceTable build(StringTable table) {
            return new PlaceTable(table, surface.toArray(), kind.toArray(), iso3.toArray(), canonical.toArray(),
                    population.stream().mapToLong(Long::longValue).toArray());
        }
    }
}
