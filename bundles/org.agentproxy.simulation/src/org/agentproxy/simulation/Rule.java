package org.agentproxy.simulation;

/** The connection-path rules of the product documentation (DESIGN.md §2); every decision cites one. */
public enum Rule implements Identified {
    R0("Location: in gateway mode the agent's gateway IP (and MAC, if listed) in the list means internal, "
            + "else external; in reachability mode a reachable server means internal, else a reachable "
            + "reference server means internal, else external."),
    R1("Agent to server (configuration, logs): the internal proxy (server section) if enabled, else direct."),
    R2("Component update: scheduled, the automatic proxy if enabled and detected, else the internal proxy, else "
            + "direct; \"Update Now\", the automatic proxy, else the user's proxy if the privilege is granted, else "
            + "direct; sources: update sources, then the server, then ActiveUpdate when allowed."),
    R3("File reputation (and features routed through the SPS lists): internal agents query the custom list whose IP range holds them, else the standard list, "
            + "in order, through the internal proxy (SPS section); external agents query the Smart Protection "
            + "Network through the system proxy."),
    R4("Web reputation: external agents query the Smart Protection Network; internal agents the SPS list if "
            + "\"send queries to SPS\" is on, else the Smart Protection Network."),
    R5("Predictive Machine Learning, Behavior Monitoring and contributed features: the integrated SPS through the "
            + "Global Smart Protection Service proxy when it is enabled (HTTPS required); the Smart Protection "
            + "Network when the integrated SPS is unavailable."),
    R6("The server's own updates: through the server update proxy to ActiveUpdate."),
    R7("Address family: an IPv6-only agent cannot reach an IPv4-only source (or the reverse) unless the path goes "
            + "through a dual-stack proxy.");

    private final String statement;

    Rule(String statement) {
        this.statement = statement;
    }

    @Override
    public String id() {
        return name();
    }

    /** The rule as the documentation states it. */
    public String statement() {
        return statement;
    }
}
