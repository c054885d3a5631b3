package org.agentproxy.simulation.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.EndpointFamily;
import org.agentproxy.simulation.scenario.IntegratedSpsAvailability;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.agentproxy.simulation.scenario.SpsExhaustion;
import org.agentproxy.simulation.scenario.World;

/** A seeded random fleet around the sample policy: every kind of agent the engine tells apart. */
final class GeneratedFleet {

    /** One inventory row. */
    record Row(String id, String ip, String gatewayIp, String gatewayMac, String domain, AgentFamily family,
            boolean auto, String userProxy) {

        AgentFacts facts(AgentFacts world) {
            AgentFacts a = new AgentFacts(id, ip, family, gatewayIp.isEmpty() ? null
                    : new Gateway(gatewayIp, gatewayMac.isEmpty() ? null : gatewayMac), domain,
                    auto, world.automaticProxy(), world.systemProxy(), null);
            if (userProxy.isEmpty()) {
                return a;
            }
            int colon = userProxy.lastIndexOf(':');
            String host = userProxy.substring(0, colon).replace("[", "").replace("]", "");
            return a.withUserProxy(AgentProxy.of(host, Integer.parseInt(userProxy.substring(colon + 1))));
        }
    }

    private static final String[][] SITES = { // ip prefix, gateway ip, gateway mac, family
            { "10.10.%d.%d", "10.10.0.1", "00:1a:2b:3c:4d:5e", "ipv4" },
            { "10.10.%d.%d", "10.10.0.1", "aa:bb:cc:dd:ee:ff", "ipv4" },
            { "10.20.%d.%d", "10.20.0.1", "", "ipv4" },
            { "10.20.%d.%d", "10.20.0.1", "", "dual" },
            { "fd00:20::%x:%x", "fd00:10::1", "", "ipv6" },
            { "fd00:20::%x:%x", "fd00:10::1", "", "dual" },
            { "192.0.2.%d", "192.0.2.1", "", "ipv4" },
            { "198.51.100.%d", "", "", "dual" } };
    private static final String[] DOMAINS = { "Headquarters", "Branch Lyon", "Field Sales", "Unknown", "",
            "Headquarters/Sub" };
    private static final String[] USER_PROXIES = { "", "", "p1.example:3128", "10.0.0.9:8080", "[fd00::9]:3128" };

    private GeneratedFleet() {
    }

    static List<Row> rows(int n, long seed) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] site = SITES[random.nextInt(SITES.length)];
            String ip = site[0].startsWith("192.0.2") || site[0].startsWith("198.51")
                    ? String.format(site[0], 1 + random.nextInt(250))
                    : String.format(site[0], random.nextInt(256), 1 + random.nextInt(250));
            String id = i == 0 ? "hq-lab-0042" : i == 1 ? "hq-ws-0001" : "agent-" + i;
            String domain = i < 2 ? "Headquarters" : DOMAINS[random.nextInt(DOMAINS.length)];
            rows.add(new Row(id, ip, site[1], site[2], domain, AgentFamily.valueOf(site[3].toUpperCase()),
                    random.nextBoolean(), USER_PROXIES[random.nextInt(USER_PROXIES.length)]));
        }
        return rows;
    }

    static Inventory inventory(List<Row> rows) {
        Inventory.Builder b = Inventory.builder();
        rows.forEach(r -> b.add(r.id(), r.ip(), r.gatewayIp(), r.gatewayMac(), r.domain(), r.family(), r.auto(),
                r.userProxy()));
        return b.build();
    }

    /** The sample policy in reachability mode, without automatic proxy, with direct fallback and an IPv6 list. */
    static Policy variant(Policy p) {
        SmartProtectionSources lists = new SmartProtectionSources(p.smartProtectionSources().standardList(),
                List.of(new CustomSourceList("Lyon v6", new IpRange("fd00:20::", "fd00:20::ffff:ffff"),
                        List.of(Fixtures.sps("sps-lyon6.corp.example", false)))));
        Policy v = p.withLocationAwareness(new LocationAwareness(LocationMode.REACHABILITY, List.of(),
                List.of(new HostPort("ref.corp.example", 443)))).withAutomaticProxy(AutomaticProxy.NONE)
                .withSmartProtectionSources(lists);
        return Fixtures.withDirectFallback(v, true);
    }

    /** A world where several things are down or single-stack, with non-default parameters. */
    static Scenario harshWorld() {
        World w = World.DEFAULT.with("proxy.corp.example", EndpointFacts.of(true, EndpointFamily.IPV4_ONLY))
                .with("osce.corp.example:4345", EndpointFacts.UNREACHABLE)
                .with("sps1.corp.example", EndpointFacts.of(true, EndpointFamily.IPV4_ONLY))
                .with("p1.example", EndpointFacts.UNREACHABLE)
                .with("ref.corp.example", EndpointFacts.of(true, EndpointFamily.IPV6_ONLY))
                .withSmartProtectionNetwork(EndpointFacts.of(true, EndpointFamily.IPV4_ONLY));
        SimulationParameters params = SimulationParameters.DEFAULTS
                .withWhenEverySpsFails(SpsExhaustion.SMART_PROTECTION_NETWORK)
                .withIntegratedSpsAvailable(IntegratedSpsAvailability.WHEN_LISTED)
                .withDirectFallbackPurposes(List.of(Purposes.LOGS, Purposes.UPDATE_NOW))
                .withLocationProbeUsesInternalProxy(true).withInternalAgentsToSpn(Route.INTERNAL_SPS);
        return Scenario.of(AgentFacts.at("192.0.2.1").withSystemProxy(AgentProxy.of("sys.example", 8080))
                .withAutomaticProxy(new AgentProxy("wpad-proxy.example", 8080, EndpointFacts.of(true,
                        EndpointFamily.IPV4_ONLY)))).withWorld(w).withParameters(params);
    }
}
