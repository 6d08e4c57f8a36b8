package org.froissart.runner.execution;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.froissart.api.ConfigException;

/**
 * An append-only file of whole lines (failures.jsonl): each line goes to the file in one write, so an
 * interrupted run leaves complete lines only, and {@link #bytes} is what a checkpoint records.
 */
final class LineLog implements AutoCloseable {
    private final FileChannel channel;
    private long bytes;

    private LineLog(FileChannel channel, long bytes) {
        this.channel = channel;
        this.bytes = bytes;
    }

    /** A new, empty file. */
    static LineLog create(Path file) throws IOException {
        return new LineLog(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), 0);
    }

    /** The file of an interrupted run, cut back to the length a checkpoint recorded. */
    static LineLog resume(Path file, long length) throws IOException {
        long size = Files.exists(file) ? Files.size(file) : -1;
        if (size < length) {
            throw new ConfigException(file + " is " + (size < 0 ? "missing" : size + " bytes") + " but the checkpoint recorded "
                    + length + " bytes: it was changed since the interrupted run; run again without --resume");
        }
        FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE);
        c.truncate(length);
        c.position(length);
        return new LineLog(c, length);
    }

    /** Appends one line; {@code line} must end with '\n'. */
    void append(byte[] line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(line);
        while (b.hasRemaining()) {
            bytes += channel.write(b);
        }
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
