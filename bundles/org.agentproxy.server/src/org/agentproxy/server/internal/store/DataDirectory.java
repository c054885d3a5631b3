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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agentproxy.policy.store.DurableFiles;

/**
 * The server's data directory: locked against a second server, with the secret key ({@code secret.key}), the
 * admin token hashes ({@code admin-tokens/}) and the groups ({@code groups/}). The first start writes an admin
 * token to {@code admin-token} (owner-only) and says where. Thread-safe after {@link #open}.
 */
public final class DataDirectory implements Closeable {

    /** The file the first start writes the admin token to. */
    public static final String ADMIN_TOKEN_FILE = "admin-token";

    private record AdminToken(String name, byte[] hash) {
    }

    /** The directories servers in this JVM hold. */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Groups groups;
    private final List<AdminToken> adminTokens = new ArrayList<>();
    private final RefusedLog refusedLog;

    private DataDirectory(Path dir, FileChannel lockChannel, FileLock lock, Groups groups) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.groups = groups;
        this.refusedLog = new RefusedLog(dir);
    }

    /** Opens (creating on first start) a data directory; fails when another server holds it. */
    public static DataDirectory open(Path dir, Consumer<String> log) throws IOException {
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
            DataDirectory data = new DataDirectory(root, channel, lock,
                    new Groups(root.resolve("groups"), new SecretBox(secretKey(root)), log));
            data.loadAdminTokens(log);
            data.groups.load();
            return data;
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

    public Groups groups() {
        return groups;
    }

    /** The audit log of refused admin requests. */
    public RefusedLog refusedLog() {
        return refusedLog;
    }

    /** The name of the admin token presented, if it is one. */
    public Optional<String> adminName(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] hash = Tokens.hash(presented); // hashed once, compared with every stored hash in constant time
        String name = null;
        for (AdminToken token : adminTokens) {
            if (java.security.MessageDigest.isEqual(token.hash(), hash) && name == null) {
                name = token.name();
            }
        }
        return Optional.ofNullable(name);
    }

    private static byte[] secretKey(Path root) throws IOException {
        Path file = root.resolve("secret.key");
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

    private void loadAdminTokens(Consumer<String> log) throws IOException {
        Ledger ledger = new Ledger(dir.resolve("admin-tokens"));
        for (Ledger.Entry entry : ledger.load(log)) {
            adminTokens.add(new AdminToken(Json.text(entry.document(), "name"),
                    HexFormat.of().parseHex(Json.text(entry.document(), "sha256"))));
        }
        if (adminTokens.isEmpty()) {
            String token = Tokens.generate("apa_");
            Path file = dir.resolve(ADMIN_TOKEN_FILE);
            DurableFiles.write(file, (token + "\n").getBytes(StandardCharsets.UTF_8));
            ObjectNode doc = Json.object();
            doc.put("format", "agentproxy-server-admin-token/1");
            doc.put("name", "admin");
            doc.put("time", Instant.now().toString());
            doc.put("sha256", Tokens.hashHex(token));
            ledger.append(ledger.next(), doc);
            adminTokens.add(new AdminToken("admin", Tokens.hash(token)));
            log.accept("first start: the admin token is in " + file
                    + " (owner-only; the server keeps only its hash)");
        }
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
