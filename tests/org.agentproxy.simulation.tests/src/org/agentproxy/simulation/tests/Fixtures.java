package org.agentproxy.simulation.tests;

import java.util.List;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.policy.WebReputation;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.World;

/**
 * Policies and scenarios the rule tests start from, and a compact form of attempts to assert on:
 * {@code "target via outcome rule"}, e.g. {@code "osce.example:4343 internal-server ok R1"}.
 */
final class Fixtures {

    static final String SERVER = "osce.example";
    static final String SERVER_AT = "osce.example:4343";
    static final String PROXY_AT = "proxy.example:8080";

    private Fixtures() {
    }

    /** A policy for osce.example:4343 in reachability mode with every proxy off and empty lists. */
    static Policy policy() {
        return Policy.create("Test", new HostPort(SERVER, 4343));
    }

    static ProxyEndpoint proxy(String host, int port) {
        return new ProxyEndpoint(true, host, port, null, null);
    }

    static SpsSource sps(String host, boolean integrated) {
        return new SpsSource(host, integrated ? 4345 : 5275, SpsProtocol.HTTPS, integrated);
    }

    /** The standard list: the server's integrated SPS, then sps1 and sps2. */
    static Policy withStandardList(Policy p) {
        return p.withSmartProtectionSources(new SmartProtectionSources(
                List.of(sps(SERVER, true), sps("sps1.example", false), sps("sps2.example", false)), List.of()));
    }

    static Policy withBypass(Policy p, List<String> bypass) {
        return copy(p, p.webReputation(), p.updates(), bypass, p.directFallback());
    }

    static Policy withDirectFallback(Policy p, boolean fallback) {
        return copy(p, p.webReputation(), p.updates(), p.bypassList(), fallback);
    }

    static Policy withUpdates(Policy p, boolean allowActiveUpdate, UpdateSource... sources) {
        return copy(p, p.webReputation(), new UpdateSettings(List.of(sources), allowActiveUpdate), p.bypassList(),
                p.directFallback());
    }

    static Policy withWebReputationToSps(Policy p, boolean toSps) {
        return copy(p, new WebReputation(toSps), p.updates(), p.bypassList(), p.directFallback());
    }

    private static Policy copy(Policy p, WebReputation web, UpdateSettings updates, List<String> bypass,
            boolean fallback) {
        return new Policy(p.name(), p.description(), p.server(), p.internalAgents(), p.externalAgents(),
                p.globalSmartProtection(), p.userProxyPrivilege(), p.automaticProxy(), p.locationAwareness(),
                p.smartProtectionSources(), web, updates, bypass, fallback);
    }

    /** An IPv4 agent that reaches the server (reachability mode: internal). */
    static Scenario internalAgent() {
        return Scenario.of(AgentFacts.at("10.1.2.3").withId("ws-1"));
    }

    /** An IPv4 agent that does not reach the server nor any reference server (reachability mode: external). */
    static Scenario externalAgent() {
        return Scenario.of(AgentFacts.at("192.0.2.10").withId("nb-1"))
                .withWorld(World.DEFAULT.with(SERVER_AT, EndpointFacts.UNREACHABLE));
    }

    static Scenario down(Scenario s, String... endpoints) {
        World w = s.world();
        for (String e : endpoints) {
            w = w.with(e, EndpointFacts.UNREACHABLE);
        }
        return s.withWorld(w);
    }

    static SimulationReport run(Policy p, Scenario s) {
        return PathEngine.simulate(p, s);
    }

    /** The attempts of a purpose as {@code "target via outcome rule"}. */
    static List<String> steps(SimulationReport r, String purpose) {
        return steps(r.purpose(purpose));
    }

    static List<String> steps(PurposeReport p) {
        return p.attempts().stream().map(Fixtures::step).toList();
    }

    static String step(Attempt a) {
        return a.target() + " " + a.via().id() + " " + a.outcome().id() + " " + a.rule().id();
    }
}
