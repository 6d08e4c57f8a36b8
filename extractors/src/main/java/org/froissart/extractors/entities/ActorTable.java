package org.froissart.extractors.entities;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.function.IntFunction;

import org.froissart.api.EntityType;
import org.froissart.extractors.entities.Knowledge.Actor;
import org.froissart.extractors.match.StringTable;
import org.froissart.extractors.util.BinaryResource;
import org.froissart.extractors.util.IntList;

/** The named actors as columns; each becomes an {@link Actor} when first matched. */
final class ActorTable implements IntFunction<Actor> {
    /** A missing date bound. */
    private static final int OPEN = Integer.MIN_VALUE;
    private final StringTable strings;
    private final int[] surface;
    private final int[] code;
    /** Epoch days, or OPEN. */
    private final int[] from;
    private final int[] to;
    /** String ids of EntityType names. */
    private final int[] type;
    private final int[] canonical;
    private final Actor[] made;

    ActorTable(StringTable strings, int[] surface, int[] code, int[] from, int[] to, int[] type, int[] canonical) {
        int n = surface.length;
        if (code.length != n || from.length != n || to.length != n || type.length != n || canonical.length != n) {
            throw new IllegalArgumentException("actor columns of different lengths");
        }
        this.strings = strings;
        this.surface = surface;
        this.code = code;
        this.from = from;
        this.to = to;
        this.type = type;
        this.canonical = canonical;
        this.made = new Actor[n];
    }

    @Override
    public Actor apply(int i) {
        Actor a = made[i];
        if (a == null) {
            a = new Actor(strings.get(surface[i]), strings.get(code[i]), day(from[i]), day(to[i]),
                    EntityType.valueOf(strings.get(type[i])), strings.get(canonical[i]));
            made[i] = a; // a record of final fields: publishing it without a lock is safe
        }
        return a;
    }

    private static LocalDate day(int epochDay) {
        return epochDay == OPEN ? null : LocalDate.ofEpochDay(epochDay);
    }

    void write(DataOutputStream out) throws IOException {
        BinaryResource.writeInts(out, surface);
        BinaryResource.writeInts(out, code);
        BinaryResource.writeInts(out, from);
        BinaryResource.writeInts(out, to);
        BinaryResource.writeInts(out, type);
        BinaryResource.writeInts(out, canonical);
    }

    static ActorTable read(ByteBuffer in, StringTable strings) {
        return new ActorTable(strings, BinaryResource.readInts(in), BinaryResource.readInts(in), BinaryResource.readInts(in),
                BinaryResource.readInts(in), BinaryResource.readInts(in), BinaryResource.readInts(in));
    }

    static final class Builder {
        private final StringTable.Builder strings;
        private final IntList surface = new IntList();
        private final IntList code = new IntList();
        private final IntList from = new IntList();
        private final IntList to = new IntList();
        private final IntList type = new IntList();
        private final IntList canonical = new IntList();

        Builder(StringTable.Builder strings) {
            this.strings = strings;
        }

        int add(String surface, String code, LocalDate from, LocalDate to, EntityType type, String canonical) {
            this.surface.add(strings.add(surface));
            this.code.add(strings.add(code));
            this.from.add(from == null ? OPEN : Math.toIntExact(from.toEpochDay()));
            this.to.add(to == null ? OPEN : Math.toIntExact(to.toEpochDay()));
            this.type.add(strings.add(type.name()));
            this.canonical.add(strings.add(canonical));
            return this.surface.size() - 1;
        }

        ActorTable build(StringTable table) {
            return new ActorTable(table, surface.toArray(), code.toArray(), from.toArray(), to.toArray(), type.toArray(),
                    canonical.toArray());
        }
    }
}
