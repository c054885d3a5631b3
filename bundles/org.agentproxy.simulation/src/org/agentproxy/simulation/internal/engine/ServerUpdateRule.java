package org.agentproxy.simulation.internal.engine;

import java.util.List;

import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.scenario.EndpointFamily;

/**
 * R6: "server's own updates: server update proxy → ActiveUpdate." The connection is the OfficeScan server's, so R7
 * checks the server's address family (and a SOCKS4 proxy carries IPv4 only).
 */
final class ServerUpdateRule {

    private ServerUpdateRule() {
    }

    static PurposeReport run(Evaluation e) {
        EndpointFamily family = e.server == null ? EndpointFamily.DUAL_STACK : e.server.family();
        Party server = new Party(Messages.bind(Messages.ServerUpdateRule_server, family.label()), family.mask());
        Endpoint au = e.network.activeUpdate();
        Step step = new Step(au, e.routes.serverUpdate(), Rule.R6, Messages.ServerUpdateRule_step);
        return e.executor().run(Purposes.SERVER_UPDATE, server, List.of(step), e.fallback(Purposes.SERVER_UPDATE),
                null);
    }
}
