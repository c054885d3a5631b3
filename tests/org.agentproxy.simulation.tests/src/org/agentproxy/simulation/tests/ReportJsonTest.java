package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Identified;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.codec.ReportJson;
import org.agentproxy.simulation.impact.FleetImpact;
import org.junit.jupiter.api.Test;

/** The JSON reports use exactly the documented names, which scripts rely on. */
class ReportJsonTest {

    private static final String SIMULATION = ReportJson.write(PathEngine.simulate(Samples.policy("sample-policy.json"),
            Samples.scenario("ipv6-only-agent.json")));

    private static Set<String> values(String json, String member) {
        Matcher m = Pattern.compile("\"" + member + "\" : \"([^\"]*)\"").matcher(json);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    private static <E extends Enum<E> & Identified> Set<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.toSet());
    }

    @Test
    void theNamesAreTheDocumentedOnes() {
        assertEquals(List.of("configuration", "logs", "component-update", "update-now", "file-reputation",
                "web-reputation", "predictive-machine-learning", "behavior-monitoring", "server-update"),
                Purposes.BUILT_IN);
        assertEquals(Set.of("direct", "automatic", "internal-server", "internal-sps", "system", "user", "global-sps",
                "server-update"), ids(Route.class));
        assertEquals(Set.of("ok", "failed", "not-tried"), ids(Outcome.class));
        assertEquals(Set.of("R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7"), ids(Rule.class));
        assertEquals(Set.of("unreachable", "proxy-unreachable", "address-family", "https-required",
                "not-in-gateway-list", "no-target"), ids(Cause.class));
    }

    @Test
    void theSimulationReportUsesThem() {
        assertTrue(SIMULATION.startsWith("{\n  \"format\" : \"agentproxy-simulation/2\",\n  \"policy\" : "
                + "\"Headquarters\","), SIMULATION);
        assertEquals(Set.copyOf(Purposes.BUILT_IN), values(SIMULATION, "purpose"));
        assertTrue(ids(Route.class).containsAll(values(SIMULATION, "via")));
        assertTrue(ids(Outcome.class).containsAll(values(SIMULATION, "outcome")));
        assertTrue(values(SIMULATION, "rule").containsAll(Set.of("R0", "R2", "R3", "R5", "R6", "R7")));
        assertEquals(Set.of("internal"), values(SIMULATION, "result"));
    }

    @Test
    void aFailedAttemptCarriesItsCauseAndReason() {
        int at = SIMULATION.indexOf("\"target\" : \"sps1.corp.example:5275\"");
        String attempt = SIMULATION.substring(at, SIMULATION.indexOf('}', at));

        assertEquals(List.of("\"target\" : \"sps1.corp.example:5275\",", "\"via\" : \"direct\",",
                "\"outcome\" : \"failed\",", "\"cause\" : \"address-family\",",
                "\"reason\" : \"the IPv6-only agent cannot reach the IPv4-only sps1.corp.example:5275 without a "
                        + "dual-stack proxy\",", "\"rule\" : \"R7\",", "\"routedBy\" : \"R3\","),
                attempt.lines().map(String::strip).limit(7).toList());
    }

    // format version 1 stays available for the readers written against it: no routedBy, no warnings, and an
    // automatic proxy without address named "automatic"
    @Test
    void versionOneIsWrittenAsBefore() {
        var report = PathEngine.simulate(Samples.policy("sample-policy.json")
                .withAutomaticProxy(new AutomaticProxy(true, null)), Samples.scenario("ipv6-only-agent.json")
                .withAgent(Samples.scenario("ipv6-only-agent.json").agent().withAutoProxyDetected(true)));
        String v1 = ReportJson.write(report, 1);
        String v2 = ReportJson.write(report);

        assertTrue(v1.startsWith("{\n  \"format\" : \"agentproxy-simulation/1\","), v1);
        assertEquals(Set.of(), values(v1, "routedBy"));
        assertTrue(values(v2, "routedBy").contains("R3"), v2);
        assertTrue(values(v1, "proxy").contains("automatic"), v1);
        assertTrue(!values(v2, "proxy").contains("automatic"), v2);
        assertThrows(IllegalArgumentException.class, () -> ReportJson.write(report, 3));
    }

    @Test
    void theImpactReportListsEveryLostPath() {
        String json = ReportJson.write(FleetImpact.analyze(Samples.policy("sample-policy.json"),
                Samples.policy("sample-policy-next.json"), Samples.fleet()));

        assertTrue(json.startsWith("{\n  \"format\" : \"agentproxy-impact/1\",\n  \"from\" : \"Headquarters\",\n"
                + "  \"to\" : \"Headquarters (next)\",\n  \"agents\" : 7,\n  \"purposes\" : [\n    {\n"
                + "      \"purpose\" : \"configuration\",\n      \"kept\" : 2,\n      \"changed\" : 4,\n"
                + "      \"gained\" : 0,\n      \"lost\" : 1\n    },"), json);
        assertEquals(Set.of("lyon-ws-0008"), values(json, "agent"));
        assertEquals(Set.of("configuration", "logs", "component-update"),
                values(json.substring(json.indexOf("\"lost\" : [")), "purpose"));
    }
}
