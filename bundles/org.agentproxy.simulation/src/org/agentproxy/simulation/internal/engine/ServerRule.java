package org.agentproxy.simulation.internal.engine;

import java.util.List;

import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Rule;

/**
 * R1: "agent → server (configuration, logs): internal proxy (server section) if enabled, else direct." The internal
 * proxy is the internal agents' scope; an external agent reaches the server as {@code externalAgentsToServer} says.
 */
final class ServerRule {

    private ServerRule() {
    }

    static PurposeReport run(Evaluation e, String purpose, String what) {
        if (e.server == null) {
            return e.run(purpose, List.of(), Messages.ServerRule_noServer);
        }
        Via via = e.internal ? e.routes.internalServer(e.server) : external(e, e.server);
        String step = Messages.bind(e.internal ? Messages.ServerRule_internalSends : Messages.ServerRule_externalSends, what);
        return e.run(purpose, List.of(new Step(e.server, via, Rule.R1, step)), Messages.ServerRule_noServer);
    }

    /** How an external agent reaches the server, the update sources and, for the scheduled update, ActiveUpdate. */
    static Via external(Evaluation e, Endpoint target) {
        Via via = e.routes.byKind(e.params.externalAgentsToServer(), target, "externalAgentsToServer");
        return new Via(via.route(), via.proxy(), Messages.bind(Messages.ServerRule_external, via.how()));
    }
}
