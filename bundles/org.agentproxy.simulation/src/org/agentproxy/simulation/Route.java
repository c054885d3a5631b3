package org.agentproxy.simulation;

/** How an attempt reaches its target: directly, or through a proxy named by its kind. */
public enum Route implements Identified {
    /** No proxy. */
    DIRECT("direct"),
    /** The proxy the automatic settings (WPAD, PAC script) give the agent. */
    AUTOMATIC("automatic"),
    /** The internal agents' proxy, server section (agent to OfficeScan server). */
    INTERNAL_SERVER("internal-server"),
    /** The internal agents' proxy, Smart Protection section (agent to Smart Protection Servers). */
    INTERNAL_SPS("internal-sps"),
    /** The endpoint's system (Internet Explorer / WinINet) proxy. */
    SYSTEM("system"),
    /** The proxy a user configured on the agent (only for "Update Now"). */
    USER("user"),
    /** The Global Smart Protection Service proxy. */
    GLOBAL_SPS("global-sps"),
    /** The OfficeScan server's own update proxy (server to ActiveUpdate). */
    SERVER_UPDATE("server-update");

    private final String id;

    Route(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether this route goes through a proxy. */
    public boolean isProxy() {
        return this != DIRECT;
    }

    @Override
    public String toString() {
        return id;
    }
}
