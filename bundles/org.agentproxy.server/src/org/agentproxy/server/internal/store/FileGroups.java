package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.agentproxy.policy.store.DurableFiles;

/** The file store's agent groups, in {@code groups/NAME/}. Thread-safe; lookups are lock-free. */
final class FileGroups implements Groups {

    /** Where deleted groups are kept, beside {@code groups/}. */
    static final String DELETED = "deleted-groups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Path deletedDir;
    private final SecretBox box;
    private final FingerprintMaker fingerprints;
    private final Consumer<String> log;
    private final ConcurrentHashMap<String, GroupStore> byName = new ConcurrentHashMap<>();

    FileGroups(Path dir, SecretBox box, FingerprintMaker fingerprints, Consumer<String> log) {
        this.dir = dir;
        this.deletedDir = dir.resolveSibling(DELETED);
        this.box = box;
        this.fingerprints = fingerprints;
        this.log = log;
    }

    void load() throws IOException {
        DurableFiles.createDirectories(dir);
        try (var entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path groupDir : entries) {
                String name = groupDir.getFileName().toString();
                if (Files.exists(groupDir.resolve(GroupDeletion.FILE))) {
                    finishDeletion(groupDir); // deleted, then stopped before the directory moved
                } else if (NAME.matcher(name).matches()) {
                    GroupStore.load(ledgers(groupDir), name, box, fingerprints, log)
                            .ifPresent(g -> byName.put(name, g));
                }
            }
        }
    }

    /** A group's directory as its ledgers: {@code versions/}, {@code agent-tokens/}, {@code secrets/}. */
    private static GroupLedgers ledgers(Path groupDir) {
        Ledger versions = new FileLedger(groupDir.resolve("versions"));
        Ledger tokens = new FileLedger(groupDir.resolve("agent-tokens"));
        Ledger secrets = new FileLedger(groupDir.resolve("secrets"));
        return new GroupLedgers(versions, tokens, secrets, false, deletion -> DurableFiles.create(groupDir.resolve(
                GroupDeletion.FILE), Json.bytes(deletion.toDocument())));
    }

    @Override
    public GroupStore get(String name) {
        return byName.get(name);
    }

    @Override
    public List<GroupStore> all() {
        return byName.values().stream().sorted(Comparator.comparing(GroupStore::name)).toList();
    }

    @Override
    public synchronized Optional<GroupStore.Created> create(String name, String actor) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(NAME_RULE);
        }
        if (byName.containsKey(name)) {
            return Optional.empty();
        }
        GroupStore.Created created = GroupStore.create(ledgers(dir.resolve(name)), name, actor, box, fingerprints,
                log);
        byName.put(name, created.group());
        return Optional.of(created);
    }

    /**
     * {@inheritDoc} Records the deletion in the group's directory ({@code deleted.json}) and moves the directory
     * with its whole history to {@code deleted-groups/NAME.TIME/}.
     */
    @Override
    public synchronized Optional<GroupDeletion> delete(String name, long expected, boolean force, String actor)
            throws StaleVersionException, GroupInUseException, IOException {
        GroupStore group = byName.get(name);
        if (group == null) {
            return Optional.empty();
        }
        Path archive = archiveFor(name, Instant.now());
        GroupDeletion deletion = group.delete(expected, force, actor,
                dir.getParent().relativize(archive).toString());
        byName.remove(name);
        move(dir.resolve(name), archive);
        log.accept("group " + name + " deleted by " + actor + " at version " + deletion.version() + "; kept in "
                + deletion.archivedAs());
        return Optional.of(deletion);
    }

    private Path archiveFor(String name, Instant time) {
        Path archive = deletedDir.resolve(name + "." + STAMP.format(time));
        for (int i = 2; Files.exists(archive); i++) {
            archive = deletedDir.resolve(name + "." + STAMP.format(time) + "-" + i);
        }
        return archive;
    }

    private void finishDeletion(Path groupDir) throws IOException {
        Path archive;
        try {
            archive = dir.getParent().resolve(Json.text(Json.parse(Files.readAllBytes(
                    groupDir.resolve(GroupDeletion.FILE))), "archivedAs")).normalize();
        } catch (IOException | RuntimeException unreadable) {
            archive = deletedDir;
        }
        if (!archive.startsWith(deletedDir) || Files.exists(archive)) {
            archive = archiveFor(groupDir.getFileName().toString(), Instant.now());
        }
        move(groupDir, archive);
        log.accept("group " + groupDir.getFileName() + " was deleted; moved to " + dir.getParent().relativize(archive));
    }

    private void move(Path from, Path to) throws IOException {
        DurableFiles.createDirectories(deletedDir);
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        DurableFiles.syncDirectory(dir);
        DurableFiles.syncDirectory(deletedDir);
    }
}
