import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes an inventory CSV for the end-to-end impact benchmark (releng/bench/impact.sh): the same seeded fleet as the
 * JMH benchmark's {@code Fleets} (headquarters with matching and foreign MACs, the Lyon branch with IPv4, dual-stack
 * and IPv6-only agents, field sales outside, the agent tree's own nodes, user proxies). Plain Java, no dependencies:
 * {@code java releng/bench/GenerateInventory.java AGENTS FILE}.
 */
public final class GenerateInventory {

    private static final String HEADER = "agent_id,ip,gateway_ip,gateway_mac,domain,address_family,"
            + "auto_proxy_detected,user_proxy";
    private static final String[] DOMAINS = { "Headquarters", "Branch Lyon", "Field Sales", "Headquarters/Lab",
            "New Domain", "" };
    private static final String[] USER_PROXIES = { "", "", "", "lab-proxy.corp.example:3128",
            "home-proxy.example.net:8080", "[fd00::9]:3128" };

    public static void main(String[] args) throws IOException {
        int agents = Integer.parseInt(args[0]);
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < agents; i++) {
                String id = i == 0 ? "hq-lab-0042" : i == 1 ? "hq-ws-0001" : "agent-" + i;
                int a = random.nextInt(256);
                int c = 1 + random.nextInt(250);
                String domain = DOMAINS[random.nextInt(DOMAINS.length)];
                boolean auto = random.nextInt(4) == 0;
                String userProxy = USER_PROXIES[random.nextInt(USER_PROXIES.length)];
                String row = switch (random.nextInt(8)) {
                    case 0, 1, 2 -> row(id, "10.10." + a + "." + c, "10.10.0.1", "00:1a:2b:3c:4d:5e", domain, "ipv4");
                    case 3 -> row(id, "10.10." + a + "." + c, "10.10.0.1", "aa:bb:cc:dd:ee:ff", domain, "ipv4");
                    case 4 -> row(id, "10.20." + a + "." + c, "10.20.0.1", "", domain, "dual");
                    case 5 -> row(id, "fd00:20::" + Integer.toHexString(a) + ":" + Integer.toHexString(c),
                            "fd00:10::1", "", domain, "ipv6");
                    case 6 -> row(id, "192.0.2." + c, "192.0.2.1", "", domain, "ipv4");
                    default -> row(id, "198.51.100." + c, "", "", domain, "dual");
                };
                w.write(row);
                w.write(auto ? ",true," : ",false,");
                w.write(userProxy);
                w.write('\n');
            }
        }
    }

    private static String row(String id, String ip, String gateway, String mac, String domain, String family) {
        return id + "," + ip + "," + gateway + "," + mac + "," + domain + "," + family;
    }
}
