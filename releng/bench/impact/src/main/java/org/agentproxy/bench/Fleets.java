package org.agentproxy.bench;

import java.util.SplittableRandom;

import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.scenario.AgentFamily;

/**
 * A generated fleet around the sample policy: headquarters (matching and foreign MACs), the Lyon branch (IPv4,
 * dual-stack and IPv6-only), field sales outside, agents of the agent tree's own nodes, user proxies. Seeded, so every
 * run measures the same fleet.
 */
final class Fleets {

    private static final String[] DOMAINS = { "Headquarters", "Branch Lyon", "Field Sales", "Headquarters/Lab",
            "New Domain", "" };
    private static final String[] USER_PROXIES = { "", "", "", "lab-proxy.corp.example:3128",
            "home-proxy.example.net:8080", "[fd00::9]:3128" };

    private Fleets() {
    }

    static Inventory generate(int agents, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Inventory.Builder b = Inventory.builder();
        for (int i = 0; i < agents; i++) {
            String id = i == 0 ? "hq-lab-0042" : i == 1 ? "hq-ws-0001" : "agent-" + i;
            int a = random.nextInt(256);
            int c = 1 + random.nextInt(250);
            String domain = DOMAINS[random.nextInt(DOMAINS.length)];
            boolean auto = random.nextInt(4) == 0;
            String userProxy = USER_PROXIES[random.nextInt(USER_PROXIES.length)];
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> b.add(id, "10.10." + a + "." + c, "10.10.0.1", "00:1a:2b:3c:4d:5e", domain,
                        AgentFamily.IPV4, auto, userProxy);
                case 3 -> b.add(id, "10.10." + a + "." + c, "10.10.0.1", "aa:bb:cc:dd:ee:ff", domain,
                        AgentFamily.IPV4, auto, userProxy);
                case 4 -> b.add(id, "10.20." + a + "." + c, "10.20.0.1", "", domain, AgentFamily.DUAL, auto,
                        userProxy);
                case 5 -> b.add(id, "fd00:20::" + Integer.toHexString(a) + ":" + Integer.toHexString(c),
                        "fd00:10::1", "", domain, AgentFamily.IPV6, auto, userProxy);
                case 6 -> b.add(id, "192.0.2." + c, "192.0.2.1", "", domain, AgentFamily.IPV4, auto, userProxy);
                default -> b.add(id, "198.51.100." + c, "", "", domain, AgentFamily.DUAL, auto, userProxy);
            }
        }
        return b.build();
    }
}
