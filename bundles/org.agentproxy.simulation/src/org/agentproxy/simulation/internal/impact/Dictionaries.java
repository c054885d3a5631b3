package org.agentproxy.simulation.internal.impact;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.policy.net.MacAddresses;
import org.agentproxy.simulation.scenario.AgentProxy;

/**
 * The values that repeat across an inventory — gateways, domains, user proxies — each checked once and numbered in
 * the order of first appearance. A bad value throws {@link BadValue} naming its column.
 */
final class Dictionaries {

    private final Map<String, Integer> gatewayIndex = new HashMap<>();
    private final Map<String, Integer> domainIndex = new HashMap<>();
    private final Map<String, Integer> proxyIndex = new HashMap<>();
    private final List<Gateway> gateways = new ArrayList<>(Arrays.asList((Gateway) null));
    private final List<String> domains = new ArrayList<>();
    private final List<AgentProxy> proxies = new ArrayList<>(Arrays.asList((AgentProxy) null));
    private final List<String> proxyTexts = new ArrayList<>(Arrays.asList((String) null));

    /** The gateway's index; 0 for none (both empty). */
    int gateway(String ip, String mac) {
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

    /** The index of a domain path (stripped). */
    int domain(String path) {
        return domainIndex.computeIfAbsent(path.strip(), d -> {
            domains.add(d);
            return domains.size() - 1;
        });
    }

    /** The index of a user proxy {@code host:port}; 0 for none (empty). */
    int proxy(String address) {
        if (address.isEmpty()) {
            return 0;
        }
        Integer known = proxyIndex.get(address);
        if (known != null) {
            return known;
        }
        AgentProxy proxy = Literals.hostPort(address, "user_proxy");
        proxies.add(proxy);
        proxyTexts.add(address);
        proxyIndex.put(address, proxies.size() - 1);
        return proxies.size() - 1;
    }

    /** The gateway at an index, as it was first given (for merging a chunk's dictionary into another). */
    Gateway gatewayAt(int index) {
        return gateways.get(index);
    }

    String domainAt(int index) {
        return domains.get(index);
    }

    int gatewayCount() {
        return gateways.size();
    }

    int domainCount() {
        return domains.size();
    }

    int proxyCount() {
        return proxies.size();
    }

    /** The text of the user proxy at an index, as it was first given. */
    String proxyTextAt(int index) {
        return proxyTexts.get(index);
    }

    List<Gateway> gateways() {
        return Collections.unmodifiableList(new ArrayList<>(gateways));
    }

    List<String> domains() {
        return List.copyOf(domains);
    }

    List<AgentProxy> proxies() {
        return Collections.unmodifiableList(new ArrayList<>(proxies));
    }
}
