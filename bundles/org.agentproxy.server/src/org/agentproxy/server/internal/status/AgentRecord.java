package org.agentproxy.server.internal.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.agentproxy.policy.Gateway;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.PurposeMismatch;
import org.agentproxy.simulation.status.ReportedFacts;

/**
 * What the server keeps of one agent: its last report in a compact form (strings shared through an
 * {@link Interner}, each purpose as four string references and two codes), when it was received, and the last poll.
 * About 400 bytes for an agent reporting nine purposes (docs/fleet-status.md has the measurement). Guarded by
 * itself: every method but the constructor is called holding its lock.
 */
final class AgentRecord {

    private static final Route[] ROUTES = Route.values();
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final AgentFamily[] FAMILIES = AgentFamily.values();

    final String id;
    /** When the last report arrived (epoch ms), 0 if none. */
    long receivedAt;
    /** When the last poll arrived (epoch ms), 0 if none. */
    long lastPoll;
    /** The version the last poll was answered with (0 if none). */
    long polledVersion;
    /** From the last report: the version applied; -1 when there is no report. */
    long version = -1;
    String etag;
    long reportedAt;
    String ip;
    String gatewayIp;
    String gatewayMac;
    String domain;
    byte family = -1;
    boolean autoProxyDetected;
    /** Per purpose: purpose, target, proxy, error. */
    String[] texts;
    /** Per purpose: route ordinal, outcome ordinal. */
    byte[] codes;
    long checkKey;
    /** The purposes whose observed path differs from the predicted one; {@code null} when none. */
    PurposeMismatch[] mismatches;

    AgentRecord(String id) {
        this.id = id;
    }

    void store(AgentStatusReport r, long now, Interner interner, long key, List<PurposeMismatch> found) {
        receivedAt = now;
        version = r.version();
        etag = interner.intern(r.etag());
        reportedAt = r.time().toEpochMilli();
        ReportedFacts f = r.facts();
        ip = f.ip();
        gatewayIp = f.gateway() == null ? null : interner.intern(f.gateway().ip());
        gatewayMac = f.gateway() == null ? null : interner.intern(f.gateway().mac());
        domain = f.domain().isEmpty() ? null : interner.intern(f.domain());
        family = f.family() == null ? -1 : (byte) f.family().ordinal();
        autoProxyDetected = f.autoProxyDetected();
        int n = r.purposes().size();
        texts = new String[n * 4];
        codes = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            ObservedPath p = r.purposes().get(i);
            texts[i * 4] = interner.intern(p.purpose());
            texts[i * 4 + 1] = interner.intern(p.target());
            texts[i * 4 + 2] = interner.intern(p.proxy());
            texts[i * 4 + 3] = interner.intern(p.error());
            codes[i * 2] = (byte) p.via().ordinal();
            codes[i * 2 + 1] = (byte) p.outcome().ordinal();
        }
        checkKey = key;
        mismatches = found.isEmpty() ? null : found.toArray(PurposeMismatch[]::new);
    }

    boolean reported() {
        return version >= 0;
    }

    /** The last report as the agent sent it (less unknown members), or {@code null}. */
    AgentStatusReport report() {
        if (!reported()) {
            return null;
        }
        List<ObservedPath> paths = new ArrayList<>(codes.length / 2);
        for (int i = 0; i < codes.length / 2; i++) {
            paths.add(new ObservedPath(texts[i * 4], ROUTES[codes[i * 2]], texts[i * 4 + 2], texts[i * 4 + 1],
                    OUTCOMES[codes[i * 2 + 1]], texts[i * 4 + 3]));
        }
        return new AgentStatusReport(id, version, etag, Instant.ofEpochMilli(reportedAt), new ReportedFacts(ip,
                gatewayIp == null ? null : new Gateway(gatewayIp, gatewayMac), domain, family < 0 ? null
                        : FAMILIES[family], autoProxyDetected), paths);
    }

    long lastSeen() {
        return Math.max(receivedAt, lastPoll);
    }

    /** The version the agent holds as far as the server knows: the applied one, else the one it last fetched. */
    long knownVersion() {
        return reported() ? Math.max(version, 0) : polledVersion;
    }

    boolean failing() {
        if (codes == null) {
            return false;
        }
        for (int i = 1; i < codes.length; i += 2) {
            if (OUTCOMES[codes[i]] == Outcome.FAILED) {
                return true;
            }
        }
        return false;
    }

    /** Its states at {@code now}: the current version and the not-seen limit decide {@code behind} and {@code not-seen}. */
    Set<AgentState> states(long currentVersion, long now, long notSeenMillis) {
        Set<AgentState> states = EnumSet.noneOf(AgentState.class);
        if (now - lastSeen() > notSeenMillis) {
            states.add(AgentState.NOT_SEEN);
        }
        if (knownVersion() < currentVersion) {
            states.add(AgentState.BEHIND);
        }
        if (failing()) {
            states.add(AgentState.FAILING);
        }
        if (mismatches != null) {
            states.add(AgentState.MISMATCH);
        }
        if (states.isEmpty()) {
            states.add(AgentState.CURRENT);
        }
        return states;
    }
}
