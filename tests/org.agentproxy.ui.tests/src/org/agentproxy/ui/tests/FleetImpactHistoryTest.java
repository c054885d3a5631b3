package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.FleetImpactBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fleet Impact against a history version: the current file compared with an earlier saved version of it, as an
 * administrator checks what a deploy of the current file changes since the version deployed before.
 */
class FleetImpactHistoryTest extends EditorTestSupport {

    @AfterEach
    void closeTheView() {
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
    }

    @Test
    void theCurrentFileAgainstTheVersionBeforeShowsTheLostPaths() throws Exception {
        saveVersion(null);                                  // version #1: the sample
        saveVersion(FleetImpactViewTest.next());            // version #2: the edits of sample-policy-next.json
        FleetImpactBot impact = studio.fleetImpact();
        impact.waitForCounts("configuration", "7", "0", "0", "0");   // the saved file is version #2

        impact.compareWithVersion(1);

        impact.waitForCounts("configuration", "2", "4", "0", "1");
        impact.waitForCounts("predictive-machine-learning", "1", "6", "0", "0");
        assertEquals(List.of("lyon-ws-0008 configuration address-family", "lyon-ws-0008 logs address-family",
                "lyon-ws-0008 component-update address-family"), impact.lost());
        assertEquals(1, impact.chart("lost").get("configuration"));
        assertTrue(impact.status().startsWith("Edited policy vs. version #1 of "), impact.status());
        assertTrue(impact.status().endsWith("on 7 agents of sample fleet.csv: 3 paths lost."), impact.status());

        impact.compareWithVersion(2);
        impact.waitForCounts("configuration", "7", "0", "0", "0");
        assertEquals(List.of(), impact.lost());
    }

    @Test
    void theDropDownOffersTheSavedFileEveryVersionNewestFirstAndFollowsSaves() throws Exception {
        saveVersion(null);
        FleetImpactBot impact = studio.fleetImpact();
        studio.bot().waitUntil(Condition.of("one version", () -> impact.baselineChoices().size() == 2));
        assertEquals("the saved file", impact.baselineChoices().get(0));
        assertTrue(impact.baselineChoices().get(1).startsWith("version #1 of "), impact.baselineChoices().toString());

        impact.compareWithVersion(1);
        saveVersion(FleetImpactViewTest.next());

        studio.bot().waitUntil(Condition.of("two versions", () -> impact.baselineChoices().size() == 3));
        assertTrue(impact.baselineChoices().get(1).startsWith("version #2 of "), impact.baselineChoices().toString());
        assertTrue(impact.baselineChoices().get(2).startsWith("version #1 of "), impact.baselineChoices().toString());
        impact.waitForCounts("configuration", "2", "4", "0", "1");   // still version #1 against the edited file
        assertTrue(impact.status().startsWith("Edited policy vs. version #1 of "), impact.status());

        impact.compareWithSaved();
        impact.waitForCounts("configuration", "7", "0", "0", "0");
    }
}
