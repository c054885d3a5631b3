package org.agentproxy.server.internal.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.agentproxy.policy.store.DurableFiles;

/**
 * A server's data directory, locked against a second server: the secret key ({@code secret.key}) that seals the
 * secret values in any store, the first admin token ({@code admin-token}), the refused-admin log, and for the
 * file store the groups and admin token hashes ({@link FileStore}). Thread-safe after {@link #open}.
 */
public final class DataDirectory implements Closeable {

    /** The file the first start writes the admin token to. */
    public static final String ADMIN_TOKEN_FILE = "admin-token";
    /** The secret key's file. */
    public static final String SECRET_KEY_FILE = "secret.key";

    /** The directories servers in this JVM hold. */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SecretBox box;
    private final FingerprintMaker fingerprints = new FingerprintMaker();
    private final RefusedLog refusedLog;

    private DataDirectory(Path dir, FileChannel lockChannel, FileLock lock, SecretBox box) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.box = box;
        this.refusedLog = new RefusedLog(dir);
    }

    /** Opens (creating on first start) a data directory; fails when another server holds it. */
    public static DataDirectory open(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            DurableFiles.createDirectories(root.getParent());
            Files.createDirectory(root,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            DurableFiles.syncDirectory(root.getParent());
        }
        if (!OPEN.add(root)) { // a second channel would drop this JVM's POSIX lock when closed
            throw inUse(root);
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = openLockFile(root.resolve(".lock"));
            lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(root);
            }
        } catch (IOException | RuntimeException e) {
            OPEN.remove(root);
            throw e;
        }
        try {
            return new DataDirectory(root, channel, lock, new SecretBox(secretKey(root)));
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            OPEN.remove(root);
            throw e;
        }
    }

    /** The lock file, owner-only like every other file (one left by an older version is made so). */
    private static FileChannel openLockFile(Path file) throws IOException {
        var ownerOnly = PosixFilePermissions.fromString("rw-------");
        FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(ownerOnly));
        if (!Files.getPosixFilePermissions(file).equals(ownerOnly)) {
            Files.setPosixFilePermissions(file, ownerOnly);
        }
        return channel;
    }

    private static IOException inUse(Path root) {
        return new IOException("the data directory " + root + " is in use by another policy server");
    }

    public Path path() {
        return dir;
    }

    /** Seals and opens secret values with the key in {@code secret.key}. */
    SecretBox secretBox() {
        return box;
    }

    /** The fingerprints of this server's secret values, with its cache of those made lately. */
    FingerprintMaker fingerprintMaker() {
        return fingerprints;
    }

    /** The audit log of refused admin requests. */
    public RefusedLog refusedLog() {
        return refusedLog;
    }

    /** Writes the first admin token to {@value #ADMIN_TOKEN_FILE}, owner-only. */
    void writeAdminToken(String token) throws IOException {
        DurableFiles.write(dir.resolve(ADMIN_TOKEN_FILE), (token + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Removes an admin token file that did not become the admin token. */
    void deleteAdminToken() throws IOException {
        Files.deleteIfExists(dir.resolve(ADMIN_TOKEN_FILE));
    }

    private static byte[] secretKey(Path root) throws IOException {
        Path file = root.resolve(SECRET_KEY_FILE);
        DurableFiles.deleteTemporaryFiles(root);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            DurableFiles.write(file, key);
        }
        byte[] key = Files.readAllBytes(file);
        if (key.length != 32) {
            throw new IOException(file + ": must hold 32 bytes (an AES-256 key), not " + key.length);
        }
        return key;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
            OPEN.remove(dir);
        }
    }
}
