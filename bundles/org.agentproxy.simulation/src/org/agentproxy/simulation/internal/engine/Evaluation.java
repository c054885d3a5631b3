package org.agentproxy.simulation.internal.engine;

import java.util.List;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.LocationReport;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.IntegratedSps;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;

/** One simulation: the policy, the scenario and what every rule needs to know about the agent. Not shared. */
final class Evaluation {

    /** The agent's source list (R3): a custom list by IP range, or the standard list ({@code name == null}). */
    record Sources(String name, String range, List<SpsSource> list) {

        String describe() {
            return name == null ? Messages.Evaluation_standardList : Messages.bind(Messages.Evaluation_customList, name, range);
        }
    }

    final Policy policy;
    final AgentFacts agent;
    final SimulationParameters params;
    final Network network;
    final Routes routes;
    final Party agentParty;
    final Endpoint server;
    final LocationReport location;
    final boolean internal;
    final Sources sources;
    final boolean granted;
    final boolean automaticProxyUsed;
    private final Executor executor;

    Evaluation(Policy policy, Scenario scenario) {
        this.policy = policy;
        this.agent = scenario.agent();
        this.params = scenario.parameters();
        this.network = new Network(scenario.world().resolved(policy.server() == null ? null
                : policy.server().host()));
        this.routes = new Routes(policy, agent, network);
        this.executor = new Executor(network);
        this.agentParty = new Party(Messages.bind(Messages.Evaluation_agent, agent.family().label()),
                agent.family().mask());
        this.server = policy.server() == null || policy.server().host() == null ? null
                : network.target(policy.server().host(), policy.server().port());
        this.location = LocationRule.decide(this);
        this.internal = location.location() == Location.INTERNAL;
        this.sources = sources(policy, agent);
        this.granted = policy.userProxyPrivilege().isGranted(agent.privilegePath()).orElse(false);
        this.automaticProxyUsed = policy.automaticProxy().enabled() && agent.autoProxyDetected();
    }

    Executor executor() {
        return executor;
    }

    /** Whether the policy's direct fallback applies to a purpose. */
    boolean fallback(String purpose) {
        return policy.directFallback() && params.directFallbackApplies(purpose);
    }

    /** Runs an agent's steps for a purpose. */
    PurposeReport run(String purpose, List<Step> steps, String noTarget) {
        return executor.run(purpose, agentParty, steps, fallback(purpose), noTarget);
    }

    /**
     * The OfficeScan server's integrated SPS as the scenario describes it apart from the lists, as a source on the
     * policy's server host; {@code null} when the scenario does not describe it or the policy names no server.
     */
    SpsSource scenarioIntegratedSps() {
        IntegratedSps sps = network.integratedSps();
        return sps == null || server == null ? null : new SpsSource(server.host(), sps.port(), sps.protocol(), true);
    }

    private static Sources sources(Policy policy, AgentFacts agent) {
        List<CustomSourceList> custom = policy.smartProtectionSources().customLists();
        IpBits ip = IpBits.of(IpAddresses.parse(agent.ip()).orElseThrow());
        int i = SourceLists.indexOf(SourceLists.ranges(custom), ip.v6(), ip.hi(), ip.lo());
        return i < 0 ? new Sources(null, null, policy.smartProtectionSources().standardList())
                : new Sources(custom.get(i).name(), String.valueOf(custom.get(i).range()), custom.get(i).sources());
    }
}
