package org.agentproxy.simulation.status;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.internal.engine.IpBits;
import org.agentproxy.simulation.internal.engine.SourceLists;
import org.agentproxy.simulation.scenario.AgentFamily;

/**
 * The path engine's predictions of one group, shared by every agent whose facts the engine cannot tell apart: the
 * same policy version, the same custom source list holding its address (rule R3: the only use the engine makes of
 * the agent's own address), the same address family, gateway, domain path and automatic-proxy detection. A fleet of
 * 100,000 agents in a handful of subnets and sites costs a handful of engine runs per version, not 100,000.
 * <p>
 * Bounded: past {@code capacity} predictions the cache starts over (a fleet more varied than that pays engine runs,
 * never memory). The versions of a group never change once deployed, so an entry is never stale. Thread-safe; two
 * threads missing the same entry at once may both run the engine (the answers are equal).
 */
public final class PredictionCache {

    /** What the engine's prediction depends on, less the agent's id and the address within its source list. */
    private record Key(long version, int sourceList, boolean v6, AgentFamily family, Gateway gateway, String domain,
            boolean autoProxyDetected) {
    }

    private final int capacity;
    private final ConcurrentHashMap<Key, SimulationReport> predictions = new ConcurrentHashMap<>();
    /** The custom source lists' ranges per version: read once per version, not per report. */
    private final ConcurrentHashMap<Long, IpBits[][]> ranges = new ConcurrentHashMap<>();

    public PredictionCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The prediction for {@code facts} under {@code policy} (version {@code version}), run by {@code engine} once. */
    SimulationReport predict(long version, Policy policy, ReportedFacts facts, Supplier<SimulationReport> engine) {
        IpBits ip = IpBits.of(IpAddresses.parse(facts.ip()).orElseThrow(
                () -> new IllegalArgumentException("\"" + facts.ip() + "\" is not an IPv4 or IPv6 address")));
        IpBits[][] lists = ranges.computeIfAbsent(version,
                v -> SourceLists.ranges(policy.smartProtectionSources().customLists()));
        Key key = new Key(version, SourceLists.indexOf(lists, ip.v6(), ip.hi(), ip.lo()), ip.v6(), facts.family(),
                facts.gateway(), facts.domain(), facts.autoProxyDetected());
        SimulationReport known = predictions.get(key);
        if (known != null) {
            return known;
        }
        SimulationReport made = Objects.requireNonNull(engine.get(), "prediction");
        if (predictions.size() >= capacity) {
            predictions.clear();
            ranges.clear();
        }
        SimulationReport raced = predictions.putIfAbsent(key, made);
        return raced == null ? made : raced;
    }

    /** How many predictions it holds. */
    public int size() {
        return predictions.size();
    }
}
