package org.agentproxy.simulation.internal.engine;

import java.util.Optional;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.net.BypassList;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentProxy;

/**
 * The ways an agent reaches a target, each with the words that explain it. The bypass list applies to the proxies
 * the policy configures for agents (internal server, internal SPS, Global Smart Protection Service); the system,
 * automatic and user proxies have their own exceptions, outside the policy.
 */
final class Routes {

    private final Policy policy;
    private final AgentFacts agent;
    private final Network network;
    private final BypassList bypass;

    Routes(Policy policy, AgentFacts agent, Network network) {
        this.policy = policy;
        this.agent = agent;
        this.network = network;
        this.bypass = new BypassList(policy.bypassList());
    }

    Via internalServer(Endpoint target) {
        return policyProxy(Route.INTERNAL_SERVER, policy.internalAgents().server(), target,
                "the internal proxy (server section)");
    }

    Via internalSps(Endpoint target) {
        return policyProxy(Route.INTERNAL_SPS, policy.internalAgents().smartProtection(), target,
                "the internal proxy (SPS section)");
    }

    Via globalSps(Endpoint target) {
        return policyProxy(Route.GLOBAL_SPS, policy.globalSmartProtection().proxy(), target,
                "the Global Smart Protection Service proxy");
    }

    Via system() {
        if (agent.systemProxy() == null) {
            return Via.direct("directly, the endpoint having no system proxy");
        }
        String user = policy.externalAgents().systemProxyCredentials().user();
        return new Via(Route.SYSTEM, network.proxy(agent.systemProxy()), "through the endpoint's system proxy"
                + (user == null ? "" : " with the external agents' credentials (user " + user + ")"));
    }

    Via automatic() {
        AgentProxy proxy = agent.automaticProxy() != null ? agent.automaticProxy() : new AgentProxy(null, 0, null);
        return new Via(Route.AUTOMATIC, network.proxy(proxy), "through the automatic proxy, which the policy enables "
                + "and the agent detects" + (proxy.host() == null ? "; the scenario gives no address for it" : ""));
    }

    Via user(String why) {
        return new Via(Route.USER, network.proxy(agent.userProxy()), "through the user's proxy, " + why);
    }

    Via serverUpdate() {
        var p = policy.externalAgents().serverUpdateProxy();
        if (!p.enabled() || p.host() == null) {
            return Via.direct("directly, the server update proxy being disabled");
        }
        return new Via(Route.SERVER_UPDATE, network.proxy(p),
                "through the server update proxy (" + p.protocol().name() + ")");
    }

    /** The route a parameter names: direct, system, internal SPS or internal server. */
    Via byKind(Route kind, Endpoint target, String parameter) {
        Via via = switch (kind) {
            case SYSTEM -> system();
            case INTERNAL_SPS -> internalSps(target);
            case INTERNAL_SERVER -> internalServer(target);
            default -> Via.direct("directly");
        };
        return via.noted(parameter + " = " + kind.id());
    }

    private Via policyProxy(Route kind, ProxyEndpoint proxy, Endpoint target, String name) {
        if (!proxy.enabled() || proxy.host() == null) {
            return Via.direct("directly, " + name + " being disabled");
        }
        Optional<String> entry = bypass.match(target.host());
        if (entry.isPresent()) {
            return Via.direct("directly, not through " + name + ": " + target.host()
                    + " matches the bypass list entry \"" + entry.get() + "\"");
        }
        return new Via(kind, network.proxy(proxy), "through " + name);
    }
}
