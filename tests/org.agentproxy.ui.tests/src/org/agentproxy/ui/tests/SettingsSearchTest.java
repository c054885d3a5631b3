package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.testing.bot.Condition;
import org.junit.jupiter.api.Test;

/**
 * The settings search above the Policy Explorer (Edit → Find Setting…): finds any setting by its label or its
 * value, and Enter or a double-click jumps to the field; a password is never found by its value.
 */
class SettingsSearchTest extends ExplorerTestSupport {

    @Test
    void findSettingPutsTheCursorIntoTheSearchBox() {
        editor.page("External Agents").text("externalAgents.systemProxyCredentials.user").setFocus();

        studio.findSetting();

        waitForFocus("policyExplorer.search");
    }

    @Test
    void searchingByLabelShowsTheMatchesAndEnterJumpsToTheField() {
        editor.page("Internal Agents");

        explorer.search("pac script", List.of("Related settings", "Automatic proxy", "PAC script URL"));
        explorer.pressEnterInSearch();

        waitForFocus("automaticProxy.pacUrl");
        assertEquals("Agent Connectivity", editor.activePage());
    }

    @Test
    void searchingByValueFindsTheFieldThatHoldsItAndADoubleClickJumpsToIt() {
        explorer.search("3128", List.of("External agents", "Server update proxy (to ActiveUpdate)", "Port"));

        explorer.doubleClick("External agents", "Server update proxy (to ActiveUpdate)", "Port");

        waitForFocus("externalAgents.serverUpdateProxy.port");
        assertEquals("External Agents", editor.activePage());
    }

    @Test
    void enterInTheSearchBoxGoesToTheFieldRatherThanItsSection() {
        explorer.search("dmz-proxy", List.of("External agents", "Server update proxy (to ActiveUpdate)", "Host"));
        explorer.pressEnterInSearch();

        waitForFocus("externalAgents.serverUpdateProxy.host");
    }

    @Test
    void aPasswordIsNeverFoundByItsValueOnlyByItsLabel() {
        editor.page("Internal Agents").set("internalAgents.server.password", "Typed-Secret-42");

        explorer.search("Typed-Secret", List.of());
        explorer.search("password", List.of("Internal agents", OFFICESCAN_PROXY, "Password",
                SPS_PROXY, "Password", "External agents", "System proxy credentials", "Password",
                "Server update proxy (to ActiveUpdate)", "Password", "Global Smart Protection Service proxy",
                "Proxy", "Password"));
        assertTrue(explorer.rowTexts().contains("Password  stored"));
        assertTrue(explorer.rowTexts().stream().noneMatch(r -> r.contains("Typed-Secret")));
    }

    @Test
    void emptyingTheSearchGivesBackTheRowsExpandedBeforeIt() {
        explorer.expand("Related settings", "Location awareness").collapse("Internal agents");

        explorer.search("3128", List.of("External agents", "Server update proxy (to ActiveUpdate)", "Port"));
        explorer.clearSearch();

        studio.bot().waitUntil(Condition.of("the rows expanded before the search",
                () -> !explorer.isExpanded("Internal agents") && explorer.isExpanded("Related settings")));
        assertTrue(explorer.isExpanded("Related settings", "Location awareness"));
    }
}
