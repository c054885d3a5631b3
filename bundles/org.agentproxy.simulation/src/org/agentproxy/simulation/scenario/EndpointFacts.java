package org.agentproxy.simulation.scenario;

/**
 * What the scenario's world says about one endpoint.
 *
 * @param reachable whether it answers
 * @param family    the families it listens on; {@code null} to take it from the host: an IPv4 literal is IPv4-only,
 *                  an IPv6 literal IPv6-only, a name has the world's default family
 */
public record EndpointFacts(boolean reachable, EndpointFamily family) {

    /** Reachable, family from the host. */
    public static final EndpointFacts REACHABLE = new EndpointFacts(true, null);
    /** Not reachable, family from the host. */
    public static final EndpointFacts UNREACHABLE = new EndpointFacts(false, null);
    /** Reachable on both families. */
    public static final EndpointFacts DUAL_STACK = new EndpointFacts(true, EndpointFamily.DUAL_STACK);

    public static EndpointFacts of(boolean reachable, EndpointFamily family) {
        return new EndpointFacts(reachable, family);
    }
}
