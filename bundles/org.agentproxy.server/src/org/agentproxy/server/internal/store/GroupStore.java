package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.agentproxy.policy.Policy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One agent group: its policy versions, agent token and secrets, in its {@link GroupLedgers} (the file store's
 * {@code groups/NAME/} or the database's rows). Every change is one ledger entry written durably under the
 * group's lock; the in-memory state changes only after the entry is committed, so a failed write changes nothing
 * and a stale {@code If-Match} never loses an update. When the ledgers are shared with other servers, a change
 * first reads what they appended, and an entry number another server took first makes the change stale. Agents
 * read the precomputed {@link AgentView} without locking. Thread-safe.
 */
public final class GroupStore {

    private final GroupLedgers ledgers;
    private final String name;
    private final Consumer<String> log;
    private final Ledger versionLedger;
    private final AccessAndSecrets access;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<VersionRecord> versions = new ArrayList<>();
    private volatile AgentView view = AgentView.NONE;
    /** Set under the lock once {@code deleted.json} is on disk: every later change is refused. */
    private volatile boolean deleted;

    private GroupStore(GroupLedgers ledgers, String name, SecretBox box, FingerprintMaker fingerprints,
            Consumer<String> log) {
        this.ledgers = ledgers;
        this.name = name;
        this.log = log;
        this.versionLedger = ledgers.versions();
        this.access = new AccessAndSecrets(ledgers.tokens(), ledgers.secrets(), name, box, fingerprints);
    }

    /** Loads a group, or returns empty when its ledgers hold no whole group (a crash during creation). */
    static Optional<GroupStore> load(GroupLedgers ledgers, String name, SecretBox box, FingerprintMaker fingerprints,
            Consumer<String> log) throws IOException {
        GroupStore group = new GroupStore(ledgers, name, box, fingerprints, log);
        group.access.load(log);
        if (!group.access.created()) {
            return Optional.empty();
        }
        group.loadVersions();
        group.refreshView();
        return Optional.of(group);
    }

    /** Creates the group in ledgers that hold no whole group; returns it and its first agent token. */
    static Created create(GroupLedgers ledgers, String name, String actor, SecretBox box,
            FingerprintMaker fingerprints, Consumer<String> log) throws IOException {
        GroupStore group = new GroupStore(ledgers, name, box, fingerprints, log);
        group.access.load(log); // leftovers of an interrupted creation: numbers are not reused
        String token = group.access.issueToken(actor, "create-group");
        return new Created(group, token);
    }

    /** Adds the versions appended since the last read. Under the lock (or before the group is shared). */
    private boolean loadVersions() throws IOException {
        boolean added = false;
        for (Ledger.Entry entry : versionLedger.load(log)) {
            try {
                versions.add(VersionRecord.fromDocument(entry.document()));
                added = true;
            } catch (IOException e) {
                log.accept("group " + name + ": skipping unreadable version " + entry.number() + ": "
                        + e.getMessage());
            }
        }
        return added;
    }

    /**
     * Reads what other servers appended to the group's shared ledgers and, if anything, rebuilds what agents get.
     * Nothing to do for ledgers only this server writes.
     *
     * @return whether anything changed
     */
    public boolean refresh() throws IOException {
        if (!ledgers.shared()) {
            return false;
        }
        lock.lock();
        try {
            return sync();
        } finally {
            lock.unlock();
        }
    }

    /** {@link #refresh} under the lock. */
    private boolean sync() throws IOException {
        if (!ledgers.shared()) {
            return false;
        }
        boolean changed = access.load(log) | loadVersions();
        if (changed) {
            refreshView();
        }
        return changed;
    }

    /** Marks the group deleted by another server: it serves nothing more and refuses every change. */
    void deletedElsewhere() {
        lock.lock();
        try {
            deleted = true;
            view = AgentView.NONE;
        } finally {
            lock.unlock();
        }
    }

    /** A new group and its agent token (shown once, stored only hashed). */
    public record Created(GroupStore group, String agentToken) {
    }

    public String name() {
        return name;
    }

    /** Deploys a policy as a new version if {@code expected} is the current version (0: none yet). */
    public VersionRecord deploy(Policy policy, long expected, String actor, String note)
            throws StaleVersionException, IOException {
        lock.lock();
        try {
            long current = currentIfExpected(expected);
            return commit(VersionRecord.of(versionLedger.next(), current, "deploy", 0, actor, note, policy),
                    expected);
        } finally {
            lock.unlock();
        }
    }

    /** Makes the policy of version {@code target} current again, as a new version. */
    public VersionRecord rollback(long target, long expected, String actor, String note)
            throws StaleVersionException, UnknownVersionException, IOException {
        lock.lock();
        try {
            long current = currentIfExpected(expected);
            VersionRecord old = version(target).orElseThrow(() -> new UnknownVersionException(name, target));
            return commit(VersionRecord.of(versionLedger.next(), current, "rollback", target, actor, note,
                    old.policy()), expected);
        } finally {
            lock.unlock();
        }
    }

    private VersionRecord commit(VersionRecord record, long expected) throws IOException, StaleVersionException {
        try {
            versionLedger.append(record.version(), record.toDocument(name));
        } catch (LedgerConflictException taken) { // another server committed this number first
            sync();
            throw new StaleVersionException(expected, currentVersion());
        }
        versions.add(record);
        refreshView();
        return record;
    }

    /**
     * Replaces the group's secret values if {@code expectedRevision} is still the secrets revision (0 when none was
     * ever stored); returns the new secrets revision.
     */
    public long putSecrets(Map<String, String> values, long expectedRevision, String actor)
            throws StaleVersionException, IOException {
        lock.lock();
        try {
            sync();
            ensureLive();
            if (expectedRevision != access.revision()) {
                throw new StaleVersionException(expectedRevision, access.revision());
            }
            long revision;
            try {
                revision = access.putSecrets(new TreeMap<>(values), actor);
            } catch (LedgerConflictException taken) {
                sync();
                throw new StaleVersionException(expectedRevision, access.revision());
            }
            refreshView();
            return revision;
        } finally {
            lock.unlock();
        }
    }

    /** Issues a new agent token; the old one stops working. */
    public String rotateAgentToken(String actor) throws IOException {
        lock.lock();
        try {
            sync();
            ensureLive();
            try {
                return access.issueToken(actor, "rotate-agent-token");
            } catch (LedgerConflictException taken) { // another server rotated it at the same moment: once more
                sync();
                return access.issueToken(actor, "rotate-agent-token");
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Deletes the group if {@code expected} is its current version: records the deletion (who, when, which
     * version, where it is kept) durably in its ledgers ({@link GroupLedgers#recordDeletion}: the file store's
     * {@code deleted.json}), then refuses every later change. The file store's caller moves the directory to
     * {@code archivedAs}. A group holding a policy is deleted only with {@code force}.
     */
    GroupDeletion delete(long expected, boolean force, String actor, String archivedAs)
            throws StaleVersionException, GroupInUseException, IOException {
        lock.lock();
        try {
            long current = currentIfExpected(expected);
            if (current > 0 && !force) {
                throw new GroupInUseException(name, current);
            }
            GroupDeletion deletion = new GroupDeletion(name, Instant.now(), actor, current, archivedAs);
            try {
                ledgers.recordDeletion(deletion);
            } catch (LedgerConflictException changed) {
                sync();
                throw new StaleVersionException(expected, currentVersion());
            }
            deleted = true;
            view = AgentView.NONE;
            return deletion;
        } finally {
            lock.unlock();
        }
    }

    /** The current version, once the group is live and {@code expected} is that version. Under the lock. */
    private long currentIfExpected(long expected) throws StaleVersionException, IOException {
        sync();
        ensureLive();
        long current = currentVersion();
        if (expected != current) {
            throw new StaleVersionException(expected, current);
        }
        return current;
    }

    /** Whether the group was deleted (here or, as far as this server knows, by another). */
    public boolean isDeleted() {
        return deleted;
    }

    private void ensureLive() {
        if (deleted) {
            throw new GroupDeletedException(name);
        }
    }

    /** Whether a presented token is the group's agent token. Lock-free. */
    public boolean isAgentToken(String presented) {
        return !deleted && access.isAgentToken(presented);
    }

    /** What agents get now. Lock-free. */
    public AgentView agentView() {
        return view;
    }

    public Optional<VersionRecord> current() {
        lock.lock();
        try {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        } finally {
            lock.unlock();
        }
    }

    public long currentVersion() {
        return current().map(VersionRecord::version).orElse(0L);
    }

    public List<VersionRecord> versions() {
        lock.lock();
        try {
            return List.copyOf(versions);
        } finally {
            lock.unlock();
        }
    }

    public Optional<VersionRecord> version(long number) {
        return versions().stream().filter(v -> v.version() == number).findFirst();
    }

    /** The audit log, oldest first. */
    public List<AuditEntry> audit() {
        lock.lock();
        try {
            List<AuditEntry> entries = new ArrayList<>(access.events());
            versions.forEach(v -> entries.add(v.audit()));
            entries.sort(Comparator.comparing(AuditEntry::time));
            return entries;
        } finally {
            lock.unlock();
        }
    }

    /** The secrets revision and the keys that have values (never the values). */
    public JsonNode secretsInfo() {
        lock.lock();
        try {
            return access.secretsInfo();
        } finally {
            lock.unlock();
        }
    }

    /** Secret references of the current policy that have no value on this server. */
    public List<String> missingSecrets() {
        lock.lock();
        try {
            return current().map(v -> access.missing(v.policy())).orElse(List.of());
        } finally {
            lock.unlock();
        }
    }

    private void refreshView() throws IOException {
        Optional<VersionRecord> current = current();
        view = current.isEmpty() ? AgentView.NONE : AgentViews.build(name, current.get(), access);
        if (current.isPresent() && !access.missing(current.get().policy()).isEmpty()) {
            log.accept("group " + name + ": version " + current.get().version()
                    + " refers to secrets without a value: " + access.missing(current.get().policy()));
        }
    }
}
