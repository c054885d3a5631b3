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
                Messages.Routes_internalServer);
    }

    Via internalSps(Endpoint target) {
        return policyProxy(Route.INTERNAL_SPS, policy.internalAgents().smartProtection(), target,
                Messages.Routes_internalSps);
    }

    Via globalSps(Endpoint target) {
        return policyProxy(Route.GLOBAL_SPS, policy.globalSmartProtection().proxy(), target,
                Messages.Routes_globalSps);
    }

    Via system() {
        if (agent.systemProxy() == null) {
            return Via.direct(Messages.Routes_noSystemProxy);
        }
        String user = policy.externalAgents().systemProxyCredentials().user();
        return new Via(Route.SYSTEM, network.proxy(agent.systemProxy()), user == null
                ? Messages.Routes_system : Messages.bind(Messages.Routes_systemWithUser, user));
    }

    Via automatic() {
        AgentProxy proxy = agent.automaticProxy() != null ? agent.automaticProxy() : new AgentProxy(null, 0, null);
        return new Via(Route.AUTOMATIC, network.proxy(proxy), proxy.host() == null
                ? Messages.Routes_automaticNoAddress : Messages.Routes_automatic);
    }

    Via user(String why) {
        return new Via(Route.USER, network.proxy(agent.userProxy()), Messages.bind(Messages.Routes_user, why));
    }

    Via serverUpdate() {
        var p = policy.externalAgents().serverUpdateProxy();
        if (!p.enabled() || p.host() == null) {
            return Via.direct(Messages.Routes_serverUpdateDisabled);
        }
        return new Via(Route.SERVER_UPDATE, network.proxy(p),
                Messages.bind(Messages.Routes_serverUpdate, p.protocol().name()));
    }

    /** The route a parameter names: direct, system, internal SPS or internal server. */
    Via byKind(Route kind, Endpoint target, String parameter) {
        Via via = switch (kind) {
            case SYSTEM -> system();
            case INTERNAL_SPS -> internalSps(target);
            case INTERNAL_SERVER -> internalServer(target);
            default -> Via.direct(Messages.Routes_direct);
        };
        return via.noted(parameter + " = " + kind.id());
    }

    private Via policyProxy(Route kind, ProxyEndpoint proxy, Endpoint target, String name) {
        if (!proxy.enabled() || proxy.host() == null) {
            return Via.direct(Messages.bind(Messages.Routes_proxyDisabled, name));
        }
        Optional<String> entry = bypass.match(target.host());
        if (entry.isPresent()) {
            return Via.direct(Messages.bind(Messages.Routes_bypassed, name, target.host(),
                    entry.get()));
        }
        return new Via(kind, network.proxy(proxy), Messages.bind(Messages.Routes_through, name));
    }
}
