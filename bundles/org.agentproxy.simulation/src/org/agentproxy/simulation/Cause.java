package org.agentproxy.simulation;

/** Why an attempt failed, as a stable name scripts can test; the attempt's reason says it in words. */
public enum Cause implements Identified {
    /** The target is not reachable in the scenario's world. */
    UNREACHABLE("unreachable"),
    /** The proxy is not reachable in the scenario's world. */
    PROXY_UNREACHABLE("proxy-unreachable"),
    /** R7: no common address family on some hop of the path. */
    ADDRESS_FAMILY("address-family"),
    /**
     * R5: the Global Smart Protection Service proxy needs an HTTPS source and the source is HTTP; R3: a feature routed
     * through the SPS lists requires HTTPS and the source is HTTP.
     */
    HTTPS_REQUIRED("https-required"),
    /** R0, gateway mode: the agent's gateway is not in the list. */
    NOT_IN_GATEWAY_LIST("not-in-gateway-list"),
    /** The policy gives the purpose nothing to connect to (no server, an empty source list). */
    NO_TARGET("no-target");

    private final String id;

    Cause(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
