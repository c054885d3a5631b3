package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.codec.ScenarioFormatException;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.EndpointFamily;
import org.agentproxy.simulation.scenario.IntegratedSps;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.World;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §7: a scenario describes the OfficeScan server's integrated SPS apart from the source lists, and the
 * scenario hosts the policy never names are warnings, not silently ignored.
 */
class ScenarioIntegratedSpsTest {

    /** The global proxy on, a standard list of one standalone SPS: the list names no integrated SPS. */
    private static final Policy STANDALONE = policy()
            .withSmartProtectionSources(new SmartProtectionSources(List.of(Fixtures.sps("sps1.example", false)),
                    List.of()))
            .withGlobalSmartProtection(new GlobalSmartProtectionScope(proxy("gsps.example", 8080), Map.of()));

    private static Scenario withIntegratedSps(IntegratedSps sps) {
        Scenario s = Fixtures.internalAgent();
        return s.withWorld(s.world().withIntegratedSps(sps));
    }

    // DESIGN §2, scope table: the OfficeScan server's "integrated Smart Protection Server (SPS) gets scan queries";
    // R5: "global SPS proxy enabled → integrated SPS"
    @Test
    void theFeaturesQueryTheServersIntegratedSpsTheScenarioDescribesWhenTheListNamesNone() {
        SimulationReport r = run(STANDALONE, withIntegratedSps(new IntegratedSps(4345, SpsProtocol.HTTPS, null)));

        assertEquals(List.of("osce.example:4345 global-sps ok R5", "smart-protection-network global-sps not-tried R5"),
                steps(r, Purposes.PREDICTIVE_MACHINE_LEARNING));
        assertTrue(r.purpose(Purposes.PREDICTIVE_MACHINE_LEARNING).attempts().get(0).explanation().contains(
                "the OfficeScan server's integrated SPS, which the scenario describes (the standard list names none)"));
        // without it, as before: the list has no integrated SPS, so the Smart Protection Network
        assertEquals(List.of("smart-protection-network global-sps ok R5"),
                steps(run(STANDALONE, Fixtures.internalAgent()), Purposes.PREDICTIVE_MACHINE_LEARNING));
        // file reputation asks the list only
        assertEquals(List.of("sps1.example:5275 direct ok R3"), steps(run(STANDALONE,
                withIntegratedSps(new IntegratedSps(4345, null, null))), Purposes.FILE_REPUTATION));
    }

    @Test
    void itsFactsAndProtocolDecideTheQuery() {
        Scenario down = withIntegratedSps(new IntegratedSps(4345, SpsProtocol.HTTPS, EndpointFacts.UNREACHABLE));
        assertEquals(List.of("osce.example:4345 global-sps failed R5", "smart-protection-network global-sps ok R5"),
                steps(run(STANDALONE, down), Purposes.BEHAVIOR_MONITORING));

        Attempt http = run(STANDALONE, withIntegratedSps(new IntegratedSps(4345, SpsProtocol.HTTP, null)))
                .purpose(Purposes.BEHAVIOR_MONITORING).attempts().get(0);
        assertEquals(Cause.HTTPS_REQUIRED, http.cause());
        assertTrue(http.reason().contains("http://osce.example:4345 is HTTP"), http.reason());

        // its facts apply where the list names it too; an exact host:port entry of the world wins
        Policy listed = Fixtures.withStandardList(STANDALONE);
        assertEquals("osce.example:4345 global-sps failed R5", steps(run(listed, down),
                Purposes.BEHAVIOR_MONITORING).get(0));
        Scenario upAgain = down.withWorld(down.world().with("osce.example:4345", EndpointFacts.REACHABLE));
        assertEquals("osce.example:4345 global-sps ok R5", steps(run(listed, upAgain),
                Purposes.BEHAVIOR_MONITORING).get(0));
    }

    @Test
    void aScenarioFileDescribesItAndWritesItBack() throws Exception {
        Scenario s = ScenarioCodec.read("""
                {"format": "agentproxy-scenario/1", "agent": {"ip": "10.1.2.3"},
                 "world": {"integratedSps": {"port": 4345, "protocol": "http", "reachable": false,
                                             "family": "ipv4-only"}}}
                """);

        assertEquals(new IntegratedSps(4345, SpsProtocol.HTTP, EndpointFacts.of(false, EndpointFamily.IPV4_ONLY)),
                s.world().integratedSps());
        assertEquals(s, ScenarioCodec.read(ScenarioCodec.write(s)));
        assertEquals(SpsProtocol.HTTPS, ScenarioCodec.read("""
                {"format": "agentproxy-scenario/1", "agent": {"ip": "10.1.2.3"},
                 "world": {"integratedSps": {"port": 4345}}}
                """).world().integratedSps().protocol());
    }

    @Test
    void aBadIntegratedSpsNamesItsField() {
        ScenarioFormatException port = assertThrows(ScenarioFormatException.class, () -> ScenarioCodec.read("""
                {"format": "agentproxy-scenario/1", "agent": {"ip": "10.1.2.3"},
                 "world": {"integratedSps": {"protocol": "https"}}}
                """));
        assertTrue(port.getMessage().startsWith("world.integratedSps.port: is missing"), port.getMessage());
        ScenarioFormatException protocol = assertThrows(ScenarioFormatException.class, () -> ScenarioCodec.read("""
                {"format": "agentproxy-scenario/1", "agent": {"ip": "10.1.2.3"},
                 "world": {"integratedSps": {"port": 4345, "protocol": "ftp"}}}
                """));
        assertTrue(protocol.getMessage().startsWith("world.integratedSps.protocol: \"ftp\" is not one of"),
                protocol.getMessage());
    }

    @Test
    void scenarioHostsThePolicyNeverNamesAreReported() {
        Policy p = Fixtures.withStandardList(policy()).withInternalAgents(
                new org.agentproxy.policy.InternalAgentsScope(proxy("proxy.example", 8080), null));
        World world = World.DEFAULT
                .with("sps1.example", EndpointFacts.UNREACHABLE)          // named: a source
                .with("sps1.exmaple", EndpointFacts.UNREACHABLE)          // a typing error
                .with("osce.example:4345", EndpointFacts.UNREACHABLE)     // named: the integrated SPS
                .with("osce.example:4346", EndpointFacts.UNREACHABLE)     // the host, not that port
                .with("proxy.example", EndpointFacts.UNREACHABLE)         // named: the internal proxy
                .with("home-proxy.example:3128", EndpointFacts.UNREACHABLE) // named by the scenario: the system proxy
                .with("[fd00::9]:80", EndpointFacts.UNREACHABLE);          // nobody's
        Scenario s = Scenario.of(AgentFacts.at("10.1.2.3").withSystemProxy(AgentProxy.of("home-proxy.example", 3128)))
                .withWorld(world);

        assertEquals(List.of(
                "world.hosts.\"sps1.exmaple\": the policy names no such host, so the entry is not used",
                "world.hosts.\"osce.example:4346\": the policy names osce.example only on port 4343, 4345, so the "
                        + "entry is not used",
                "world.hosts.\"[fd00:0:0:0:0:0:0:9]:80\": the policy names no such host, so the entry is not used"),
                run(p, s).warnings());
        assertEquals(List.of(), run(p, Fixtures.internalAgent()).warnings());
        // the shipped samples name only hosts of the sample policy
        for (String sample : List.of("internal-agent.json", "external-agent.json", "ipv6-only-agent.json")) {
            assertEquals(List.of(), run(Samples.policy("sample-policy.json"), Samples.scenario(sample)).warnings(),
                    sample);
        }
    }
}
