package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The default store: everything in the server's data directory, {@code groups/NAME/…} and {@code admin-tokens/},
 * each change one durable, atomic file (docs/server.md, "Data directory"). One server per directory.
 */
public final class FileStore implements ServerStore {

    private final DataDirectory data;
    private final FileGroups groups;
    private final AdminTokens adminTokens;

    private FileStore(DataDirectory data, FileGroups groups, AdminTokens adminTokens) {
        this.data = data;
        this.groups = groups;
        this.adminTokens = adminTokens;
    }

    /** Loads the store from an open data directory (closing it when that fails). */
    public static FileStore open(DataDirectory data, Consumer<String> log) throws IOException {
        try {
            AdminTokens adminTokens = new AdminTokens(new FileLedger(data.path().resolve("admin-tokens")));
            adminTokens.load(log);
            adminTokens.ensureOne(data, log);
            FileGroups groups = new FileGroups(data.path().resolve("groups"), data.secretBox(),
                    data.fingerprintMaker(), log);
            groups.load();
            return new FileStore(data, groups, adminTokens);
        } catch (IOException | RuntimeException e) {
            data.close();
            throw e;
        }
    }

    @Override
    public DataDirectory dataDirectory() {
        return data;
    }

    @Override
    public Groups groups() {
        return groups;
    }

    @Override
    public Optional<String> adminName(String presented) {
        return adminTokens.name(presented);
    }

    @Override
    public Optional<String> notReadyReason() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "data: " + data.path();
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
