package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Path dir;
    private final SecretBox box;
    private final Consumer<String> log;
    private final ConcurrentHashMap<String, GroupStore> byName = new ConcurrentHashMap<>();

    Groups(Path dir, SecretBox box, Consumer<String> log) {
        this.dir = dir;
        this.box = box;
        this.log = log;
    }

    void load() throws IOException {
        DurableFiles.createDirectories(dir);
        try (var entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path groupDir : entries) {
                String name = groupDir.getFileName().toString();
                if (NAME.matcher(name).matches()) {
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
}
