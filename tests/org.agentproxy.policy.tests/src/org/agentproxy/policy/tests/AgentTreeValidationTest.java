package org.agentproxy.policy.tests;

import static org.agentproxy.policy.AgentTreeNode.agent;
import static org.agentproxy.policy.AgentTreeNode.domain;
import static org.agentproxy.policy.AgentTreeNode.root;
import static org.agentproxy.policy.tests.ProblemAssertions.assertErrorsAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyWarningAt;

import java.util.List;
import java.util.Locale;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.NodeKind;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agent tree of the user proxy privilege. DESIGN §2: "per node of the agent tree (root, domain, agent): may users
 * configure their own proxy?"
 */
class AgentTreeValidationTest {

    private static final String ROOT = "userProxyPrivilege.root";

    private static Policy tree(AgentTreeNode root) {
        return TestPolicies.valid().withUserProxyPrivilege(new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY, root));
    }

    @Test
    void aTreeOfDomainsAndAgentsIsValid() {
        assertNoProblems(tree(root(Grant.DENIED,
                domain("Headquarters", Grant.INHERIT, agent("hq-ws-0001", Grant.INHERIT),
                        domain("Lab", Grant.DENIED, agent("lab-1", Grant.INHERIT))),
                agent("standalone", Grant.DENIED))));
    }

    @ParameterizedTest
    @EnumSource(value = NodeKind.class, names = { "DOMAIN", "AGENT" })
    void theTopMustBeTheRoot(NodeKind kind) {
        Problem problem = assertOnlyErrorAt(tree(new AgentTreeNode("Top", kind, Grant.DENIED, List.of())),
                ROOT + ".kind");

        assertMentions(problem, "must be the root", kind.name().toLowerCase(Locale.ROOT));
    }

    @Test
    void theRootCannotInherit() {
        // Grant.INHERIT: "Take the parent's effective setting. Not allowed at the root."
        Problem problem = assertOnlyErrorAt(tree(root(Grant.INHERIT)), ROOT + ".grant");

        assertMentions(problem, "no parent to inherit from");
    }

    @Test
    void siblingNamesAreUniqueIgnoringCase() {
        Problem problem = assertOnlyErrorAt(tree(root(Grant.DENIED, domain("Headquarters", Grant.INHERIT),
                domain("Branch", Grant.INHERIT), domain("HEADQUARTERS", Grant.INHERIT))), ROOT + ".children[2].name");

        assertMentions(problem, "\"HEADQUARTERS\" is already used by a sibling (children[0])");
    }

    @Test
    void anAgentAndADomainAreSiblingsToo() {
        assertOnlyErrorAt(tree(root(Grant.DENIED, domain("Lab", Grant.INHERIT), agent("lab", Grant.INHERIT))),
                ROOT + ".children[1].name");
    }

    @Test
    void theSameNameUnderDifferentParentsIsValid() {
        assertNoProblems(tree(root(Grant.DENIED, domain("Lyon", Grant.INHERIT, agent("ws-1", Grant.INHERIT)),
                domain("Paris", Grant.INHERIT, agent("ws-1", Grant.INHERIT)))));
    }

    @Test
    void duplicatesAreFoundDeepInTheTree() {
        assertOnlyErrorAt(tree(root(Grant.DENIED, domain("Lyon", Grant.INHERIT,
                domain("Floor 1", Grant.INHERIT, agent("ws-1", Grant.INHERIT), agent("ws-1", Grant.INHERIT))))),
                ROOT + ".children[0].children[0].children[1].name");
    }

    @Test
    void anAgentCannotHaveChildren() {
        AgentTreeNode agentWithChild = new AgentTreeNode("hq-ws-0001", NodeKind.AGENT, Grant.INHERIT,
                List.of(agent("inner", Grant.INHERIT)));

        Problem problem = assertOnlyErrorAt(tree(root(Grant.DENIED, domain("Headquarters", Grant.INHERIT,
                agentWithChild))), ROOT + ".children[0].children[0].children");

        assertMentions(problem, "an agent cannot contain other nodes");
    }

    @Test
    void aRootCannotBeNested() {
        AgentTreeNode nested = new AgentTreeNode("Other server", NodeKind.ROOT, Grant.DENIED, List.of());

        Problem problem = assertOnlyErrorAt(tree(root(Grant.DENIED, domain("Headquarters", Grant.INHERIT, nested))),
                ROOT + ".children[0].children[0].kind");

        assertMentions(problem, "only the top of the agent tree can be the root");
    }

    @Test
    void aNodeNeedsAName() {
        assertOnlyErrorAt(tree(root(Grant.DENIED, domain(" ", Grant.INHERIT))), ROOT + ".children[0].name");
    }

    @Test
    void everyProblemOfTheTreeIsReported() {
        AgentTreeNode top = new AgentTreeNode("Top", NodeKind.DOMAIN, Grant.INHERIT,
                List.of(domain("A", Grant.INHERIT), domain("a", Grant.INHERIT)));

        assertErrorsAt(tree(top), ROOT + ".kind", ROOT + ".grant", ROOT + ".children[1].name");
    }

    // DESIGN §2: "A user-configured proxy is used only for "Update Now" ... Wrong user settings break updates: warn"
    @Test
    void grantingAnywhereInTheTreeIsAWarning() {
        assertOnlyWarningAt(tree(root(Grant.GRANTED)), ROOT);
        assertOnlyWarningAt(tree(root(Grant.DENIED, domain("Lab", Grant.INHERIT, agent("lab-1", Grant.GRANTED)))),
                ROOT);
    }

    @Test
    void denyingEverywhereIsNoWarning() {
        assertNoProblems(tree(root(Grant.DENIED, domain("Lab", Grant.DENIED, agent("lab-1", Grant.INHERIT)))));
        assertNoProblems(TestPolicies.valid().withUserProxyPrivilege(UserProxyPrivilege.DEFAULT));
    }
}
