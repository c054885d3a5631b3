package org.agentproxy.simulation.status;

import java.util.Objects;

import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Route;

/**
 * What an agent observed for one purpose: the attempt it used, or its last failure.
 *
 * @param purpose the purpose's id ({@code configuration}, {@code file-reputation}, a feature's id)
 * @param via     directly or the kind of proxy
 * @param proxy   the proxy's {@code host:port}, or {@code null} (direct, or an automatic proxy without address)
 * @param target  what it connected to, as the engine names it ({@code host:port}, {@code smart-protection-network},
 *                {@code active-update})
 * @param outcome {@link Outcome#OK} or {@link Outcome#FAILED}
 * @param error   why it failed (a cause id such as {@code proxy-unreachable}, or the agent's words), {@code null}
 *                when ok
 */
public record ObservedPath(String purpose, Route via, String proxy, String target, Outcome outcome, String error) {

    public ObservedPath {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** {@code target via kind (proxy)}, as {@link org.agentproxy.simulation.Attempt#path()} says it. */
    public String path() {
        return target + " via " + via.id() + (proxy == null ? "" : " (" + proxy + ")");
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
