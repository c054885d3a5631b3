package org.agentproxy.simulation;

import java.util.Objects;

/**
 * One attempt of a connection path: a target reached directly or through a proxy, its outcome, and the rule that
 * made the engine try it.
 *
 * @param target      what is connected to: {@code host:port}, {@code smart-protection-network},
 *                    {@code active-update}, or for the gateway check of rule R0 {@code gateway <ip>}
 * @param via         directly, or the kind of proxy
 * @param proxy       the proxy's {@code host:port}; {@code null} when direct, and for an automatic proxy whose
 *                    address the scenario does not give ({@code via} then says all that is known)
 * @param outcome     ok, failed or not-tried
 * @param cause       why it failed, {@code null} unless failed
 * @param reason      why it failed in words, {@code null} unless failed
 * @param rule        the rule that decided this attempt (R7 when the address family made it fail)
 * @param explanation one sentence: why this target, this way
 * @param routedBy    when {@code rule} is R7, the rule that routed the attempt (e.g. R3 chose the source and the
 *                    proxy, R7 stopped it); {@code null} otherwise
 */
public record Attempt(String target, Route via, String proxy, Outcome outcome, Cause cause, String reason,
        Rule rule, String explanation, Rule routedBy) {

    public Attempt {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        if (routedBy == rule) {
            routedBy = null;
        }
    }

    /** An attempt that one rule both routed and decided. */
    public Attempt(String target, Route via, String proxy, Outcome outcome, Cause cause, String reason, Rule rule,
            String explanation) {
        this(target, via, proxy, outcome, cause, reason, rule, explanation, null);
    }

    /** Whether the connection is made. */
    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** {@code target via kind (proxy)}, for display and to compare paths; without the proxy when none is known. */
    public String path() {
        return target + " via " + via.id() + (proxy == null ? "" : " (" + proxy + ")");
    }

    /** The rules behind the attempt, the routing rule first: {@code R3, R7} or {@code R3}. */
    public String rules() {
        return routedBy == null ? rule.id() : routedBy.id() + ", " + rule.id();
    }
}
