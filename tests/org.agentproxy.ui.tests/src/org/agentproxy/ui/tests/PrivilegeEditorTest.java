package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.ui.tests.bots.AgentTreeBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/**
 * User Proxy Privilege page: the apply mode, the agent tree (collapse, expand, filter) with per-node grants and the
 * effective setting, the warning.
 */
class PrivilegeEditorTest extends EditorTestSupport {

    private static final String PAGE = "User Proxy Privilege";
    private static final String ROOT = "OfficeScan Server";
    private static final String HQ = "Headquarters";

    @Test
    void grantingADomainShowsItsEffectiveSettingAndIsSaved() throws Exception {
        AgentTreeBot tree = editor.page(PAGE).agentTree();
        assertEquals("no user proxy", tree.effective(ROOT, "Branch Lyon"));

        tree.set("Grant", ROOT, "Branch Lyon");

        assertEquals("granted", tree.own(ROOT, "Branch Lyon"));
        assertEquals("users may set a proxy", tree.effective(ROOT, "Branch Lyon"));
        editor.save();
        assertEquals(Grant.GRANTED, onDisk().userProxyPrivilege().root().children().get(1).grant());
    }

    @Test
    void applyToAllAgentsMakesTheRootWinEverywhere() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        AgentTreeBot tree = page.agentTree();
        assertEquals("users may set a proxy", tree.effective(ROOT, "Field Sales"));

        page.combo("userProxyPrivilege.applyMode").select("Apply to all agents (overrides domains and agents)");

        assertEquals("no user proxy", tree.effective(ROOT, "Field Sales"));
        editor.save();
        assertEquals(ApplyMode.ALL_AGENTS, onDisk().userProxyPrivilege().applyMode());
    }

    @Test
    void theAgentTreeCollapsesAndExpandsAndAnEditKeepsThat() {
        AgentTreeBot tree = editor.page(PAGE).agentTree();
        assertEquals(List.of(ROOT, HQ, "hq-ws-0001", "hq-lab-0042", "Branch Lyon", "Field Sales"), tree.shownNodes());

        tree.node(ROOT, HQ).collapse();
        assertEquals(List.of(ROOT, HQ, "Branch Lyon", "Field Sales"), tree.shownNodes());

        tree.set("Deny", ROOT, "Field Sales");
        assertEquals("no user proxy", tree.effective(ROOT, "Field Sales"));
        assertEquals(List.of(ROOT, HQ, "Branch Lyon", "Field Sales"), tree.shownNodes(), "Headquarters stays collapsed");
        assertFalse(tree.node(ROOT, HQ).isExpanded());

        tree.node(ROOT, HQ).expand();
        assertEquals(List.of(ROOT, HQ, "hq-ws-0001", "hq-lab-0042", "Branch Lyon", "Field Sales"), tree.shownNodes());
        assertEquals("users may set a proxy", tree.effective(ROOT, HQ, "hq-lab-0042"));
    }

    @Test
    void theFilterShowsMatchingNodesUnderTheirDomainsWithTheirEffectiveSetting() {
        AgentTreeBot tree = editor.page(PAGE).agentTree();

        tree.filter("lab", List.of(ROOT, HQ, "hq-lab-0042"));
        assertEquals("users may set a proxy", tree.effective(ROOT, HQ, "hq-lab-0042"));
        assertEquals("no user proxy", tree.effective(ROOT, HQ), "the domain above it keeps its own row");

        tree.set("Deny", ROOT, HQ, "hq-lab-0042");
        assertEquals("no user proxy", tree.effective(ROOT, HQ, "hq-lab-0042"));
        assertEquals(List.of(ROOT, HQ, "hq-lab-0042"), tree.nodes(), "the filter stays after an edit");

        tree.filter("", List.of(ROOT, HQ, "hq-ws-0001", "hq-lab-0042", "Branch Lyon", "Field Sales"));
        assertTrue(tree.node(ROOT, "Field Sales").isVisible());
    }

    @Test
    void thePageWarnsThatWrongUserSettingsBreakUpdates() {
        editor.page(PAGE);

        assertFalse(studio.bot().widgets(Matchers.withText("A proxy configured by the user is used only for "
                + "\"Update Now\", and only when users disable, or the agent cannot detect, automatic proxy "
                + "settings. Wrong user settings break updates.")).isEmpty());
    }
}
