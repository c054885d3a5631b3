package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.IntegratedSpsAvailability;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.agentproxy.simulation.scenario.SpsExhaustion;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §7: every sentence the engine writes — explanations, reasons, paths — over a matrix of policies, agents
 * and parameters that reaches every rule and every way of connecting, and none has doubled parentheses ("((", "))",
 * two groups in a row) or repeats a word in parentheses ("via automatic (automatic)").
 */
class ExplanationWordingTest {

    /** Two groups in a row, one inside another at an edge, or a word repeated in parentheses right after it. */
    private static final List<Pattern> DOUBLED = List.of(Pattern.compile("\\(\\("), Pattern.compile("\\)\\)"),
            Pattern.compile("\\)\\s*\\("), Pattern.compile("(?<![\\w-])([\\w.:-]+) \\(\\1\\)"));

    /** The sample policy's gateway: an agent behind it is internal. */
    private static final String GATEWAY = "10.10.0.1";
    private static final String GATEWAY_MAC = "00:1a:2b:3c:4d:5e";

    @Test
    void noExplanationHasDoubledParentheses() {
        Set<String> sentences = new LinkedHashSet<>();
        Set<Route> routes = new LinkedHashSet<>();
        int reports = 0;
        for (Policy policy : policies()) {
            for (Scenario scenario : scenarios()) {
                for (SimulationParameters parameters : parameters()) {
                    SimulationReport r = PathEngine.simulate(policy, scenario.withParameters(parameters));
                    reports++;
                    collect(r, sentences, routes);
                }
            }
        }

        List<String> doubled = new ArrayList<>();
        for (String s : sentences) {
            for (Pattern p : DOUBLED) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    doubled.add("\"" + m.group() + "\" in: " + s);
                }
            }
        }
        assertEquals(List.of(), doubled);
        // the matrix reaches every way of connecting, so every explanation template was rendered
        assertEquals(Set.of(Route.values()), routes, "routes reached");
        assertTrue(reports >= 400 && sentences.size() > 150, reports + " reports, " + sentences.size() + " sentences");
    }

    @Test
    void theMatrixShowsTheFormerDoublingsFixed() {
        // the automatic proxy without an address: "via automatic", not "via automatic (automatic)"
        Policy automatic = Samples.policy("sample-policy.json").withAutomaticProxy(new AutomaticProxy(true, null));
        Scenario detects = Scenario.of(AgentFacts.at("10.1.2.3").withAutoProxyDetected(true));
        Attempt a = PathEngine.simulate(automatic, detects).purpose(Purposes.COMPONENT_UPDATE).attempts().get(0);
        assertEquals(Route.AUTOMATIC, a.via());
        assertTrue(a.path().endsWith(" via automatic"), a.path());
        // a parameter's note joins the proxy's own parentheses
        Policy internalSps = Samples.policy("sample-policy.json").withBypassList(List.of());
        Scenario toSpn = Scenario.of(AgentFacts.at("10.1.2.3").withGateway(GATEWAY, GATEWAY_MAC))
                .withParameters(SimulationParameters.DEFAULTS.withInternalAgentsToSpn(Route.INTERNAL_SPS));
        Attempt web = PathEngine.simulate(internalSps.withWebReputation(
                new org.agentproxy.policy.WebReputation(false)), toSpn).purpose(Purposes.WEB_REPUTATION).attempts()
                .get(0);
        assertTrue(web.explanation().contains("through the internal proxy (SPS section; internalAgentsToSpn = "
                + "internal-sps)"), web.explanation());
    }

    private static void collect(SimulationReport r, Set<String> sentences, Set<Route> routes) {
        sentences.add(r.location().explanation());
        for (Attempt a : r.location().attempts()) {
            add(a, sentences, routes);
        }
        for (PurposeReport p : r.purposes()) {
            if (p.reason() != null) {
                sentences.add(p.reason());
            }
            for (Attempt a : p.attempts()) {
                add(a, sentences, routes);
            }
        }
    }

    private static void add(Attempt a, Set<String> sentences, Set<Route> routes) {
        routes.add(a.via());
        sentences.add(a.explanation());
        sentences.add(a.path());
        if (a.reason() != null) {
            sentences.add(a.reason());
        }
    }

    private static List<Policy> policies() {
        Policy sample = Samples.policy("sample-policy.json");
        Policy noBypass = sample.withBypassList(List.of());
        Policy allOff = noBypass.withInternalAgents(org.agentproxy.policy.InternalAgentsScope.DEFAULT)
                .withGlobalSmartProtection(GlobalSmartProtectionScope.DEFAULT);
        FeatureSettings off = new FeatureSettings(false, Map.of());
        Policy featuresOff = noBypass.withGlobalSmartProtection(noBypass.globalSmartProtection()
                .withFeature(Purposes.PREDICTIVE_MACHINE_LEARNING, off)
                .withFeature(Purposes.BEHAVIOR_MONITORING, off));
        Policy unset = noBypass.withGlobalSmartProtection(new GlobalSmartProtectionScope(
                noBypass.globalSmartProtection().proxy(), Map.of()));
        Policy httpIntegrated = noBypass.withSmartProtectionSources(new SmartProtectionSources(
                List.of(new SpsSource("osce.corp.example", 4345, SpsProtocol.HTTP, true),
                        new SpsSource("sps1.corp.example", 5275, SpsProtocol.HTTPS, false)),
                noBypass.smartProtectionSources().customLists()));
        Policy automatic = sample.withAutomaticProxy(new AutomaticProxy(true, "http://wpad.corp.example/proxy.pac"));
        Policy fallback = noBypass.withDirectFallback(true).withWebReputation(
                new org.agentproxy.policy.WebReputation(true));
        Policy noServerProxy = sample.withExternalAgents(new org.agentproxy.policy.ExternalAgentsScope(
                new org.agentproxy.policy.Credentials("roaming", null),
                org.agentproxy.policy.ServerUpdateProxy.NONE));
        Policy emptyLists = allOff.withSmartProtectionSources(new SmartProtectionSources(List.of(), List.of()));
        Policy reachability = noBypass.withLocationAwareness(new org.agentproxy.policy.LocationAwareness(
                org.agentproxy.policy.LocationMode.REACHABILITY, List.of(),
                List.of(new org.agentproxy.policy.HostPort("ref.corp.example", 443))));
        return List.of(sample, noBypass, reachability, allOff, featuresOff, unset, httpIntegrated, automatic, fallback,
                noServerProxy, emptyLists, sample.withGlobalSmartProtection(new GlobalSmartProtectionScope(
                        new ProxyEndpoint(false, "proxy.corp.example", 8080, null, null), Map.of())));
    }

    private static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        out.add(Samples.scenario("internal-agent.json"));
        out.add(Samples.scenario("external-agent.json"));
        out.add(Samples.scenario("ipv6-only-agent.json"));
        AgentFacts hq = AgentFacts.at("10.1.2.3").withId("hq-lab-0042").withDomain("Headquarters")
                .withGateway(GATEWAY, GATEWAY_MAC);
        out.add(Scenario.of(hq.withAutoProxyDetected(true)));
        out.add(Scenario.of(hq.withAutoProxyDetected(true).withAutomaticProxy(new AgentProxy("auto.corp.example",
                3128, EndpointFacts.UNREACHABLE)).withUserProxy(AgentProxy.of("user.example", 8080))));
        out.add(Scenario.of(AgentFacts.at("192.0.2.7").withId("nb-7").withDomain("Field Sales")
                .withSystemProxy(AgentProxy.of("proxy.hotel.example", 8080))
                .withUserProxy(AgentProxy.of("10.9.9.9", 8080))));
        out.add(Scenario.of(AgentFacts.at("fd00:20::9").withFamily(AgentFamily.IPV6).withDomain("Branch Lyon")
                .withAutoProxyDetected(true)));
        Scenario down = Samples.scenario("internal-agent.json");
        for (String host : List.of("osce.corp.example", "sps1.corp.example", "sps2.corp.example",
                "proxy.corp.example")) {
            down = down.withWorld(down.world().with(host, EndpointFacts.UNREACHABLE));
        }
        out.add(down);
        return out;
    }

    private static List<SimulationParameters> parameters() {
        SimulationParameters d = SimulationParameters.DEFAULTS;
        return List.of(d,
                d.withLocationProbeUsesInternalProxy(true).withWhenEverySpsFails(SpsExhaustion.SMART_PROTECTION_NETWORK)
                        .withInternalAgentsToSpn(Route.INTERNAL_SPS).withFeaturesWithoutGlobalProxy(Route.INTERNAL_SPS),
                d.withIntegratedSpsAvailable(IntegratedSpsAvailability.WHEN_LISTED)
                        .withOwnIntegratedSpsProxy(Route.INTERNAL_SPS).withExternalAgentsToServer(Route.SYSTEM)
                        .withInternalAgentsToSpn(Route.DIRECT),
                d.withExternalAgentsToServer(Route.SYSTEM).withInternalAgentsToSpn(Route.SYSTEM)
                        .withWhenEverySpsFails(SpsExhaustion.SMART_PROTECTION_NETWORK)
                        .withDirectFallbackPurposes(List.of(Purposes.FILE_REPUTATION, Purposes.CONFIGURATION)),
                d.withFeaturesWithoutGlobalProxy(Route.INTERNAL_SPS).withOwnIntegratedSpsProxy(Route.INTERNAL_SERVER)
                        .withLocationProbeUsesInternalProxy(true));
    }
}
