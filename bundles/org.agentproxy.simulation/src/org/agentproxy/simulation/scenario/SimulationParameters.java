package org.agentproxy.simulation.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.agentproxy.simulation.Route;

/**
 * The points the product documentation leaves open, each an explicit choice (DESIGN.md §2: "never a silent
 * guess"). {@link #DEFAULTS} holds the documented defaults; {@code docs/simulation.md} explains each.
 *
 * @param locationProbeUsesInternalProxy R0, reachability mode: whether the probes of the server and the reference
 *                                       servers go through the internal proxy (server section) when it is enabled
 *                                       (default false: direct)
 * @param whenEverySpsFails              R3/R4: what an internal agent does when every SPS of its list fails
 *                                       (default {@code fail})
 * @param integratedSpsAvailable         R5: when the integrated SPS counts as available (default
 *                                       {@code when-reachable})
 * @param directFallbackPurposes         the purposes the policy's {@code directFallback} applies to, or {@code *} for
 *                                       every purpose (default {@code ["*"]})
 * @param ownIntegratedSpsProxy          R3/R4: the proxy section for the integrated SPS of the agent's own server:
 *                                       {@code internal-server} (the scope table: "its integrated SPS gets scan
 *                                       queries" through the server proxy, the default) or {@code internal-sps}
 * @param externalAgentsToServer         R1/R2: how an external agent reaches the server and the update sources, the
 *                                       internal proxy being for internal agents: {@code direct} (default) or
 *                                       {@code system}
 * @param internalAgentsToSpn            R3/R4: how an internal agent reaches the Smart Protection Network:
 *                                       {@code system} (as external agents do; default), {@code internal-sps} or
 *                                       {@code direct}
 * @param featuresWithoutGlobalProxy     R5: how a feature reaches its sources when the Global Smart Protection
 *                                       Service proxy is off for it: {@code direct} (default) or {@code internal-sps}
 */
public record SimulationParameters(boolean locationProbeUsesInternalProxy, SpsExhaustion whenEverySpsFails,
        IntegratedSpsAvailability integratedSpsAvailable, List<String> directFallbackPurposes,
        Route ownIntegratedSpsProxy, Route externalAgentsToServer, Route internalAgentsToSpn,
        Route featuresWithoutGlobalProxy) {

    /** Every purpose, in {@link #directFallbackPurposes()}. */
    public static final String EVERY_PURPOSE = "*";

    public static final SimulationParameters DEFAULTS = new SimulationParameters(false, SpsExhaustion.FAIL,
            IntegratedSpsAvailability.WHEN_REACHABLE, List.of(EVERY_PURPOSE), Route.INTERNAL_SERVER, Route.DIRECT,
            Route.SYSTEM, Route.DIRECT);

    public SimulationParameters {
        whenEverySpsFails = Objects.requireNonNullElse(whenEverySpsFails, SpsExhaustion.FAIL);
        integratedSpsAvailable = Objects.requireNonNullElse(integratedSpsAvailable,
                IntegratedSpsAvailability.WHEN_REACHABLE);
        directFallbackPurposes = directFallbackPurposes == null ? List.of(EVERY_PURPOSE)
                : List.copyOf(directFallbackPurposes);
        ownIntegratedSpsProxy = check("ownIntegratedSpsProxy", ownIntegratedSpsProxy, Route.INTERNAL_SERVER);
        externalAgentsToServer = check("externalAgentsToServer", externalAgentsToServer, Route.DIRECT);
        internalAgentsToSpn = check("internalAgentsToSpn", internalAgentsToSpn, Route.SYSTEM);
        featuresWithoutGlobalProxy = check("featuresWithoutGlobalProxy", featuresWithoutGlobalProxy, Route.DIRECT);
    }

    /** The routes a parameter of type {@link Route} accepts, by parameter name, for documentation and errors. */
    public static Set<Route> allowedRoutes(String parameter) {
        return switch (parameter) {
            case "ownIntegratedSpsProxy" -> Set.of(Route.INTERNAL_SERVER, Route.INTERNAL_SPS);
            case "externalAgentsToServer" -> Set.of(Route.DIRECT, Route.SYSTEM);
            case "internalAgentsToSpn" -> Set.of(Route.SYSTEM, Route.INTERNAL_SPS, Route.DIRECT);
            case "featuresWithoutGlobalProxy" -> Set.of(Route.DIRECT, Route.INTERNAL_SPS);
            default -> throw new IllegalArgumentException("no route parameter \"" + parameter + "\"");
        };
    }

    /** Whether the policy's direct fallback, when on, applies to a purpose. */
    public boolean directFallbackApplies(String purpose) {
        return directFallbackPurposes.contains(EVERY_PURPOSE) || directFallbackPurposes.contains(purpose);
    }

    public SimulationParameters withLocationProbeUsesInternalProxy(boolean value) {
        return new SimulationParameters(value, whenEverySpsFails, integratedSpsAvailable, directFallbackPurposes,
                ownIntegratedSpsProxy, externalAgentsToServer, internalAgentsToSpn, featuresWithoutGlobalProxy);
    }

    public SimulationParameters withWhenEverySpsFails(SpsExhaustion value) {
        return new SimulationParameters(locationProbeUsesInternalProxy, value, integratedSpsAvailable,
                directFallbackPurposes, ownIntegratedSpsProxy, externalAgentsToServer, internalAgentsToSpn,
                featuresWithoutGlobalProxy);
    }

    public SimulationParameters withIntegratedSpsAvailable(IntegratedSpsAvailability value) {
        return new SimulationParameters(locationProbeUsesInternalProxy, whenEverySpsFails, value,
                directFallbackPurposes, ownIntegratedSpsProxy, externalAgentsToServer, internalAgentsToSpn,
                featuresWithoutGlobalProxy);
    }

    public SimulationParameters withDirectFallbackPurposes(List<String> value) {
        return new SimulationParameters(locationProbeUsesInternalProxy, whenEverySpsFails, integratedSpsAvailable,
                value, ownIntegratedSpsProxy, externalAgentsToServer, internalAgentsToSpn, featuresWithoutGlobalProxy);
    }

    public SimulationParameters withOwnIntegratedSpsProxy(Route value) {
        return new SimulationParameters(locationProbeUsesInternalProxy, whenEverySpsFails, integratedSpsAvailable,
                directFallbackPurposes, value, externalAgentsToServer, internalAgentsToSpn, featuresWithoutGlobalProxy);
    }

    public SimulationParameters withExternalAgentsToServer(Route value) {
        return new SimulationParameters(locationProbeUsesInternalProxy, whenEverySpsFails, integratedSpsAvailable,
                directFallbackPurposes, ownIntegratedSpsProxy, value, internalAgentsToSpn, featuresWithoutGlobalProxy);
    }

    public SimulationParameters withInternalAgentsToSpn(Route value) {
        return new SimulationParameters(locationProbeUsesInternalProxy, whenEverySpsFails, integratedSpsAvailable,
                directFallbackPurposes, ownIntegratedSpsProxy, externalAgentsToServer, value,
                featuresWithoutGlobalProxy);
    }

    public SimulationParameters withFeaturesWithoutGlobalProxy(Route value) {
        return new SimulationParameters(locationProbeUsesInternalProxy, whenEverySpsFails, integratedSpsAvailable,
                directFallbackPurposes, ownIntegratedSpsProxy, externalAgentsToServer, internalAgentsToSpn, value);
    }

    private static Route check(String name, Route value, Route fallback) {
        Route r = value == null ? fallback : value;
        Set<Route> allowed = allowedRoutes(name);
        if (!allowed.contains(r)) {
            throw new IllegalArgumentException(name + " must be one of " + allowed.stream().map(Route::id)
                    .sorted().map(id -> "\"" + id + "\"").toList() + ", not \"" + r.id() + "\"");
        }
        return r;
    }
}
