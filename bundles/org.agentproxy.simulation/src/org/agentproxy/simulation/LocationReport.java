package org.agentproxy.simulation;

import java.util.List;

/**
 * The location decision (rule R0), reported like a purpose: the checks made, in order, and the result.
 *
 * @param location    internal or external
 * @param explanation one sentence: why
 * @param attempts    reachability mode: the probes of the server and the reference servers; gateway mode: one
 *                    entry, the match of the agent's gateway against the list (not a connection)
 */
public record LocationReport(Location location, String explanation, List<Attempt> attempts) {

    public LocationReport {
        attempts = List.copyOf(attempts);
    }

    /** Always {@link Rule#R0}. */
    public Rule rule() {
        return Rule.R0;
    }
}
