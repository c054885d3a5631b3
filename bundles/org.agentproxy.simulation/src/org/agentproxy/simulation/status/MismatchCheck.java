package org.agentproxy.simulation.status;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.agentproxy.simulation.scenario.World;

/**
 * Runs the path engine on the policy version an agent applied and the facts it reported, in the world the policy
 * expects (every endpoint reachable, names dual-stack: what the policy <em>should</em> give the agent), and compares
 * the prediction with the observation. Incremental by design: {@link #key(AgentStatusReport)} says whether a new
 * report needs a new check at all (same version, facts and observations: the last answer stands). Thread-safe.
 */
public final class MismatchCheck {

    private final LongFunction<Optional<Policy>> versions;
    private final List<SimulatedFeature> features;
    private final SimulationParameters parameters;
    private final PredictionCache cache;

    /**
     * @param versions the policy of a version of the group, if it has it
     * @param features the features the engine routes
     * @param cache    the group's predictions shared between agents, or {@code null} to run the engine each time
     */
    public MismatchCheck(LongFunction<Optional<Policy>> versions, List<SimulatedFeature> features,
            SimulationParameters parameters, PredictionCache cache) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.features = List.copyOf(features);
        this.parameters = Objects.requireNonNullElse(parameters, SimulationParameters.DEFAULTS);
        this.cache = cache;
    }

    public MismatchCheck(LongFunction<Optional<Policy>> versions, List<SimulatedFeature> features,
            SimulationParameters parameters) {
        this(versions, features, parameters, null);
    }

    /** With the built-in features and the default parameters. */
    public MismatchCheck(LongFunction<Optional<Policy>> versions) {
        this(versions, SimulatedFeature.BUILT_IN, SimulationParameters.DEFAULTS, null);
    }

    /** With the built-in features, the default parameters and a group's shared predictions. */
    public MismatchCheck(LongFunction<Optional<Policy>> versions, PredictionCache cache) {
        this(versions, SimulatedFeature.BUILT_IN, SimulationParameters.DEFAULTS, cache);
    }

    /**
     * The purposes whose observed path differs from the predicted one; empty when none does, or when the report's
     * version is 0 or unknown here (nothing to predict from).
     */
    public List<PurposeMismatch> check(AgentStatusReport report) {
        if (report.version() <= 0 || report.purposes().isEmpty()) {
            return List.of();
        }
        Optional<Policy> policy = versions.apply(report.version());
        if (policy.isEmpty()) {
            return List.of();
        }
        Policy p = policy.get();
        java.util.function.Supplier<SimulationReport> engine = () -> PathEngine.simulate(p, new Scenario(null, null,
                report.facts().toAgentFacts(report.agent()), World.DEFAULT, parameters), features);
        SimulationReport predicted = cache == null ? engine.get()
                : cache.predict(report.version(), p, report.facts(), engine);
        return PathComparison.compare(predicted, report);
    }

    /**
     * A 64-bit digest of what a check depends on: the version, the facts and the observations (not the time nor
     * the ETag). Two reports with the same key have the same answer.
     */
    public static long key(AgentStatusReport r) {
        long h = 1125899906842597L;
        h = mix(h, Long.hashCode(r.version()));
        ReportedFacts f = r.facts();
        h = mix(h, Objects.hash(r.agent(), f.ip(), f.gateway(), f.domain(), f.family(), f.autoProxyDetected()));
        for (ObservedPath p : r.purposes()) {
            h = mix(h, p.hashCode());
        }
        return h;
    }

    private static long mix(long h, int value) {
        long x = (h ^ value) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }
}
