package org.pressmark.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the files of one item all or nothing. Each file is first written to a temporary file beside
 * its target (and, unless the caller has another way to detect a file lost in a crash, forced to disk);
 * only when every file is written are they renamed into place. When any step fails, the temporary files
 * are removed and no file of the item is left behind.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    /** The prefix of temporary files, so that a crashed run's leftovers are recognisable. */
    public static final String TEMP_PREFIX = ".pressmark-";

    /**
     * Writes the given files.
     *
     * @param files target paths and their contents, written in this order
     * @throws IOException if a file cannot be written; then none of the targets was created or changed
     *                     by this call, except when a rename itself failed half-way (rare; the targets
     *                     already renamed are then removed again)
     */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        writeAll(files, null);
    }

    /**
     * Writes the given files, keeping the temporary files in one staging folder (which must be on the
     * same file system as the targets) rather than beside each target, so that a crashed run's leftovers
     * are all in one place.
     *
     * @param files   target paths and their contents, written in this order
     * @param staging the staging folder, created when missing; or {@code null} for temporary files
     *                beside their targets
     * @throws IOException as {@link #writeAll(Map)}
     */
    public static void writeAll(Map<Path, byte[]> files, Path staging) throws IOException {
        writeAll(files, staging, true);
    }

    /**
     * Writes the given files as {@link #writeAll(Map, Path)}, forcing each to disk before it is renamed
     * into place only when asked. Without forcing, the files are still never seen half-written by another
     * process, and survive the writer being killed; only a crash of the whole machine before the operating
     * system has flushed them can lose them, which a caller that records their checksums can detect.
     *
     * @param files   target paths and their contents, written in this order
     * @param staging the staging folder, or {@code null} for temporary files beside their targets
     * @param sync    whether each file is forced to disk before the renames
     * @throws IOException as {@link #writeAll(Map)}
     */
    public static void writeAll(Map<Path, byte[]> files, Path staging, boolean sync) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Set<Path> folders = new HashSet<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Path dir = target.getParent();
                ensureFolder(dir, folders);
                Path tempDir = staging == null ? dir : ensureFolder(staging, folders);
                // a fresh name created like any other file, so that the output gets the usual permissions
                // (a JDK temporary file would be readable by its owner only)
                Path temp = tempDir.resolve(TEMP_PREFIX + java.util.UUID.randomUUID() + ".tmp");
                temps.put(target, temp);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(e.getValue());
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    if (sync) {
                        ch.force(true);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temps.values());
            throw e;
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                move(e.getValue(), e.getKey());
                moved.add(e.getKey());
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temps.values());
            deleteQuietly(moved);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes a folder unless this call saw it already or it exists: the files of an item share their
     * folders, and making a folder that exists costs a failed system call and two exceptions thrown and
     * caught inside the JDK, for every file of a batch.
     */
    private static Path ensureFolder(Path dir, Set<Path> seen) throws IOException {
        if (seen.add(dir) && !Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        return dir;
    }

    private static void deleteQuietly(Iterable<Path> paths) {
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: the original failure is what the caller needs to see
            }
        }
    }
}
