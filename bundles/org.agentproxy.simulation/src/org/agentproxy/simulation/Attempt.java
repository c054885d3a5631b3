package org.agentproxy.simulation;

import java.util.Objects;

/**
 * One attempt of a connection path: a target reached directly or through a proxy, its outcome, and the rule that
 * made the engine try it.
 *
 * @param target      what is connected to: {@code host:port}, {@code smart-protection-network},
 *                    {@code active-update}, or for the gateway check of rule R0 {@code gateway <ip>}
 * @param via         directly, or the kind of proxy
 * @param proxy       the proxy's {@code host:port} (or {@code automatic} when the automatic settings give no
 *                    address), {@code null} when direct
 * @param outcome     ok, failed or not-tried
 * @param cause       why it failed, {@code null} unless failed
 * @param reason      why it failed in words, {@code null} unless failed
 * @param rule        the rule that decided this attempt (R7 when the address family made it fail)
 * @param explanation one sentence: why this target, this way
 */
public record Attempt(String target, Route via, String proxy, Outcome outcome, Cause cause, String reason,
        Rule rule, String explanation) {

    public Attempt {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether the connection is made. */
    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** {@code target via kind (proxy)}, for display and to compare paths. */
    public String path() {
        return target + " via " + via.id() + (proxy == null ? "" : " (" + proxy + ")");
    }
}
