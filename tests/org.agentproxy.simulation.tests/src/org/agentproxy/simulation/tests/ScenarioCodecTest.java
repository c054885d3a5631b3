package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.codec.ScenarioFormatException;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.EndpointFamily;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.agentproxy.simulation.scenario.SpsExhaustion;
import org.agentproxy.simulation.scenario.World;
import org.junit.jupiter.api.Test;

/** The scenario format {@code agentproxy-scenario/1}: defaults, round trip, and errors with field path and line. */
class ScenarioCodecTest {

    private static ScenarioFormatException reject(String json) {
        return assertThrows(ScenarioFormatException.class, () -> ScenarioCodec.read(json));
    }

    @Test
    void aMinimalScenarioTakesEveryDefault() throws Exception {
        Scenario s = ScenarioCodec.read("{\"format\": \"agentproxy-scenario/1\", \"agent\": {\"ip\": \"fd00::1\"}}");

        assertEquals(AgentFamily.IPV6, s.agent().family());
        assertEquals(World.DEFAULT, s.world());
        assertEquals(SimulationParameters.DEFAULTS, s.parameters());
        assertNull(s.agent().systemProxy());
        assertEquals("", s.agent().domain());
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        AgentFacts agent = AgentFacts.at("10.1.2.3").withId("ws-1").withFamily(AgentFamily.DUAL)
                .withGateway("10.1.0.1", "00:1a:2b:3c:4d:5e").withDomain("HQ/Lab").withAutoProxyDetected(true)
                .withAutomaticProxy(new AgentProxy(null, 0, EndpointFacts.UNREACHABLE))
                .withSystemProxy(new AgentProxy("sys.example", 8080, EndpointFacts.of(true, EndpointFamily.IPV4_ONLY)))
                .withUserProxy(AgentProxy.of("fd00::3", 3128));
        World world = new World(false, EndpointFamily.IPV4_ONLY, EndpointFacts.DUAL_STACK, EndpointFacts.UNREACHABLE,
                null).with("SPS1.example", EndpointFacts.REACHABLE).with("[fd00::9]:443", EndpointFacts.UNREACHABLE);
        SimulationParameters params = SimulationParameters.DEFAULTS.withLocationProbeUsesInternalProxy(true)
                .withWhenEverySpsFails(SpsExhaustion.SMART_PROTECTION_NETWORK)
                .withDirectFallbackPurposes(List.of("logs")).withInternalAgentsToSpn(Route.DIRECT);
        Scenario s = new Scenario("Name", "Text", agent, world, params);

        String json = ScenarioCodec.write(s);

        assertTrue(json.startsWith("{\n  \"format\" : \"agentproxy-scenario/1\""), json);
        assertEquals(s, ScenarioCodec.read(json));
        assertTrue(world.hosts().containsKey("sps1.example"), "host keys are canonical: " + world.hosts());
        assertTrue(world.hosts().containsKey("[fd00:0:0:0:0:0:0:9]:443"), world.hosts().toString());
    }

    @Test
    void aHostPortEntryWinsOverItsHost() {
        World w = World.DEFAULT.with("osce.example", EndpointFacts.REACHABLE)
                .with("osce.example:4345", EndpointFacts.UNREACHABLE);

        assertEquals(false, w.facts("OSCE.example", 4345).reachable());
        assertEquals(true, w.facts("osce.example", 4343).reachable());
        assertEquals(EndpointFamily.DUAL_STACK, w.facts("osce.example", 4343).family());
        assertEquals(EndpointFamily.IPV4_ONLY, w.facts("10.0.0.1", 80).family());
    }

    @Test
    void theFormatIsCheckedFirst() {
        assertEquals("format: unsupported format \"agentproxy-scenario/9\"; this version of Agent Proxy Studio reads "
                + "\"agentproxy-scenario/1\" (line 1, column 12)",
                reject("{\"format\": \"agentproxy-scenario/9\", \"agent\": {}}").getMessage());
        assertEquals("format", reject("{\"agent\": {\"ip\": \"10.0.0.1\"}}").field());
        assertTrue(reject("[1]").getMessage().contains("expected a JSON object"));
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() {
        ScenarioFormatException e = reject("""
                {"format": "agentproxy-scenario/1",
                 "agent": {"ip": "10.0.0.1",
                   "gatway": {"ip": "10.0.0.254"}}}
                """);

        assertEquals("agent.gatway", e.field());
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("unknown field \"gatway\"; expected one of: addressFamily,"), e.reason());
    }

    @Test
    void aWrongTypeIsNamed() {
        ScenarioFormatException e = reject("""
                {"format": "agentproxy-scenario/1",
                 "agent": {"ip": "10.0.0.1", "userProxy": {"host": "p.example", "port": "3128"}}}
                """);

        assertEquals("agent.userProxy.port", e.field());
        assertEquals("expected a whole number", e.reason());
        assertEquals(2, e.line());
    }

    @Test
    void badValuesAreNamedWithTheirPath() {
        assertEquals("agent.ip: \"10.0.0.300\" is not an IPv4 or IPv6 address (line 2, column 18)", reject("""
                {"format": "agentproxy-scenario/1",
                 "agent": {"ip": "10.0.0.300"}}
                """).getMessage());
        assertEquals("agent.addressFamily", reject(doc("\"ip\": \"10.0.0.1\", \"addressFamily\": \"ipv6\"", ""))
                .field());
        assertTrue(reject(doc("\"ip\": \"10.0.0.1\", \"addressFamily\": \"v4\"", "")).reason()
                .contains("is not one of \"ipv4\", \"ipv6\", \"dual\""));
        assertEquals("agent.gateway.mac", reject(doc("\"ip\": \"10.0.0.1\", \"gateway\": {\"ip\": \"10.0.0.254\", "
                + "\"mac\": \"00:11\"}", "")).field());
        assertEquals("agent", reject("{\"format\": \"agentproxy-scenario/1\"}").field());
    }

    @Test
    void worldAndParameterErrorsAreNamed() {
        ScenarioFormatException key = reject(doc("\"ip\": \"10.0.0.1\"",
                ", \"world\": {\"hosts\": {\"sps1.example:99999\": {\"reachable\": false}}}"));
        assertEquals("world.hosts[\"sps1.example:99999\"]", key.field());
        assertTrue(key.line() > 0);

        ScenarioFormatException family = reject(doc("\"ip\": \"10.0.0.1\"",
                ", \"world\": {\"hosts\": {\"sps1.example\": {\"family\": \"ipv4\"}}}"));
        assertEquals("world.hosts[\"sps1.example\"].family", family.field());
        assertTrue(family.reason().contains("\"ipv4-only\", \"ipv6-only\", \"dual-stack\""), family.reason());

        ScenarioFormatException route = reject(doc("\"ip\": \"10.0.0.1\"",
                ", \"parameters\": {\"externalAgentsToServer\": \"internal-sps\"}"));
        assertEquals("parameters.externalAgentsToServer", route.field());
        assertEquals("\"internal-sps\" is not one of [\"direct\", \"system\"]", route.reason());

        assertEquals("parameters.directFallbackPurposes[1]", reject(doc("\"ip\": \"10.0.0.1\"",
                ", \"parameters\": {\"directFallbackPurposes\": [\"logs\", \"Logs!\"]}")).field());
    }

    @Test
    void duplicateKeysAndTrailingContentAreRejected() {
        assertTrue(reject(doc("\"ip\": \"10.0.0.1\", \"ip\": \"10.0.0.2\"", "")).getMessage()
                .contains("duplicate field \"ip\""));
        assertTrue(reject(doc("\"ip\": \"10.0.0.1\"", "") + " {}").getMessage()
                .contains("unexpected content after the scenario object"));
    }

    private static String doc(String agentMembers, String rest) {
        return "{\"format\": \"agentproxy-scenario/1\", \"agent\": {" + agentMembers + "}" + rest + "}";
    }
}
