package org.agentproxy.policy.store.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.diff.PolicyDiff;
import org.agentproxy.policy.store.PolicyFiles;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.policy.store.internal.history.VersionFolder;

/**
 * The versions of the workspace's policies, under {@code <workspace>/history/<policy-id>/}. An editor saves
 * through {@link #save(Path, Policy)}, which writes the policy file and keeps a version; a History view lists
 * {@link #versions}, shows {@link #diff} of two and offers {@link #restore}. Versions are never changed or
 * deleted: restoring one keeps a new version. Thread-safe within one instance.
 */
public final class PolicyHistory {

    private final Path root;
    private final Clock clock;

    /** The history of a workspace's policies. */
    public PolicyHistory(PolicyWorkspace workspace) {
        this(workspace.root().resolve("history"), Clock.systemUTC());
    }

    /**
     * @param root  the folder holding one folder per policy
     * @param clock the time of new versions
     */
    public PolicyHistory(Path root, Clock clock) {
        this.root = root.toAbsolutePath();
        this.clock = clock;
    }

    /**
     * Saves a policy: writes the file atomically ({@link PolicyFiles#save}), then keeps a version of it under
     * the file's {@link PolicyId}. The file is written even if keeping the version fails (then this throws).
     *
     * @return the new version, or the latest one when the policy equals it (nothing changed since)
     */
    public synchronized PolicyVersion save(Path policyFile, Policy policy) throws IOException {
        PolicyFiles.save(policyFile, policy);
        return record(PolicyId.of(policyFile), policy);
    }

    /**
     * Keeps a version of a policy without writing a policy file.
     *
     * @return the new version, or the latest one when the policy equals it
     */
    public synchronized PolicyVersion record(PolicyId id, Policy policy) throws IOException {
        VersionFolder folder = folder(id);
        Optional<PolicyVersion> latest = folder.latest();
        if (latest.isPresent() && folder.read(latest.get().number()).equals(policy)) {
            return latest.get();
        }
        return folder.add(policy, 0, clock.instant());
    }

    /** The versions of a policy, oldest first; empty when it has none. */
    public synchronized List<PolicyVersion> versions(PolicyId id) throws IOException {
        return folder(id).versions();
    }

    /** The newest version of a policy, if it has any. */
    public synchronized Optional<PolicyVersion> latest(PolicyId id) throws IOException {
        return folder(id).latest();
    }

    /** The policy as it was in a version; an error names the versions there are when it does not exist. */
    public synchronized Policy read(PolicyId id, int version) throws IOException {
        return folder(id).read(version);
    }

    /**
     * The field-by-field differences from one version to another (either order), e.g.
     * {@code internalAgents.server.port: 8080 → 3128}; see {@link PolicyDiff}.
     */
    public synchronized List<FieldChange> diff(PolicyId id, int fromVersion, int toVersion) throws IOException {
        VersionFolder folder = folder(id);
        return PolicyDiff.between(folder.read(fromVersion), folder.read(toVersion));
    }

    /**
     * Restores a version: writes it to the policy file and keeps it as a new version that records which one it
     * restored. Earlier versions stay as they are.
     *
     * @return the new version
     */
    public synchronized PolicyVersion restore(Path policyFile, int version) throws IOException {
        VersionFolder folder = folder(PolicyId.of(policyFile));
        Policy restored = folder.read(version);
        PolicyFiles.save(policyFile, restored);
        return folder.add(restored, version, clock.instant());
    }

    private VersionFolder folder(PolicyId id) {
        return new VersionFolder(root.resolve(id.value()), id);
    }
}
