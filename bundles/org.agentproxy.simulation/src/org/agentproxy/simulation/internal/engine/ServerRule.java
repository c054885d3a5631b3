package org.agentproxy.simulation.internal.engine;

import java.util.List;

import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Rule;

/**
 * R1: "agent → server (configuration, logs): internal proxy (server section) if enabled, else direct." The internal
 * proxy is the internal agents' scope; an external agent reaches the server as {@code externalAgentsToServer} says.
 */
final class ServerRule {

    static final String NO_SERVER = "the policy names no OfficeScan server";

    private ServerRule() {
    }

    static PurposeReport run(Evaluation e, String purpose, String what) {
        if (e.server == null) {
            return e.run(purpose, List.of(), NO_SERVER);
        }
        Via via = e.internal ? e.routes.internalServer(e.server) : external(e, e.server);
        String who = e.internal ? "An internal agent sends " : "An external agent sends ";
        return e.run(purpose, List.of(new Step(e.server, via, Rule.R1, who + what + " to the OfficeScan server")),
                NO_SERVER);
    }

    /** How an external agent reaches the server, the update sources and, for the scheduled update, ActiveUpdate. */
    static Via external(Evaluation e, Endpoint target) {
        Via via = e.routes.byKind(e.params.externalAgentsToServer(), target, "externalAgentsToServer");
        return new Via(via.route(), via.proxy(), via.how() + ", the internal proxy being for internal agents");
    }
}
