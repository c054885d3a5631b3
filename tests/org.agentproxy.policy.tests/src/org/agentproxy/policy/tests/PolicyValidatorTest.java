package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertErrorsAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.policy.validation.Severity;
import org.junit.jupiter.api.Test;

/** The validator as a whole: the sample, the policy's own fields, the order and form of problems. */
class PolicyValidatorTest {

    @Test
    void theSampleHasNoErrorButThePrivilegeWarning() {
        List<Problem> problems = PolicyValidator.validate(Samples.samplePolicy());

        assertEquals(1, problems.size(), () -> "problems: " + problems);
        Problem warning = problems.get(0);
        assertEquals("userProxyPrivilege.root", warning.path());
        assertEquals(Severity.WARNING, warning.severity());
        // DESIGN §2: "A user-configured proxy is used only for "Update Now" ... Wrong user settings break updates: warn"
        assertMentions(warning, "Update Now", "breaks updates");
        assertTrue(PolicyValidator.isValid(Samples.samplePolicy()), "warnings do not make a policy invalid");
    }

    @Test
    void aNewPolicyHasNoProblem() {
        assertNoProblems(TestPolicies.valid());
        assertTrue(PolicyValidator.isValid(TestPolicies.valid()));
    }

    @Test
    void theNameIsRequired() {
        assertOnlyErrorAt(TestPolicies.withNameAndServer(null, TestPolicies.SERVER), "name");
        assertOnlyErrorAt(TestPolicies.withNameAndServer("   ", TestPolicies.SERVER), "name");
    }

    @Test
    void theServerIsRequired() {
        Problem problem = assertOnlyErrorAt(TestPolicies.withNameAndServer("Test", null), "server");

        assertMentions(problem, "is required", "OfficeScan server");
        assertFalse(PolicyValidator.isValid(TestPolicies.withNameAndServer("Test", null)));
    }

    @Test
    void theServerNeedsAHostAndAPort() {
        assertErrorsAt(TestPolicies.withNameAndServer("Test", new HostPort(null, 0)), "server.host", "server.port");
        assertOnlyErrorAt(TestPolicies.withNameAndServer("Test", new HostPort("osce.corp.example", 0)),
                "server.port");
    }

    @Test
    void anUnsetServerPortSaysWhatAPortMustBeNotThatItIsRequired() {
        Problem problem = assertOnlyErrorAt(TestPolicies.withNameAndServer("Test", new HostPort("osce.corp.example", 0)),
                "server.port");

        assertEquals("must be 1\u201365535", problem.message());
        assertEquals("must be 1\u201365535, not 65536", assertOnlyErrorAt(
                TestPolicies.withNameAndServer("Test", new HostPort("osce.corp.example", 65536)), "server.port")
                .message());
    }

    @Test
    void theServerAddressIsChecked() {
        assertOnlyErrorAt(TestPolicies.withNameAndServer("Test", new HostPort("osce..corp.example", 4343)),
                "server.host");
        assertOnlyErrorAt(TestPolicies.withNameAndServer("Test", new HostPort("osce.corp.example", 65536)),
                "server.port");
        assertNoProblems(TestPolicies.withNameAndServer("Test", new HostPort("[2001:db8::10]", 65535)));
    }

    @Test
    void problemsComeInFieldOrder() {
        Policy policy = TestPolicies.withNameAndServer(null, new HostPort("osce.corp.example", 70000))
                .withAutomaticProxy(new AutomaticProxy(false, "ftp://wpad.corp.example/proxy.pac"));

        assertErrorsAt(policy, "name", "server.port", "automaticProxy.pacUrl");
    }

    @Test
    void aProblemReadsAsPathSeverityAndMessage() {
        assertEquals("server.port: is required", new Problem("server.port", Severity.ERROR, "is required").toString());
        assertEquals("userProxyPrivilege.root: warning: users may", new Problem("userProxyPrivilege.root",
                Severity.WARNING, "users may").toString());
        assertTrue(new Problem("a", Severity.ERROR, "m").isError());
        assertFalse(new Problem("a", Severity.WARNING, "m").isError());
    }
}
