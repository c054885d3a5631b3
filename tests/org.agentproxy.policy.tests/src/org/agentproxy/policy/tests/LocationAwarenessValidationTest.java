package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertErrorsAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;

import java.util.List;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Location awareness. DESIGN §2 (R0): "gateway mode — the agent's gateway IP (and MAC, if listed) in the list →
 * internal, else external. Reachability mode — server reachable → internal; else any reference server reachable →
 * internal; else external."
 */
class LocationAwarenessValidationTest {

    private static final String LOCATION = "locationAwareness";

    private static Policy gateways(Gateway... gateways) {
        return TestPolicies.withLocation(new LocationAwareness(LocationMode.GATEWAY, List.of(gateways), List.of()));
    }

    private static Policy referenceServers(HostPort... servers) {
        return TestPolicies.withLocation(new LocationAwareness(LocationMode.REACHABILITY, List.of(), List.of(servers)));
    }

    @Test
    void theSampleGatewaysAreValid() {
        assertNoProblems(TestPolicies.withLocation(Samples.samplePolicy().locationAwareness()));
    }

    @Test
    void gatewayModeNeedsAGateway() {
        Problem problem = assertOnlyErrorAt(gateways(), LOCATION + ".gateways");

        assertMentions(problem, "at least one gateway", "external");
    }

    @Test
    void reachabilityModeNeedsNoGateway() {
        assertNoProblems(referenceServers());
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.10.0.256", "gw.corp.example", "10.10.0", "fe80::1%eth0", "fd00:10:::1" })
    void aGatewayIpMustBeAnAddress(String ip) {
        Problem problem = assertOnlyErrorAt(gateways(new Gateway(ip, null)), LOCATION + ".gateways[0].ip");

        assertMentions(problem, ip, "is not an IPv4 or IPv6 address");
    }

    @Test
    void aGatewayIpIsRequired() {
        assertOnlyErrorAt(gateways(new Gateway(null, "00:1a:2b:3c:4d:5e")), LOCATION + ".gateways[0].ip");
    }

    @ParameterizedTest
    @ValueSource(strings = { "00:1a:2b:3c:4d", "00:1a:2b:3c:4d:5e:6f", "00:1a:2b:3c:4d:5g", "001a.2b3c.4d5e",
            "00:1a-2b:3c:4d:5e", "001a2b3c4d5e" })
    void aGatewayMacMustBeAMacAddress(String mac) {
        Problem problem = assertOnlyErrorAt(gateways(new Gateway("10.10.0.1", mac)), LOCATION + ".gateways[0].mac");

        assertMentions(problem, mac, "is not a MAC address");
    }

    @ParameterizedTest
    @ValueSource(strings = { "00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "AA:BB:CC:DD:EE:FF" })
    void macAddressesMayUseColonsOrHyphens(String mac) {
        assertNoProblems(gateways(new Gateway("10.10.0.1", mac)));
    }

    @ParameterizedTest(name = "{0} {1} and {2} {3}")
    @CsvSource({ "10.10.0.1, , 10.10.0.1, ", "fd00:10::1, , fd00:10:0:0:0:0:0:1, ", "fd00:10::1, , [fd00:10::1], ",
            "10.10.0.1, 00:1a:2b:3c:4d:5e, 10.10.0.1, 00-1A-2B-3C-4D-5E" })
    void theSameGatewayTwiceIsAnError(String ip0, String mac0, String ip1, String mac1) {
        Problem problem = assertOnlyErrorAt(gateways(new Gateway(ip0, mac0), new Gateway(ip1, mac1)),
                LOCATION + ".gateways[1].ip");

        assertMentions(problem, "duplicate", "gateways[0]");
    }

    @ParameterizedTest(name = "{0} {1} and {2} {3}")
    @CsvSource({ "10.10.0.1, 00:1a:2b:3c:4d:5e, 10.10.0.1, 00:1a:2b:3c:4d:5f", // one router, two MACs (failover)
            "10.10.0.1, 00:1a:2b:3c:4d:5e, 10.10.0.1, ", // with and without the MAC
            "10.10.0.1, , 10.20.0.1, " })
    void differentGatewaysAreValid(String ip0, String mac0, String ip1, String mac1) {
        assertNoProblems(gateways(new Gateway(ip0, mac0), new Gateway(ip1, mac1)));
    }

    @Test
    void aReferenceServerNeedsAHostAndAPort() {
        assertErrorsAt(referenceServers(new HostPort("ref.corp.example", 443), new HostPort(null, 0)),
                LOCATION + ".referenceServers[1].host", LOCATION + ".referenceServers[1].port");
    }

    @Test
    void aReferenceServerAddressIsChecked() {
        assertErrorsAt(referenceServers(new HostPort("ref_1.corp.example", 443), new HostPort("10.0.0.1", 65536)),
                LOCATION + ".referenceServers[0].host", LOCATION + ".referenceServers[1].port");
    }

    @Test
    void referenceServersAreCheckedInGatewayModeToo() {
        Policy policy = TestPolicies.withLocation(new LocationAwareness(LocationMode.GATEWAY,
                List.of(new Gateway("10.10.0.1", null)), List.of(new HostPort("ref.corp.example", 0))));

        assertOnlyErrorAt(policy, LOCATION + ".referenceServers[0].port");
    }
}
