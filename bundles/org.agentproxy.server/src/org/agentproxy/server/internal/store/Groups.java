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
import java.util.regex.Pattern;
import org.agentproxy.policy.store.DurableFiles;

/** The agent groups in {@code groups/}, by name. Thread-safe; lookups are lock-free. */
public final class Groups {

    /** What a group name may be: it is also a directory name and a URL path segment. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Says what a valid group name looks like, for error messages. */
    public static final String NAME_RULE = "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /** Where deleted groups are kept, beside {@code groups/}. */
    static final String DELETED = "deleted-groups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Path deletedDir;
    private final SecretBox box;
    private final Consumer<String> log;
    private final ConcurrentHashMap<String, GroupStore> byName = new ConcurrentHashMap<>();

    Groups(Path dir, SecretBox box, Consumer<String> log) {
        this.dir = dir;
        this.deletedDir = dir.resolveSibling(DELETED);
        this.box = box;
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
                    GroupStore.load(groupDir, name, box, log).ifPresent(g -> byName.put(name, g));
                }
            }
        }
    }

    /** The group, or {@code null}. */
    public GroupStore get(String name) {
        return byName.get(name);
    }

    public List<GroupStore> all() {
        return byName.values().stream().sorted(Comparator.comparing(GroupStore::name)).toList();
    }

    /**
     * Creates a group; returns empty when it exists already.
     *
     * @throws IllegalArgumentException when the name is not valid ({@link #NAME_RULE})
     */
    public synchronized Optional<GroupStore.Created> create(String name, String actor) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(NAME_RULE);
        }
        if (byName.containsKey(name)) {
            return Optional.empty();
        }
        GroupStore.Created created = GroupStore.create(dir.resolve(name), name, actor, box, log);
        byName.put(name, created.group());
        return Optional.of(created);
    }

    /**
     * Deletes a group if {@code expected} is its current version ({@code force} when it holds a policy): records the
     * deletion in the group's directory, stops serving it, and moves the directory with its whole history to
     * {@code deleted-groups/NAME.TIME/}. Its agents then get 404; the name may be created again, with a new token.
     *
     * @return empty when there is no such group
     */
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
