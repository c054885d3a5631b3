package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertErrorsAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;

import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every proxy of a policy: enabled needs a host and a port, ports are 1-65535, a user needs a password and a password
 * a user. DESIGN §2 lists "enabled, host, port, user, password" for each of them.
 */
class ProxyEndpointValidationTest {

    /** A place a proxy goes in a policy: its field path and how to put an endpoint there. */
    record Slot(String path, Function<ProxyEndpoint, Policy> policyWith) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Slot> slots() {
        return Stream.of(new Slot("internalAgents.server", TestPolicies::withInternalServerProxy),
                new Slot("internalAgents.smartProtection", TestPolicies::withInternalSpsProxy),
                new Slot("globalSmartProtection.proxy", TestPolicies::withGlobalProxy),
                new Slot("externalAgents.serverUpdateProxy", e -> TestPolicies.withExternalAgents(
                        new ExternalAgentsScope(null, new ServerUpdateProxy(e.enabled(), ProxyProtocol.HTTP, e.host(),
                                e.port(), e.user(), e.password())))));
    }

    static Stream<Arguments> slotsAndPorts(int... ports) {
        return slots().flatMap(slot -> Arrays.stream(ports).mapToObj(port -> Arguments.of(slot, port)));
    }

    static Stream<Arguments> outOfRangePorts() {
        return slotsAndPorts(-1, 65536, 70000, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    static Stream<Arguments> validPorts() {
        return slotsAndPorts(1, 80, 8080, 65535);
    }

    @ParameterizedTest
    @MethodSource("slots")
    void aCompleteProxyIsValid(Slot slot) {
        assertNoProblems(slot.policyWith().apply(new ProxyEndpoint(true, "proxy.corp.example", 8080, "agent",
                SecretRef.forField(slot.path() + ".password"))));
    }

    @ParameterizedTest
    @MethodSource("slots")
    void aDisabledProxyNeedsNothing(Slot slot) {
        assertNoProblems(slot.policyWith().apply(ProxyEndpoint.NONE));
    }

    @ParameterizedTest
    @MethodSource("slots")
    void anEnabledProxyNeedsAHost(Slot slot) {
        Problem problem = assertOnlyErrorAt(slot.policyWith().apply(TestPolicies.proxy(null, 8080)),
                slot.path() + ".host");

        assertMentions(problem, "required when the proxy is enabled");
    }

    @ParameterizedTest
    @MethodSource("slots")
    void anEnabledProxyNeedsAPort(Slot slot) {
        Problem problem = assertOnlyErrorAt(slot.policyWith().apply(TestPolicies.proxy("proxy.corp.example", 0)),
                slot.path() + ".port");

        assertMentions(problem, "must be 1\u201365535", "the proxy is enabled");
    }

    @ParameterizedTest
    @MethodSource("slots")
    void anEnabledProxyWithNothingSetNeedsBoth(Slot slot) {
        assertErrorsAt(slot.policyWith().apply(ProxyEndpoint.NONE.withEnabled(true)), slot.path() + ".host",
                slot.path() + ".port");
    }

    @ParameterizedTest
    @MethodSource("outOfRangePorts")
    void aPortOutsideOneTo65535IsAnError(Slot slot, int port) {
        Problem problem = assertOnlyErrorAt(slot.policyWith().apply(TestPolicies.proxy("proxy.corp.example", port)),
                slot.path() + ".port");

        assertMentions(problem, "must be 1\u201365535", "not " + port);
    }

    @ParameterizedTest
    @MethodSource("validPorts")
    void aPortFromOneTo65535IsValid(Slot slot, int port) {
        assertNoProblems(slot.policyWith().apply(TestPolicies.proxy("proxy.corp.example", port)));
    }

    @ParameterizedTest
    @MethodSource("slots")
    void aUserNeedsAPassword(Slot slot) {
        Problem problem = assertOnlyErrorAt(
                slot.policyWith().apply(TestPolicies.proxy("proxy.corp.example", 8080).withUser("agent")),
                slot.path() + ".password");

        assertMentions(problem, "required when a user is set", "\"agent\"");
    }

    @ParameterizedTest
    @MethodSource("slots")
    void aPasswordNeedsAUser(Slot slot) {
        Problem problem = assertOnlyErrorAt(slot.policyWith().apply(TestPolicies.proxy("proxy.corp.example", 8080)
                .withPassword(SecretRef.forField(slot.path() + ".password"))), slot.path() + ".user");

        assertMentions(problem, "required when a password is set");
    }

    @ParameterizedTest
    @MethodSource("slots")
    void theHostIsChecked(Slot slot) {
        Problem problem = assertOnlyErrorAt(slot.policyWith().apply(TestPolicies.proxy("proxy..corp.example", 8080)),
                slot.path() + ".host");

        assertMentions(problem, "proxy..corp.example");
    }

    @ParameterizedTest
    @ValueSource(strings = { "proxy.corp.example", "bücher.example", "10.0.0.8", "2001:db8::8", "[2001:db8::8]" })
    void namesAndAddressesAreValidHosts(String host) {
        assertNoProblems(TestPolicies.withInternalServerProxy(TestPolicies.proxy(host, 8080)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "user", "password" })
    void theExternalAgentsCredentialsComeInPairs(String given) {
        Credentials credentials = given.equals("user") ? new Credentials("roaming", null)
                : new Credentials(null, SecretRef.forField("externalAgents.systemProxyCredentials.password"));
        String missing = given.equals("user") ? "password" : "user";

        assertOnlyErrorAt(TestPolicies.withExternalAgents(new ExternalAgentsScope(credentials, null)),
                "externalAgents.systemProxyCredentials." + missing);
    }
}
