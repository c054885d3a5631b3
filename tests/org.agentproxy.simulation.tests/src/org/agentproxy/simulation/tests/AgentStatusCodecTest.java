package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.agentproxy.policy.Gateway;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.status.AgentStatusCodec;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.ReportedFacts;
import org.agentproxy.simulation.status.StatusFormatException;
import org.agentproxy.simulation.status.StatusLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code agentproxy-agent-status/1}: read what an agent sends, refuse what is malformed naming the field. */
class AgentStatusCodecTest {

    static AgentStatusReport sample() {
        return new AgentStatusReport("PC-0001", 7, "\"v7\"", Instant.parse("2026-12-05T10:15:30Z"),
                new ReportedFacts("10.1.2.3", new Gateway("10.1.0.1", "aa:bb:cc:dd:ee:ff"), "HQ/Lab",
                        AgentFamily.IPV4, true),
                List.of(new ObservedPath("configuration", Route.INTERNAL_SERVER, "proxy.example:8080",
                        "osce.example:4343", Outcome.OK, null),
                        new ObservedPath("file-reputation", Route.INTERNAL_SPS, null, "sps1.example:5275",
                                Outcome.FAILED, "proxy-unreachable")));
    }

    @Test
    void writtenReportReadsBackEqual() throws Exception {
        AgentStatusReport report = sample();
        assertEquals(report, AgentStatusCodec.read(AgentStatusCodec.write(report)));
    }

    @Test
    void streamedWritingIsTheTreeMemberForMember() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        AgentStatusReport bare = new AgentStatusReport("a1", 0, null, Instant.parse("2026-12-05T10:00:00Z"),
                new ReportedFacts("fd00::5", null, "", null, false), List.of());
        for (AgentStatusReport r : List.of(sample(), bare)) {
            assertEquals(mapper.writeValueAsString(AgentStatusCodec.toJson(r)),
                    new String(AgentStatusCodec.write(r), StandardCharsets.UTF_8), r.agent());
        }
    }

    @Test
    void minimalReportHasNoPurposesAndTheAddressFamily() throws Exception {
        AgentStatusReport r = read("""
                {"format":"agentproxy-agent-status/1","agent":"a1","version":0,"time":"2026-12-05T10:00:00Z",
                 "facts":{"ip":"fd00::5"},"extra":"ignored"}""");
        assertEquals("a1", r.agent());
        assertEquals(List.of(), r.purposes());
        assertEquals("fd00::5", r.facts().ip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "format|\"format\":\"agentproxy-agent-status/2\"",
        "agent|\"agent\":\"\"",
        "agent|\"agent\":7",
        "version|\"version\":-1",
        "version|\"version\":\"7\"",
        "time|\"time\":\"yesterday\"",
        "facts.ip|\"facts\":{\"ip\":\"10.1.2\"}",
        "facts.gateway.ip|\"facts\":{\"ip\":\"10.1.2.3\",\"gateway\":{\"ip\":\"x\"}}",
        "facts.family|\"facts\":{\"ip\":\"10.1.2.3\",\"family\":\"ipv6\"}",
        "facts.family|\"facts\":{\"ip\":\"10.1.2.3\",\"family\":\"ipx\"}",
        "facts.autoProxyDetected|\"facts\":{\"ip\":\"10.1.2.3\",\"autoProxyDetected\":\"yes\"}",
        "purposes|\"purposes\":{}",
        "purposes[0].via|\"purposes\":[{\"purpose\":\"logs\",\"via\":\"tunnel\",\"target\":\"s:1\",\"outcome\":\"ok\"}]",
        "purposes[0].target|\"purposes\":[{\"purpose\":\"logs\",\"via\":\"direct\",\"outcome\":\"ok\"}]",
        "purposes[0].outcome|\"purposes\":[{\"purpose\":\"logs\",\"via\":\"direct\",\"target\":\"s:1\",\"outcome\":\"not-tried\"}]",
        "purposes[0].error|\"purposes\":[{\"purpose\":\"logs\",\"via\":\"direct\",\"target\":\"s:1\",\"outcome\":\"ok\",\"error\":\"x\"}]",
        "purposes[1].purpose|\"purposes\":[{\"purpose\":\"logs\",\"via\":\"direct\",\"target\":\"s:1\",\"outcome\":\"ok\"},{\"purpose\":\"logs\",\"via\":\"direct\",\"target\":\"s:1\",\"outcome\":\"ok\"}]",
    })
    void malformedReportNamesTheField(String field, String member) {
        StatusFormatException e = assertThrows(StatusFormatException.class, () -> read(replace(member)));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void limitsAreEnforcedWithTheField() {
        byte[] report = AgentStatusCodec.write(sample());
        StatusFormatException id = assertThrows(StatusFormatException.class, () -> AgentStatusCodec.read(report,
                new StatusLimits(4096, 4, 256, 32)));
        assertEquals("agent", id.field());
        StatusFormatException text = assertThrows(StatusFormatException.class, () -> AgentStatusCodec.read(report,
                new StatusLimits(4096, 128, 12, 32)));
        assertEquals("purposes[0].proxy", text.field());
        StatusFormatException body = assertThrows(StatusFormatException.class, () -> AgentStatusCodec.read(
                new byte[300], new StatusLimits(256, 8, 8, 1)));
        assertEquals("", body.field());
        StatusFormatException purposes = assertThrows(StatusFormatException.class, () -> AgentStatusCodec.read(
                report, new StatusLimits(4096, 128, 256, 1)));
        assertEquals("purposes", purposes.field());
    }

    @Test
    void notJsonIsRefusedForTheBody() {
        StatusFormatException e = assertThrows(StatusFormatException.class, () -> read("{\"agent\":"));
        assertEquals("", e.field());
    }

    private static String replace(String member) {
        String name = member.substring(1, member.indexOf('"', 1));
        String base = """
                {"format":"agentproxy-agent-status/1","agent":"a1","version":3,"time":"2026-12-05T10:00:00Z",
                 "facts":{"ip":"10.1.2.3"},"purposes":[]}""";
        return base.replaceFirst("\"" + name + "\":(\\{[^}]*\\}|\\[[^\\]]*\\]|\"[^\"]*\"|[0-9-]+)", member
                .replace("\\", "\\\\").replace("$", "\\$"));
    }

    private static AgentStatusReport read(String json) throws StatusFormatException {
        return AgentStatusCodec.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
