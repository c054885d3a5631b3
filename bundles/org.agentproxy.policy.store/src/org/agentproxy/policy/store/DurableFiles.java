package org.agentproxy.policy.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Crash-safe file writes for stores that must survive a {@code kill -9} or a power cut at any moment: the content
 * goes to a temporary file beside the target (owner-only permissions on POSIX, as are new directories), is forced
 * to disk, renamed over the target atomically, and the directory entry is forced to disk too. Readers see the old
 * file or the new one, never a mix; once a method returns, the write survives a crash. Used by the workspace (policy
 * files, history), the policy server's store and the deployment journal and folder packages.
 */
public final class DurableFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** The suffix of temporary files; a crash can leave one behind, {@link #deleteTemporaryFiles} removes them. */
    public static final String TEMP_SUFFIX = ".tmp";

    private DurableFiles() {
    }

    /** Writes (or replaces) a file durably and atomically. */
    public static void write(Path file, byte[] content) throws IOException {
        move(writeTemporary(file, content, true), file, true);
    }

    /**
     * Writes a new file durably and atomically; fails with {@link FileAlreadyExistsException} when the file
     * exists, so that an entry of an append-only store is never replaced. Callers serialise writers.
     */
    public static void create(Path file, byte[] content) throws IOException {
        create(file, content, null);
    }

    /**
     * {@link #create(Path, byte[])} with the given permissions instead of owner-only (e.g. for packages other
     * users import; new parent directories then get the default permissions too); ignored where the file system
     * has no POSIX permissions.
     */
    public static void create(Path file, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path tmp = writeTemporary(file, content, permissions == null);
        if (permissions != null && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, permissions);
        }
        move(tmp, file, false);
    }

    /** Forces a directory's entries (creations, renames) to disk. A no-op where the OS cannot open directories. */
    public static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (Files.isDirectory(dir) && System.getProperty("os.name", "").startsWith("Windows")) {
                return; // Windows cannot open a directory as a channel; NTFS journals renames
            }
            throw e;
        }
    }

    /** Creates a directory and its missing parents (owner-only), forcing each new entry to disk. */
    public static void createDirectories(Path dir) throws IOException {
        createDirectories(dir, true);
    }

    /**
     * Creates a directory and its missing parents, forcing each new entry to disk.
     *
     * @param ownerOnly new directories only for the owner (POSIX), else with the default permissions
     */
    public static void createDirectories(Path dir, boolean ownerOnly) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        createDirectories(absolute.getParent(), ownerOnly);
        try {
            if (ownerOnly && absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        syncDirectory(absolute.getParent());
    }

    /** Deletes the temporary files a crash left in a directory; returns how many. */
    public static int deleteTemporaryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.newDirectoryStream(dir, "." + "*" + TEMP_SUFFIX)) {
            for (Path tmp : files) {
                Files.deleteIfExists(tmp);
                deleted++;
            }
        }
        return deleted;
    }

    private static Path writeTemporary(Path file, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        createDirectories(dir, ownerOnly);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static void move(Path tmp, Path file, boolean replace) throws IOException {
        Path target = file.toAbsolutePath();
        try {
            if (!replace && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(target.getParent());
    }
}
