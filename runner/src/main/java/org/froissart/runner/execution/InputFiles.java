package org.froissart.runner.execution;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Expands the command line's inputs into files, lazily and in a stable order (sorted by name in each
 * directory), following directory symlinks but never twice into the same directory.
 */
final class InputFiles implements Iterator<InputFiles.Item> {

    /**
     * A file to read, or a problem with one input path.
     *
     * @param explicit named on the command line rather than found in a directory
     * @param harmless the problem loses nothing (a directory seen twice): reported as skipped, not failed
     */
    record Item(Path file, String problem, boolean explicit, boolean harmless) {
        Item(Path file, String problem, boolean explicit) {
            this(file, problem, explicit, false);
        }
    }

    private final Deque<Object> pending = new ArrayDeque<>();
    private final Set<Path> seenDirectories = new HashSet<>();
    private final PathMatcher glob;
    /** "**&#47;*.txt" should also match "a.txt" directly under the input directory. */
    private final PathMatcher topLevelGlob;
    private Item next;

    InputFiles(List<Path> inputs, String glob) {
        this.glob = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.topLevelGlob = glob.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)) : this.glob;
        for (int i = inputs.size() - 1; i >= 0; i--) {
            pending.push(new Root(inputs.get(i)));
        }
    }

    private record Root(Path path) {
    }

    private record Child(Path root, Path path) {
    }

    @Override
    public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            next = advance(pending.pop());
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item i = next;
        next = null;
        return i;
    }

    private Item advance(Object o) {
        Path path;
        Path root;
        if (o instanceof Root r) {
            path = r.path();
            root = null;
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                return new Item(path, "no such file or directory", true);
            }
        } else {
            Child c = (Child) o;
            path = c.path();
            root = c.root();
        }
        if (Files.isDirectory(path)) {
            return expand(path, root == null ? path : root);
        }
        if (!Files.exists(path)) {
            return new Item(path, "broken symbolic link", root == null);
        }
        if (root != null && !glob.matches(root.relativize(path)) && !topLevelGlob.matches(root.relativize(path))) {
            return null;
        }
        if (!Files.isRegularFile(path)) {
            return new Item(path, "not a regular file (a device, FIFO or socket): not read", root == null);
        }
        // Unreadable files go to their reader, which reports them as documents that failed.
        return new Item(path, null, root == null);
    }

    private Item expand(Path dir, Path root) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return new Item(dir, "cannot resolve directory: " + e.getMessage(), root == dir);
        }
        if (!seenDirectories.add(real)) {
            return new Item(dir, "directory already visited (symbolic link loop or duplicate input): skipped", false, true);
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!p.getFileName().toString().startsWith(".")) {
                    children.add(p);
                }
            }
        } catch (IOException e) {
            return new Item(dir, "cannot list directory: " + e.getMessage(), root == dir);
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (int i = children.size() - 1; i >= 0; i--) {
            pending.push(new Child(root, children.get(i)));
        }
        return null;
    }
}
