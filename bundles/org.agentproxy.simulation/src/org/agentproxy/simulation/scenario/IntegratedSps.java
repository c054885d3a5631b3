package org.agentproxy.simulation.scenario;

import java.util.Objects;

import org.agentproxy.policy.SpsProtocol;

/**
 * The OfficeScan server's integrated Smart Protection Server, described by the scenario apart from the policy's source
 * lists: it runs on the policy's server host. Its facts apply to that host and port wherever the policy names it, and
 * the features routed through the Global Smart Protection Service proxy (rule R5) query it when the agent's source
 * list names no integrated SPS.
 *
 * @param port     1-65535
 * @param protocol HTTP or HTTPS (default HTTPS)
 * @param facts    reachability and family, or {@code null} to take them from the world like any host
 */
public record IntegratedSps(int port, SpsProtocol protocol, EndpointFacts facts) {

    public IntegratedSps {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
        }
        protocol = Objects.requireNonNullElse(protocol, SpsProtocol.HTTPS);
    }
}
