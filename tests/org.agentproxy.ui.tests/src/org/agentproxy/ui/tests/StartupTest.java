package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The first thing a new user sees: the window, and the sample policy in the explorer. */
class StartupTest extends StudioTestSupport {

    @Test
    void theWindowIsTitledAgentProxyStudio() {
        assertEquals("Agent Proxy Studio", studio.title());
    }

    @Test
    void theExplorerShowsTheFourScopesOfTheSamplePolicy() {
        assertEquals(List.of("Internal agents", "External agents", "Global Smart Protection Service proxy",
                "Agent user proxy privilege", "Related settings", "Problems"), studio.explorer().topLevelLabels());
    }

    @Test
    void theExplorerShowsTheSectionsOfEachScope() {
        var explorer = studio.explorer();

        assertEquals(List.of("Proxy to the OfficeScan server", "Proxy to Smart Protection Servers"),
                explorer.children("Internal agents"));
        assertTrue(explorer.row("Internal agents", "Proxy to the OfficeScan server")
                .endsWith("proxy.corp.example:8080, user osce-agent (password stored)"));
        assertEquals(List.of("Predictive Machine Learning", "Behavior Monitoring"),
                explorer.children("Global Smart Protection Service proxy", "Features"));
        assertEquals(List.of("Headquarters", "Branch Lyon", "Field Sales"),
                explorer.children("Agent user proxy privilege", "OfficeScan Server"));
    }

    @Test
    void theStatusLineSummarisesTheOpenPolicy() {
        assertEquals("Headquarters — sample-policy.json — 0 errors, 1 warning", studio.statusLine());
    }
}
