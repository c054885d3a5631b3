package org.agentproxy.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The benchmarks' fleet around the sample policy: headquarters (matching and foreign MACs), the Lyon branch (IPv4,
 * dual-stack and IPv6-only), field sales outside, agents of the agent tree's own nodes, user proxies. Seeded, so every
 * run measures the same fleet. The JMH benchmark builds it in memory ({@link Fleets}); as a program without
 * dependencies it writes it as an inventory CSV for the end-to-end case of releng/bench/impact.sh:
 * {@code java releng/bench/impact/src/main/java/org/agentproxy/bench/GenerateInventory.java AGENTS FILE}.
 */
public final class GenerateInventory {

    /** One agent: the inventory's columns in order (the family as its CSV id). */
    public interface Row {
        void add(String id, String ip, String gatewayIp, String gatewayMac, String domain, String family, boolean auto,
                String userProxy);
    }

    private static final String HEADER = "agent_id,ip,gateway_ip,gateway_mac,domain,address_family,"
            + "auto_proxy_detected,user_proxy";
    private static final String[] DOMAINS = { "Headquarters", "Branch Lyon", "Field Sales", "Headquarters/Lab",
            "New Domain", "" };
    private static final String[] USER_PROXIES = { "", "", "", "lab-proxy.corp.example:3128",
            "home-proxy.example.net:8080", "[fd00::9]:3128" };

    private GenerateInventory() {
    }

    /** Generates {@code agents} rows from {@code seed}. */
    public static void rows(int agents, long seed, Row row) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < agents; i++) {
            String id = i == 0 ? "hq-lab-0042" : i == 1 ? "hq-ws-0001" : "agent-" + i;
            int a = random.nextInt(256);
            int c = 1 + random.nextInt(250);
            String domain = DOMAINS[random.nextInt(DOMAINS.length)];
            boolean auto = random.nextInt(4) == 0;
            String userProxy = USER_PROXIES[random.nextInt(USER_PROXIES.length)];
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> row.add(id, "10.10." + a + "." + c, "10.10.0.1", "00:1a:2b:3c:4d:5e", domain, "ipv4",
                        auto, userProxy);
                case 3 -> row.add(id, "10.10." + a + "." + c, "10.10.0.1", "aa:bb:cc:dd:ee:ff", domain, "ipv4", auto,
                        userProxy);
                case 4 -> row.add(id, "10.20." + a + "." + c, "10.20.0.1", "", domain, "dual", auto, userProxy);
                case 5 -> row.add(id, "fd00:20::" + Integer.toHexString(a) + ":" + Integer.toHexString(c),
                        "fd00:10::1", "", domain, "ipv6", auto, userProxy);
                case 6 -> row.add(id, "192.0.2." + c, "192.0.2.1", "", domain, "ipv4", auto, userProxy);
                default -> row.add(id, "198.51.100." + c, "", "", domain, "dual", auto, userProxy);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            rows(Integer.parseInt(args[0]), 42, (id, ip, gatewayIp, gatewayMac, domain, family, auto, userProxy) -> {
                try {
                    w.write(String.join(",", id, ip, gatewayIp, gatewayMac, domain, family, Boolean.toString(auto),
                            userProxy));
                    w.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
