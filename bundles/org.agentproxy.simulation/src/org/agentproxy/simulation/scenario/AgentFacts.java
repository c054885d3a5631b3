package org.agentproxy.simulation.scenario;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.net.AddressFamily;
import org.agentproxy.policy.net.IpAddresses;

/**
 * The agent of a scenario: what it is and what it sees.
 *
 * @param id                its name in the agent tree (the last step of its privilege path), or {@code null}
 * @param ip                its IPv4 or IPv6 address (chooses the custom source list)
 * @param family            the families it can use; defaults to the family of {@code ip}
 * @param gateway           its default gateway (IP and MAC), or {@code null} when it has none
 * @param domain            its domain in the agent tree as names separated by {@code /}, e.g.
 *                          {@code Headquarters/Lab}; empty for the root
 * @param autoProxyDetected whether it detects the automatic proxy settings (false also when users disabled them)
 * @param automaticProxy    the proxy the automatic settings give, or {@code null}: then a reachable dual-stack proxy
 *                          shown as {@code automatic}
 * @param systemProxy       the endpoint's system (WinINet) proxy, or {@code null} for none
 * @param userProxy         the proxy a user configured on the agent, or {@code null} for none
 */
public record AgentFacts(String id, String ip, AgentFamily family, Gateway gateway, String domain,
        boolean autoProxyDetected, AgentProxy automaticProxy, AgentProxy systemProxy, AgentProxy userProxy) {

    public AgentFacts {
        id = id == null || id.isBlank() ? null : id.strip();
        InetAddress address = IpAddresses.parse(ip)
                .orElseThrow(() -> new IllegalArgumentException("\"" + ip + "\" is not an IPv4 or IPv6 address"));
        AgentFamily own = IpAddresses.familyOf(address) == AddressFamily.IPV4 ? AgentFamily.IPV4 : AgentFamily.IPV6;
        if (family == null) {
            family = own;
        } else if (family != AgentFamily.DUAL && family != own) {
            throw new IllegalArgumentException("an " + family.label() + " agent cannot have the address " + ip);
        }
        domain = domain == null ? "" : domain.strip();
    }

    /** An agent at an address with everything else absent. */
    public static AgentFacts at(String ip) {
        return new AgentFacts(null, ip, null, null, null, false, null, null, null);
    }

    /** The names of {@link #domain()} from the root down. */
    public List<String> domainPath() {
        return Arrays.stream(domain.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The path of the agent's node below the root: its domain path, then its id when it has one. */
    public List<String> privilegePath() {
        List<String> path = new ArrayList<>(domainPath());
        if (id != null) {
            path.add(id);
        }
        return path;
    }

    public AgentFacts withId(String value) {
        return new AgentFacts(value, ip, family, gateway, domain, autoProxyDetected, automaticProxy, systemProxy,
                userProxy);
    }

    public AgentFacts withFamily(AgentFamily value) {
        return new AgentFacts(id, ip, value, gateway, domain, autoProxyDetected, automaticProxy, systemProxy,
                userProxy);
    }

    public AgentFacts withGateway(String gatewayIp, String gatewayMac) {
        return new AgentFacts(id, ip, family, new Gateway(gatewayIp, gatewayMac), domain, autoProxyDetected,
                automaticProxy, systemProxy, userProxy);
    }

    public AgentFacts withDomain(String value) {
        return new AgentFacts(id, ip, family, gateway, value, autoProxyDetected, automaticProxy, systemProxy,
                userProxy);
    }

    public AgentFacts withAutoProxyDetected(boolean value) {
        return new AgentFacts(id, ip, family, gateway, domain, value, automaticProxy, systemProxy, userProxy);
    }

    public AgentFacts withAutomaticProxy(AgentProxy value) {
        return new AgentFacts(id, ip, family, gateway, domain, autoProxyDetected, value, systemProxy, userProxy);
    }

    public AgentFacts withSystemProxy(AgentProxy value) {
        return new AgentFacts(id, ip, family, gateway, domain, autoProxyDetected, automaticProxy, value, userProxy);
    }

    public AgentFacts withUserProxy(AgentProxy value) {
        return new AgentFacts(id, ip, family, gateway, domain, autoProxyDetected, automaticProxy, systemProxy,
                value);
    }
}
