package org.agentproxy.simulation.internal.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.World;

/**
 * The scenario's {@code world.hosts} entries that no connection can use: hosts the policy never names (nor the
 * scenario's own proxies), and {@code host:port} entries on a port the policy does not name for that host. Most are
 * typing errors ({@code sps1.corp.exmaple}); they are reported as warnings instead of being ignored silently.
 */
final class ScenarioHosts {

    private ScenarioHosts() {
    }

    /** The warnings, in the scenario's order, each with its field path. */
    static List<String> unused(Policy policy, Scenario scenario) {
        Set<String> endpoints = new LinkedHashSet<>();
        named(policy, scenario, endpoints);
        Set<String> hosts = new LinkedHashSet<>();
        for (String key : endpoints) {
            hosts.add(World.hostOf(key));
        }
        List<String> warnings = new ArrayList<>();
        World world = scenario.world();
        if (world.integratedSps() != null && (policy.server() == null || policy.server().host() == null)) {
            warnings.add(Messages.bind(Messages.ScenarioHosts_integratedSpsUnused, "world.integratedSps"));
        }
        for (String key : world.hosts().keySet()) {
            String host = World.hostOf(key);
            boolean withPort = !host.equals(key);
            String at = "world.hosts.\"" + key + "\"";
            if (!hosts.contains(host)) {
                warnings.add(Messages.bind(Messages.ScenarioHosts_noSuchHost, at));
            } else if (withPort && !endpoints.contains(key)) {
                warnings.add(Messages.bind(Messages.ScenarioHosts_otherPort, at, host, ports(endpoints, host)));
            }
        }
        return warnings;
    }

    private static String ports(Set<String> endpoints, String host) {
        Set<Integer> ports = new TreeSet<>();
        for (String key : endpoints) {
            if (World.hostOf(key).equals(host) && !key.equals(host)) {
                ports.add(Integer.parseInt(key.substring(key.lastIndexOf(':') + 1)));
            }
        }
        return String.join(", ", ports.stream().map(String::valueOf).toList());
    }

    /** Every endpoint a connection of the simulation may use, as canonical {@code host:port} keys. */
    private static void named(Policy policy, Scenario scenario, Set<String> out) {
        HostPort server = policy.server();
        if (server != null && server.host() != null) {
            add(out, server.host(), server.port());
            if (scenario.world().integratedSps() != null) {
                add(out, server.host(), scenario.world().integratedSps().port());
            }
        }
        proxy(out, policy.internalAgents().server());
        proxy(out, policy.internalAgents().smartProtection());
        proxy(out, policy.globalSmartProtection().proxy());
        var update = policy.externalAgents().serverUpdateProxy();
        add(out, update.host(), update.port());
        sources(out, policy.smartProtectionSources().standardList());
        for (CustomSourceList list : policy.smartProtectionSources().customLists()) {
            sources(out, list.sources());
        }
        for (UpdateSource source : policy.updates().sources()) {
            url(out, source.url());
        }
        url(out, policy.automaticProxy().pacUrl());
        for (HostPort reference : policy.locationAwareness().referenceServers()) {
            add(out, reference.host(), reference.port());
        }
        AgentFacts agent = scenario.agent();
        for (AgentProxy p : new AgentProxy[] { agent.automaticProxy(), agent.systemProxy(), agent.userProxy() }) {
            if (p != null) {
                add(out, p.host(), p.port());
            }
        }
    }

    private static void proxy(Set<String> out, ProxyEndpoint p) {
        add(out, p.host(), p.port());
    }

    private static void sources(Set<String> out, List<SpsSource> list) {
        for (SpsSource s : list) {
            add(out, s.host(), s.port());
        }
    }

    private static void url(Set<String> out, String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null) {
                String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                        : uri.getHost();
                add(out, host, uri.getPort() > 0 ? uri.getPort()
                        : "https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) ? 443 : 80);
            }
        } catch (URISyntaxException e) {
            // not a connection the engine makes; the validator reports the URL
        }
    }

    private static void add(Set<String> out, String host, int port) {
        if (host == null || host.isBlank() || port < 1 || port > 65535) {
            return;
        }
        try {
            out.add(World.key(host, port));
        } catch (IllegalArgumentException e) {
            // a host the validator reports
        }
    }
}
