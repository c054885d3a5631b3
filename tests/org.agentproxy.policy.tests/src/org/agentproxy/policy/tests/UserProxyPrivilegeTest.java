package org.agentproxy.policy.tests;

import static org.agentproxy.policy.AgentTreeNode.agent;
import static org.agentproxy.policy.AgentTreeNode.domain;
import static org.agentproxy.policy.AgentTreeNode.root;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.UserProxyPrivilege;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The effective user proxy privilege of a node. DESIGN §2: "per node of the agent tree (root, domain, agent): may
 * users configure their own proxy? At the root: apply to all agents, or to future domains only."
 */
class UserProxyPrivilegeTest {

    private static final Optional<Boolean> GRANTED = Optional.of(true);
    private static final Optional<Boolean> DENIED = Optional.of(false);

    /** Root denied; Headquarters inherits (one agent inherits, one granted, one denied); Sales granted; Lab denied. */
    private static AgentTreeNode tree(Grant rootGrant) {
        return root(rootGrant,
                domain("Headquarters", Grant.INHERIT,
                        agent("hq-ws-0001", Grant.INHERIT),
                        agent("hq-lab-0042", Grant.GRANTED),
                        agent("hq-kiosk", Grant.DENIED)),
                domain("Field Sales", Grant.GRANTED,
                        agent("sales-nb-0100", Grant.INHERIT),
                        domain("Sales Lab", Grant.DENIED, agent("sales-lab-1", Grant.INHERIT)),
                        domain("Sales EMEA", Grant.INHERIT, agent("emea-1", Grant.INHERIT))));
    }

    private static Optional<Boolean> granted(UserProxyPrivilege privilege, String... path) {
        return privilege.isGranted(List.of(path));
    }

    // ApplyMode.ALL_AGENTS: "The root setting applies to every existing and future domain and agent, overriding
    // their own settings."
    @ParameterizedTest
    @EnumSource(value = Grant.class, names = { "GRANTED", "DENIED" })
    void withAllAgentsTheRootWinsEverywhere(Grant rootGrant) {
        UserProxyPrivilege privilege = new UserProxyPrivilege(ApplyMode.ALL_AGENTS, tree(rootGrant));
        Optional<Boolean> expected = Optional.of(rootGrant == Grant.GRANTED);

        assertEquals(expected, granted(privilege));
        assertEquals(expected, granted(privilege, "Headquarters"));
        assertEquals(expected, granted(privilege, "Headquarters", "hq-ws-0001"));
        assertEquals(expected, granted(privilege, "Headquarters", "hq-lab-0042"), "explicitly granted, overridden");
        assertEquals(expected, granted(privilege, "Headquarters", "hq-kiosk"), "explicitly denied, overridden");
        assertEquals(expected, granted(privilege, "Field Sales"), "explicitly granted domain, overridden");
        assertEquals(expected, granted(privilege, "Field Sales", "Sales Lab", "sales-lab-1"));
        assertEquals(expected, granted(privilege, "New Domain"), "a future domain");
        assertEquals(expected, granted(privilege, "New Domain", "new-agent"));
    }

    // ApplyMode.FUTURE_DOMAINS_ONLY: "The root setting is only the default for domains added later; existing nodes
    // keep their settings."
    @Test
    void withFutureDomainsOnlyTheNearestExplicitSettingWins() {
        UserProxyPrivilege privilege = new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY, tree(Grant.DENIED));

        assertEquals(DENIED, granted(privilege), "the root itself");
        assertEquals(DENIED, granted(privilege, "Headquarters"), "inherits from the root");
        assertEquals(DENIED, granted(privilege, "Headquarters", "hq-ws-0001"), "inherits through its domain");
        assertEquals(GRANTED, granted(privilege, "Headquarters", "hq-lab-0042"), "its own setting");
        assertEquals(DENIED, granted(privilege, "Headquarters", "hq-kiosk"), "its own setting");
        assertEquals(GRANTED, granted(privilege, "Field Sales"), "its own setting");
        assertEquals(GRANTED, granted(privilege, "Field Sales", "sales-nb-0100"), "inherits from its domain");
        assertEquals(DENIED, granted(privilege, "Field Sales", "Sales Lab"), "a sub-domain's own setting");
        assertEquals(DENIED, granted(privilege, "Field Sales", "Sales Lab", "sales-lab-1"), "the nearest domain");
        assertEquals(GRANTED, granted(privilege, "Field Sales", "Sales EMEA", "emea-1"), "two levels up");
    }

    @Test
    void withFutureDomainsOnlyARootGrantDoesNotOverrideExplicitSettings() {
        UserProxyPrivilege privilege = new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY, tree(Grant.GRANTED));

        assertEquals(GRANTED, granted(privilege, "Headquarters", "hq-ws-0001"));
        assertEquals(DENIED, granted(privilege, "Headquarters", "hq-kiosk"));
        assertEquals(DENIED, granted(privilege, "Field Sales", "Sales Lab", "sales-lab-1"));
    }

    @ParameterizedTest
    @EnumSource(value = Grant.class, names = { "GRANTED", "DENIED" })
    void aDomainNotInTheTreeGetsTheRootSetting(Grant rootGrant) {
        UserProxyPrivilege privilege = new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY, tree(rootGrant));
        Optional<Boolean> root = Optional.of(rootGrant == Grant.GRANTED);

        assertEquals(root, granted(privilege, "Branch Lyon"));
        assertEquals(root, granted(privilege, "Branch Lyon", "lyon-ws-0007"), "an agent of a future domain");
        // the walk stops at the first unknown name: a known name further down does not count
        assertEquals(root, granted(privilege, "Branch Lyon", "hq-lab-0042"));
    }

    @Test
    void anAgentNotInTheTreeInheritsFromItsDomain() {
        UserProxyPrivilege privilege = new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY, tree(Grant.DENIED));

        assertEquals(GRANTED, granted(privilege, "Field Sales", "sales-nb-0999"));
        assertEquals(DENIED, granted(privilege, "Headquarters", "hq-ws-0999"));
        assertEquals(DENIED, granted(privilege, "Field Sales", "Sales Lab", "sales-lab-99"));
    }

    @Test
    void namesAreMatchedIgnoringCase() {
        // sibling names are unique ignoring case (see AgentTreeValidationTest)
        UserProxyPrivilege privilege = new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY, tree(Grant.DENIED));

        assertEquals(GRANTED, granted(privilege, "FIELD SALES", "Sales-NB-0100"));
    }

    @ParameterizedTest
    @EnumSource(ApplyMode.class)
    void aRootThatInheritsHasNoEffectivePrivilege(ApplyMode mode) {
        // Grant.INHERIT: "Not allowed at the root" — the result is empty, not a guess
        UserProxyPrivilege privilege = new UserProxyPrivilege(mode, tree(Grant.INHERIT));

        assertEquals(Optional.empty(), granted(privilege));
        assertEquals(Optional.empty(), granted(privilege, "Headquarters", "hq-lab-0042"));
        assertEquals(Optional.empty(), granted(privilege, "Field Sales"));
        assertEquals(Optional.empty(), granted(privilege, "New Domain"));
    }

    @Test
    void theDefaultDeniesEverywhere() {
        assertEquals(ApplyMode.ALL_AGENTS, UserProxyPrivilege.DEFAULT.applyMode());
        assertEquals(DENIED, granted(UserProxyPrivilege.DEFAULT));
        assertEquals(DENIED, granted(UserProxyPrivilege.DEFAULT, "Any Domain", "any-agent"));
        assertEquals(UserProxyPrivilege.DEFAULT, new UserProxyPrivilege(null, null), "absent parts take the default");
    }

    @Test
    void theSampleTree() {
        UserProxyPrivilege sample = Samples.samplePolicy().userProxyPrivilege();

        assertEquals(ApplyMode.FUTURE_DOMAINS_ONLY, sample.applyMode());
        assertEquals(DENIED, granted(sample, "Headquarters", "hq-ws-0001"));
        assertEquals(GRANTED, granted(sample, "Headquarters", "hq-lab-0042"));
        assertEquals(DENIED, granted(sample, "Branch Lyon", "lyon-ws-0007"));
        assertEquals(GRANTED, granted(sample, "Field Sales", "sales-nb-0100"));
    }
}
