package org.agentproxy.simulation.internal.impact;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.simulation.internal.engine.IpBits;
import org.agentproxy.simulation.scenario.AgentFamily;

/**
 * Collects rows into an {@link InventoryData}, checking each value; a bad one throws {@link BadValue}. The rules
 * for one row are here, in {@link #values}: the CSV reader's fast path ({@code InventoryChunk}) keeps to them, and
 * takes this path for any line it does not handle itself.
 */
public final class InventoryBuilder {

    private final Set<String> ids = new HashSet<>();
    private final Columns columns = new Columns();
    private final Dictionaries dictionaries = new Dictionaries();

    /** Adds a row; empty strings mean absent (gateway, MAC, user proxy). */
    public void add(String agentId, String ip, String gatewayIp, String gatewayMac, String domainPath,
            AgentFamily family, boolean autoProxyDetected, String userProxyAddress) {
        if (agentId.isEmpty()) {
            throw new BadValue("agent_id", "is empty");
        }
        if (!ids.add(agentId)) {
            throw new BadValue("agent_id", "duplicate agent \"" + agentId + "\"");
        }
        values(columns, dictionaries, agentId, ip, gatewayIp, gatewayMac, domainPath, family, autoProxyDetected,
                userProxyAddress);
    }

    /**
     * Adds a row whose id is not empty and has been checked for duplicates, checking every other value.
     * On a bad value nothing is added.
     */
    static void values(Columns c, Dictionaries dictionaries, String agentId, String ip, String gatewayIp,
            String gatewayMac, String domainPath, AgentFamily family, boolean autoProxyDetected,
            String userProxyAddress) {
        IpBits bits = ip(ip, family);
        int gateway = dictionaries.gateway(gatewayIp, gatewayMac);
        int domain = dictionaries.domain(domainPath);
        int proxy = dictionaries.proxy(userProxyAddress);
        c.begin();
        c.id(agentId);
        c.set(bits, flags(family, bits.v6(), autoProxyDetected), gateway, domain, proxy);
    }

    /** The address of the ip column, checked against the agent's family. */
    static IpBits ip(String ip, AgentFamily family) {
        long v4 = Literals.ipv4(ip);
        IpBits bits = v4 >= 0 ? new IpBits(false, 0, v4) : v6(ip);
        family(family, bits.v6(), ip);
        return bits;
    }

    static void family(AgentFamily family, boolean v6, String ip) {
        AgentFamily own = v6 ? AgentFamily.IPV6 : AgentFamily.IPV4;
        if (family != AgentFamily.DUAL && family != own) {
            throw new BadValue("address_family", "\"" + family.id() + "\" does not match the address " + ip);
        }
    }

    static byte flags(AgentFamily family, boolean v6, boolean autoProxyDetected) {
        return (byte) (family.ordinal() | (v6 ? InventoryData.V6 : 0) | (autoProxyDetected ? InventoryData.AUTO : 0));
    }

    static IpBits v6(String ip) {
        InetAddress address = IpAddresses.parse(ip)
                .orElseThrow(() -> new BadValue("ip", "\"" + ip + "\" is not an IPv4 or IPv6 address"));
        return IpBits.of(address);
    }

    public InventoryData build() {
        return data(columns, dictionaries);
    }

    static InventoryData data(Columns c, Dictionaries dictionaries) {
        int n = c.size;
        return new InventoryData(n, Arrays.copyOf(c.idBytes, c.idLength), Arrays.copyOf(c.idStart, n + 1),
                Arrays.copyOf(c.idFold, n), Arrays.copyOf(c.hi, n), Arrays.copyOf(c.lo, n), Arrays.copyOf(c.flags, n),
                Arrays.copyOf(c.gateway, n), Arrays.copyOf(c.domain, n), Arrays.copyOf(c.userProxy, n),
                dictionaries.gateways(), dictionaries.domains(), dictionaries.proxies());
    }
}
