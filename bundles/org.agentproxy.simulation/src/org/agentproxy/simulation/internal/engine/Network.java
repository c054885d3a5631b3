package org.agentproxy.simulation.internal.engine;

import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.EndpointFamily;
import org.agentproxy.simulation.scenario.IntegratedSps;
import org.agentproxy.simulation.scenario.World;

/** The scenario's world as endpoints, and whether a connection over them is made: reachability and rule R7. */
final class Network {

    static final String SPN = "smart-protection-network";
    static final String ACTIVE_UPDATE = "active-update";

    private static final int IPV4 = 1;

    private final World world;

    Network(World world) {
        this.world = world;
    }

    /** The OfficeScan server's integrated SPS as the scenario describes it, or {@code null}. */
    IntegratedSps integratedSps() {
        return world.integratedSps();
    }

    Endpoint target(String host, int port) {
        EndpointFacts f = world.facts(host, port);
        return new Endpoint(Authority.of(host, port), host, f.reachable(), f.family(), false);
    }

    Endpoint smartProtectionNetwork() {
        EndpointFacts f = world.service(world.smartProtectionNetwork());
        return new Endpoint(SPN, null, f.reachable(), f.family(), false);
    }

    Endpoint activeUpdate() {
        EndpointFacts f = world.service(world.activeUpdate());
        return new Endpoint(ACTIVE_UPDATE, null, f.reachable(), f.family(), false);
    }

    Endpoint proxy(ProxyEndpoint p) {
        return target(p.host(), p.port());
    }

    Endpoint proxy(ServerUpdateProxy p) {
        EndpointFacts f = world.facts(p.host(), p.port());
        return new Endpoint(Authority.of(p.host(), p.port()), p.host(), f.reachable(), f.family(),
                p.protocol() == ProxyProtocol.SOCKS4);
    }

    /** A proxy the agent knows of; without a host (automatic settings, address not given) reachable dual-stack. */
    Endpoint proxy(AgentProxy p) {
        EndpointFacts f = p.facts();
        if (f == null) {
            f = p.host() == null ? EndpointFacts.DUAL_STACK : world.facts(p.host(), p.port());
        } else if (f.family() == null) {
            f = new EndpointFacts(f.reachable(), p.host() == null ? EndpointFamily.DUAL_STACK
                    : world.familyOf(p.host()));
        }
        return new Endpoint(p.authority(), p.host(), f.reachable(), f.family(), false);
    }

    /** The family of a host as the world says, e.g. of the OfficeScan server for rule R6. */
    EndpointFamily familyOf(String host, int port) {
        return world.facts(host, port).family();
    }

    /**
     * How a reason names a proxy: {@code the proxy host:port}, with its family {@code the IPv4-only proxy host:port};
     * an automatic proxy whose address the scenario does not give is {@code the automatic proxy}.
     */
    private static String proxyName(Endpoint proxy, boolean family) {
        if (!family) {
            return proxy.host() == null ? Messages.Network_automaticProxy : Messages.bind(Messages.Network_proxy, proxy.label());
        }
        return proxy.host() == null ? Messages.bind(Messages.Network_familyAutomaticProxy, proxy.family().label())
                : Messages.bind(Messages.Network_familyProxy, proxy.family().label(), proxy.label());
    }

    /** Whether {@code from} reaches {@code target}, directly ({@code proxy == null}) or through a proxy. */
    Hop connect(Party from, Endpoint proxy, Endpoint target) {
        if (proxy == null) {
            if ((from.mask() & target.family().mask()) == 0) {
                return new Hop(Cause.ADDRESS_FAMILY, Messages.bind(Messages.Network_noCommonFamily, from.label(),
                        target.family().label(), target.label()));
            }
            return target.reachable() ? Hop.OK : new Hop(Cause.UNREACHABLE, Messages.bind(Messages.Network_unreachable, target.label()));
        }
        if ((from.mask() & proxy.family().mask()) == 0) {
            return new Hop(Cause.ADDRESS_FAMILY, Messages.bind(Messages.Network_cannotReachProxy, from.label(), proxyName(proxy, true)));
        }
        if (!proxy.reachable()) {
            return new Hop(Cause.PROXY_UNREACHABLE, Messages.bind(Messages.Network_proxyUnreachable, proxyName(proxy, false)));
        }
        int carries = proxy.socks4() ? proxy.family().mask() & IPV4 : proxy.family().mask();
        if ((carries & target.family().mask()) == 0) {
            return new Hop(Cause.ADDRESS_FAMILY, proxy.socks4()
                    ? Messages.bind(Messages.Network_socks4, proxy.label(), target.label(),
                            target.family().label())
                    : Messages.bind(Messages.Network_proxyCannotReach, proxyName(proxy, true),
                            target.family().label(), target.label()));
        }
        return target.reachable() ? Hop.OK
                : new Hop(Cause.UNREACHABLE, Messages.bind(Messages.Network_unreachableThrough, target.label(),
                        proxyName(proxy, false)));
    }
}
