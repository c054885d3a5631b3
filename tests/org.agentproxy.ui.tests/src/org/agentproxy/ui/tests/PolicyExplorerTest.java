package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.agentproxy.testing.bot.Condition;
import org.junit.jupiter.api.Test;

/**
 * The Policy Explorer as a way into the policy: double-click or Enter on a row opens the editor on its page with
 * its field focused; edits keep what the administrator expanded; a row the view cuts off shows whole in a tooltip.
 */
class PolicyExplorerTest extends ExplorerTestSupport {

    @Test
    void doubleClickingAFieldRowShowsItsPageAndFocusesTheField() {
        editor.page("Internal Agents");

        explorer.doubleClick("External agents", "Server update proxy (to ActiveUpdate)", "Port");

        waitForFocus("externalAgents.serverUpdateProxy.port");
        assertEquals("External Agents", editor.activePage());
    }

    @Test
    void doubleClickingASectionFocusesItsFirstField() {
        explorer.doubleClick("Global Smart Protection Service proxy", "Proxy");

        waitForFocus("globalSmartProtection.proxy.enabled");
        assertEquals("Global Smart Protection Service", editor.activePage());
    }

    @Test
    void doubleClickingAnAgentTreeNodeShowsThePrivilegePageWithTheNodeSelected() {
        explorer.doubleClick("Agent user proxy privilege", "OfficeScan Server", "Branch Lyon");

        waitForFocus("userProxyPrivilege.root");
        assertEquals("User Proxy Privilege", editor.activePage());
        assertTrue(editor.page("User Proxy Privilege").agentTree().node("OfficeScan Server", "Branch Lyon")
                .isSelected(), "the agent tree selects the node");
    }

    @Test
    void enterOnARowShowsItsPageAndFocusesTheField() {
        editor.page("Internal Agents");

        explorer.pressEnterOn("Related settings", "Automatic proxy", "PAC script URL");

        waitForFocus("automaticProxy.pacUrl");
        assertEquals("Agent Connectivity", editor.activePage());
    }

    @Test
    void anEditKeepsWhatTheAdministratorExpandedAndSelected() {
        explorer.expand("Internal agents", OFFICESCAN_PROXY).expand("Related settings", "Location awareness")
                .collapse("External agents");
        explorer.item("Internal agents", OFFICESCAN_PROXY, "Port").select();

        editor.page("Internal Agents").set("internalAgents.server.host", "proxy2.corp.example");
        studio.bot().waitUntil(Condition.of("the new host in the explorer",
                () -> explorer.rowTexts().contains("Host  proxy2.corp.example")));

        // top down, so that looking a row up (which expands its ancestors) cannot hide a collapse
        assertFalse(explorer.isExpanded("External agents"));
        assertTrue(explorer.isExpanded("Internal agents"));
        assertTrue(explorer.isExpanded("Internal agents", OFFICESCAN_PROXY));
        assertTrue(explorer.isExpanded("Related settings"));
        assertTrue(explorer.isExpanded("Related settings", "Location awareness"));
        assertTrue(explorer.item("Internal agents", OFFICESCAN_PROXY, "Port").isSelected());
        assertTrue(explorer.row("Internal agents", OFFICESCAN_PROXY).contains("proxy2.corp.example:8080"));
    }

    @Test
    void aRowTheViewCutsOffShowsWholeInATooltip() {
        String host = "a-rather-long-proxy-host-name-for-the-branch-offices.emea.corp.example";
        editor.page("Internal Agents").set("internalAgents.smartProtection.host", host);
        studio.bot().waitUntil(Condition.of("the new host in the explorer",
                () -> explorer.row("Internal agents", SPS_PROXY).contains(host)));

        assertEquals(Optional.of(SPS_PROXY + "\n" + host + ":8080"), explorer.hoverTooltip("Internal agents", SPS_PROXY));
        assertEquals(Optional.empty(), explorer.hoverTooltip("Internal agents", SPS_PROXY, "Port"),
                "a row that fits has no tooltip");
    }
}
