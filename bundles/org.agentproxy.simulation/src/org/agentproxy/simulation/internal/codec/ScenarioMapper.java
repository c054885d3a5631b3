package org.agentproxy.simulation.internal.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.net.HostNames;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.policy.net.MacAddresses;
import org.agentproxy.simulation.Identified;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.EndpointFamily;
import org.agentproxy.simulation.scenario.IntegratedSps;
import org.agentproxy.simulation.scenario.IntegratedSpsAvailability;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.agentproxy.simulation.scenario.SpsExhaustion;
import org.agentproxy.simulation.scenario.World;

/** The bound document to a {@link Scenario}: defaults applied, every value checked, errors with the field path. */
final class ScenarioMapper {

    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    private ScenarioMapper() {
    }

    static Scenario toScenario(ScenarioDocument.Root doc) throws Invalid {
        if (doc.agent() == null) {
            throw new Invalid(List.of("agent"), "is missing: a scenario needs the agent (at least its \"ip\")");
        }
        World world = world(doc.world());
        return new Scenario(doc.name(), doc.description(), agent(doc.agent()), world, parameters(doc.parameters()));
    }

    private static AgentFacts agent(ScenarioDocument.Agent a) throws Invalid {
        if (a.ip() == null) {
            throw new Invalid(List.of("agent", "ip"), "is missing: the agent's IPv4 or IPv6 address");
        }
        if (IpAddresses.parse(a.ip()).isEmpty()) {
            throw new Invalid(List.of("agent", "ip"), "\"" + a.ip() + "\" is not an IPv4 or IPv6 address");
        }
        AgentFamily family = a.addressFamily() == null ? null
                : id(AgentFamily.class, a.addressFamily(), List.of("agent", "addressFamily"));
        Gateway gateway = a.gateway() == null ? null : gateway(a.gateway());
        try {
            return new AgentFacts(a.id(), a.ip(), family, gateway, a.domain(), Boolean.TRUE.equals(a.autoProxyDetected()),
                    proxy(a.automaticProxy(), "automaticProxy", true), proxy(a.systemProxy(), "systemProxy", false),
                    proxy(a.userProxy(), "userProxy", false));
        } catch (IllegalArgumentException e) {
            throw new Invalid(List.of("agent", "addressFamily"), e.getMessage());
        }
    }

    private static Gateway gateway(ScenarioDocument.Gateway g) throws Invalid {
        if (g.ip() == null || IpAddresses.parse(g.ip()).isEmpty()) {
            throw new Invalid(List.of("agent", "gateway", "ip"), g.ip() == null ? "is missing"
                    : "\"" + g.ip() + "\" is not an IPv4 or IPv6 address");
        }
        if (g.mac() != null && !MacAddresses.isValid(g.mac())) {
            throw new Invalid(List.of("agent", "gateway", "mac"), "\"" + g.mac()
                    + "\" is not a MAC address like 00:1a:2b:3c:4d:5e");
        }
        return new Gateway(g.ip(), g.mac());
    }

    private static AgentProxy proxy(ScenarioDocument.Proxy p, String name, boolean hostOptional) throws Invalid {
        if (p == null) {
            return null;
        }
        List<Object> at = List.of("agent", name);
        if (p.host() == null && !hostOptional) {
            throw new Invalid(path(at, "host"), "is missing");
        }
        if (p.host() != null) {
            String problem = HostNames.problem(p.host()).orElse(null);
            if (problem != null) {
                throw new Invalid(path(at, "host"), problem);
            }
            if (p.port() == null || p.port() < 1 || p.port() > 65535) {
                throw new Invalid(path(at, "port"), p.port() == null ? "is missing"
                        : "must be between 1 and 65535, not " + p.port());
            }
        } else if (p.port() != null) {
            throw new Invalid(path(at, "port"), "needs a host");
        }
        EndpointFamily family = p.family() == null ? null : id(EndpointFamily.class, p.family(), path(at, "family"));
        EndpointFacts facts = p.reachable() == null && family == null ? null
                : new EndpointFacts(!Boolean.FALSE.equals(p.reachable()), family);
        return new AgentProxy(p.host(), p.port() == null ? 0 : p.port(), facts);
    }

    private static World world(ScenarioDocument.World w) throws Invalid {
        if (w == null) {
            return World.DEFAULT;
        }
        boolean reachable = !Boolean.FALSE.equals(w.defaultReachable());
        EndpointFamily family = w.defaultFamily() == null ? EndpointFamily.DUAL_STACK
                : id(EndpointFamily.class, w.defaultFamily(), List.of("world", "defaultFamily"));
        Map<String, EndpointFacts> hosts = new LinkedHashMap<>();
        if (w.hosts() != null) {
            for (Map.Entry<String, ScenarioDocument.Facts> e : w.hosts().entrySet()) {
                List<Object> at = List.of("world", "hosts", e.getKey());
                try {
                    hosts.put(World.canonicalKey(e.getKey()), facts(e.getValue(), reachable, at));
                } catch (IllegalArgumentException ex) {
                    throw new Invalid(at, ex.getMessage());
                }
            }
        }
        return new World(reachable, family, facts(w.smartProtectionNetwork(), reachable,
                List.of("world", "smartProtectionNetwork")), facts(w.activeUpdate(), reachable,
                        List.of("world", "activeUpdate")), hosts, integratedSps(w.integratedSps()));
    }

    private static IntegratedSps integratedSps(ScenarioDocument.IntegratedSps i) throws Invalid {
        if (i == null) {
            return null;
        }
        List<Object> at = List.of("world", "integratedSps");
        if (i.port() == null || i.port() < 1 || i.port() > 65535) {
            throw new Invalid(path(at, "port"), i.port() == null
                    ? "is missing: the port of the OfficeScan server's integrated SPS, e.g. 4345"
                    : "must be between 1 and 65535, not " + i.port());
        }
        SpsProtocol protocol = null;
        if (i.protocol() != null) {
            protocol = switch (i.protocol()) {
                case "https" -> SpsProtocol.HTTPS;
                case "http" -> SpsProtocol.HTTP;
                default -> throw new Invalid(path(at, "protocol"), "\"" + i.protocol() + "\" is not one of [https, http]");
            };
        }
        EndpointFamily family = i.family() == null ? null : id(EndpointFamily.class, i.family(), path(at, "family"));
        EndpointFacts facts = i.reachable() == null && family == null ? null
                : new EndpointFacts(!Boolean.FALSE.equals(i.reachable()), family);
        return new IntegratedSps(i.port(), protocol, facts);
    }

    private static EndpointFacts facts(ScenarioDocument.Facts f, boolean defaultReachable, List<Object> at)
            throws Invalid {
        if (f == null) {
            return new EndpointFacts(defaultReachable, null);
        }
        boolean reachable = f.reachable() == null ? defaultReachable : f.reachable();
        return new EndpointFacts(reachable, f.family() == null ? null
                : id(EndpointFamily.class, f.family(), path(at, "family")));
    }

    private static SimulationParameters parameters(ScenarioDocument.Parameters p) throws Invalid {
        if (p == null) {
            return SimulationParameters.DEFAULTS;
        }
        List<Object> at = List.of("parameters");
        SimulationParameters d = SimulationParameters.DEFAULTS;
        return new SimulationParameters(
                p.locationProbeUsesInternalProxy() == null ? d.locationProbeUsesInternalProxy()
                        : p.locationProbeUsesInternalProxy(),
                p.whenEverySpsFails() == null ? null
                        : id(SpsExhaustion.class, p.whenEverySpsFails(), path(at, "whenEverySpsFails")),
                p.integratedSpsAvailable() == null ? null : id(IntegratedSpsAvailability.class,
                        p.integratedSpsAvailable(), path(at, "integratedSpsAvailable")),
                purposes(p.directFallbackPurposes()),
                route(p.ownIntegratedSpsProxy(), "ownIntegratedSpsProxy"),
                route(p.externalAgentsToServer(), "externalAgentsToServer"),
                route(p.internalAgentsToSpn(), "internalAgentsToSpn"),
                route(p.featuresWithoutGlobalProxy(), "featuresWithoutGlobalProxy"));
    }

    private static List<String> purposes(List<String> names) throws Invalid {
        if (names == null) {
            return null;
        }
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (!n.equals(SimulationParameters.EVERY_PURPOSE) && !Purposes.BUILT_IN.contains(n)
                    && !PURPOSE.matcher(n).matches()) {
                throw new Invalid(List.of("parameters", "directFallbackPurposes", i), "\"" + n + "\" is not \"*\", "
                        + "a purpose (" + String.join(", ", Purposes.BUILT_IN) + ") or a feature id");
            }
        }
        return names;
    }

    private static Route route(String value, String name) throws Invalid {
        if (value == null) {
            return null;
        }
        List<Object> at = List.of("parameters", name);
        Route route = id(Route.class, value, at);
        if (!SimulationParameters.allowedRoutes(name).contains(route)) {
            throw new Invalid(at, "\"" + value + "\" is not one of " + SimulationParameters.allowedRoutes(name)
                    .stream().map(r -> "\"" + r.id() + "\"").sorted().toList());
        }
        return route;
    }

    private static <E extends Enum<E> & Identified> E id(Class<E> type, String value, List<Object> at)
            throws Invalid {
        return Identified.byId(type, value)
                .orElseThrow(() -> new Invalid(at, "\"" + value + "\" is not one of " + Identified.ids(type)));
    }

    private static List<Object> path(List<Object> base, Object step) {
        List<Object> p = new ArrayList<>(base);
        p.add(step);
        return p;
    }
}
