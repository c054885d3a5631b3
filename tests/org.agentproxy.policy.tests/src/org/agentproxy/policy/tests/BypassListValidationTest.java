package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;

import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bypass list: hosts, {@code *.domain}, addresses, CIDR ranges and {@code <local>}, reached without a proxy.
 * (DESIGN §2, "What no peer console offers": "bypass lists".)
 */
class BypassListValidationTest {

    @ParameterizedTest
    @ValueSource(strings = { "<local>", "*.corp.example", "10.0.0.0/8", "fd00::/8", "intranet.corp.example",
            "localhost", "10.1.2.3", "::1", "[fd00::1]", "10.1.2.3/32", "0.0.0.0/0", "::/0", "fd00::/128",
            "*.bücher.example" })
    void validEntries(String entry) {
        assertNoProblems(TestPolicies.withBypassList(entry));
    }

    @Test
    void theSampleBypassListIsValid() {
        assertNoProblems(TestPolicies.withBypassList(Samples.samplePolicy().bypassList().toArray(String[]::new)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.0/33", "fd00::/129", "10.0.0.0/", "/8", "10.0.0.0/x", "10.0.0.0/-1",
            "10.0.0.0/8/8", "intranet.corp.example/8", "10.0.0/8", "fd00:::/8" })
    void aBadCidrRangeIsAnError(String entry) {
        Problem problem = assertOnlyErrorAt(TestPolicies.withBypassList("<local>", entry), "bypassList[1]");

        assertMentions(problem, "is not a CIDR range");
    }

    @ParameterizedTest
    @ValueSource(strings = { "bad host", "*", "*.", "*.bad..example", "under_score.example", "-bad.example", "256.1.1.1",
            "intranet.corp.example:8080", "*corp.example", "local>" })
    void aBadHostEntryIsAnError(String entry) {
        Problem problem = assertOnlyErrorAt(TestPolicies.withBypassList("<local>", entry), "bypassList[1]");

        assertMentions(problem, "is not a host, *.domain, address, CIDR range or <local>");
    }

    @Test
    void blankEntriesAreDropped() {
        assertNoProblems(TestPolicies.withBypassList(" ", "<local>", ""));
        assertNoProblems(TestPolicies.withBypassList("  *.corp.example  "));
    }
}
