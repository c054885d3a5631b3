package org.agentproxy.simulation.status;

import org.agentproxy.policy.Gateway;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;

/**
 * The facts an agent reports about itself: what the path engine needs to predict its paths.
 *
 * @param ip                its address
 * @param gateway           its default gateway, or {@code null}
 * @param domain            its domain path in the agent tree ({@code HQ/Lab}), empty for the root
 * @param family            the families it can use, or {@code null} for the family of {@code ip}
 * @param autoProxyDetected whether it detected automatic proxy settings
 */
public record ReportedFacts(String ip, Gateway gateway, String domain, AgentFamily family,
        boolean autoProxyDetected) {

    public ReportedFacts {
        domain = domain == null ? "" : domain.strip();
    }

    /** The path engine's agent with these facts. */
    public AgentFacts toAgentFacts(String agentId) {
        return new AgentFacts(agentId, ip, family, gateway, domain, autoProxyDetected, null, null, null);
    }
}
