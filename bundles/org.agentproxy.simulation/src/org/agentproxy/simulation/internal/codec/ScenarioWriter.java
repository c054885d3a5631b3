package org.agentproxy.simulation.internal.codec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.agentproxy.simulation.Identified;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.IntegratedSps;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.agentproxy.simulation.scenario.World;

/** A {@link Scenario} as the document the codec writes: every value explicit, so a file shows every choice. */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    static ScenarioDocument.Root toDocument(Scenario s) {
        return new ScenarioDocument.Root(s.name(), s.description(), agent(s.agent()), world(s.world()),
                parameters(s.parameters()));
    }

    private static ScenarioDocument.Agent agent(AgentFacts a) {
        return new ScenarioDocument.Agent(a.id(), a.ip(), a.family().id(),
                a.gateway() == null ? null : new ScenarioDocument.Gateway(a.gateway().ip(), a.gateway().mac()),
                a.domain().isEmpty() ? null : a.domain(), a.autoProxyDetected(), proxy(a.automaticProxy()),
                proxy(a.systemProxy()), proxy(a.userProxy()));
    }

    private static ScenarioDocument.Proxy proxy(AgentProxy p) {
        if (p == null) {
            return null;
        }
        EndpointFacts f = p.facts();
        return new ScenarioDocument.Proxy(p.host(), p.host() == null ? null : p.port(),
                f == null ? null : f.reachable(), f == null ? null : id(f.family()));
    }

    private static ScenarioDocument.World world(World w) {
        Map<String, ScenarioDocument.Facts> hosts = new LinkedHashMap<>();
        w.hosts().forEach((k, v) -> hosts.put(k, facts(v)));
        return new ScenarioDocument.World(w.defaultReachable(), w.defaultFamily().id(),
                facts(w.smartProtectionNetwork()), facts(w.activeUpdate()), integratedSps(w.integratedSps()),
                hosts.isEmpty() ? null : hosts);
    }

    private static ScenarioDocument.IntegratedSps integratedSps(IntegratedSps i) {
        if (i == null) {
            return null;
        }
        EndpointFacts f = i.facts();
        return new ScenarioDocument.IntegratedSps(i.port(), i.protocol().name().toLowerCase(Locale.ROOT),
                f == null ? null : f.reachable(), f == null ? null : id(f.family()));
    }

    private static ScenarioDocument.Facts facts(EndpointFacts f) {
        return new ScenarioDocument.Facts(f.reachable(), id(f.family()));
    }

    private static ScenarioDocument.Parameters parameters(SimulationParameters p) {
        return new ScenarioDocument.Parameters(p.locationProbeUsesInternalProxy(), p.whenEverySpsFails().id(),
                p.integratedSpsAvailable().id(), p.directFallbackPurposes(), p.ownIntegratedSpsProxy().id(),
                p.externalAgentsToServer().id(), p.internalAgentsToSpn().id(), p.featuresWithoutGlobalProxy().id());
    }

    private static String id(Identified value) {
        return value == null ? null : value.id();
    }
}
