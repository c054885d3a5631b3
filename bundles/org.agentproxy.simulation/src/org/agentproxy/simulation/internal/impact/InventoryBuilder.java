package org.agentproxy.simulation.internal.impact;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.policy.net.MacAddresses;
import org.agentproxy.simulation.internal.engine.IpBits;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.AgentProxy;

/** Collects rows into an {@link InventoryData}, checking each value; a bad one throws {@link BadValue}. */
public final class InventoryBuilder {

    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> gatewayIndex = new HashMap<>();
    private final Map<String, Integer> domainIndex = new HashMap<>();
    private final Map<String, Integer> proxyIndex = new HashMap<>();
    private final List<Gateway> gateways = new ArrayList<>(Arrays.asList((Gateway) null));
    private final List<String> domains = new ArrayList<>();
    private final List<AgentProxy> proxies = new ArrayList<>(Arrays.asList((AgentProxy) null));
    private String[] id = new String[1024];
    private int[] idFold = new int[1024];
    private long[] hi = new long[1024];
    private long[] lo = new long[1024];
    private byte[] flags = new byte[1024];
    private int[] gateway = new int[1024];
    private int[] domain = new int[1024];
    private int[] userProxy = new int[1024];
    private int size;

    /** Adds a row; empty strings mean absent (gateway, MAC, user proxy). */
    public void add(String agentId, String ip, String gatewayIp, String gatewayMac, String domainPath,
            AgentFamily family, boolean autoProxyDetected, String userProxyAddress) {
        if (agentId.isEmpty()) {
            throw new BadValue("agent_id", "is empty");
        }
        if (!ids.add(agentId)) {
            throw new BadValue("agent_id", "duplicate agent \"" + agentId + "\"");
        }
        grow();
        long v4 = Literals.ipv4(ip);
        IpBits bits = v4 >= 0 ? new IpBits(false, 0, v4) : v6(ip);
        AgentFamily own = bits.v6() ? AgentFamily.IPV6 : AgentFamily.IPV4;
        if (family != AgentFamily.DUAL && family != own) {
            throw new BadValue("address_family", "\"" + family.id() + "\" does not match the address " + ip);
        }
        id[size] = agentId;
        idFold[size] = InventoryData.fold(agentId);
        hi[size] = bits.hi();
        lo[size] = bits.lo();
        flags[size] = (byte) (family.ordinal() | (bits.v6() ? InventoryData.V6 : 0)
                | (autoProxyDetected ? InventoryData.AUTO : 0));
        gateway[size] = gateway(gatewayIp, gatewayMac);
        domain[size] = domainIndex.computeIfAbsent(domainPath.strip(), d -> {
            domains.add(d);
            return domains.size() - 1;
        });
        userProxy[size] = userProxyAddress.isEmpty() ? 0 : proxy(userProxyAddress);
        size++;
    }

    public InventoryData build() {
        return new InventoryData(size, Arrays.copyOf(id, size), Arrays.copyOf(idFold, size), Arrays.copyOf(hi, size), Arrays.copyOf(lo, size),
                Arrays.copyOf(flags, size), Arrays.copyOf(gateway, size), Arrays.copyOf(domain, size),
                Arrays.copyOf(userProxy, size), Collections.unmodifiableList(new ArrayList<>(gateways)),
                List.copyOf(domains), Collections.unmodifiableList(new ArrayList<>(proxies)));
    }

    private static IpBits v6(String ip) {
        InetAddress address = IpAddresses.parse(ip)
                .orElseThrow(() -> new BadValue("ip", "\"" + ip + "\" is not an IPv4 or IPv6 address"));
        return IpBits.of(address);
    }

    private int gateway(String ip, String mac) {
        if (ip.isEmpty()) {
            if (!mac.isEmpty()) {
                throw new BadValue("gateway_mac", "is set but gateway_ip is empty");
            }
            return 0;
        }
        InetAddress address = IpAddresses.parse(ip)
                .orElseThrow(() -> new BadValue("gateway_ip", "\"" + ip + "\" is not an IPv4 or IPv6 address"));
        if (!mac.isEmpty() && !MacAddresses.isValid(mac)) {
            throw new BadValue("gateway_mac", "\"" + mac + "\" is not a MAC address like 00:1a:2b:3c:4d:5e");
        }
        String key = address.getHostAddress() + "/" + (mac.isEmpty() ? "" : MacAddresses.normalize(mac));
        return gatewayIndex.computeIfAbsent(key, k -> {
            gateways.add(new Gateway(ip, mac.isEmpty() ? null : mac));
            return gateways.size() - 1;
        });
    }

    private int proxy(String address) {
        Integer known = proxyIndex.get(address);
        if (known != null) {
            return known;
        }
        AgentProxy proxy = Literals.hostPort(address, "user_proxy");
        proxies.add(proxy);
        proxyIndex.put(address, proxies.size() - 1);
        return proxies.size() - 1;
    }

    private void grow() {
        if (size < id.length) {
            return;
        }
        int n = id.length * 2;
        id = Arrays.copyOf(id, n);
        idFold = Arrays.copyOf(idFold, n);
        hi = Arrays.copyOf(hi, n);
        lo = Arrays.copyOf(lo, n);
        flags = Arrays.copyOf(flags, n);
        gateway = Arrays.copyOf(gateway, n);
        domain = Arrays.copyOf(domain, n);
        userProxy = Arrays.copyOf(userProxy, n);
    }
}
