package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.FleetImpactBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** Fleet Impact: the sample fleet under the saved and the edited policy; the agents that lose a path; export. */
class FleetImpactViewTest extends StudioTestSupport {

    @TempDir
    Path dir;

    @AfterEach
    void dropTheEdits() {
        studio.bot().syncExec(() -> {
            Studio.activePolicy().revert();
            return null;
        });
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
    }

    @Test
    void anUneditedPolicyKeepsEveryPath() {
        FleetImpactBot impact = studio.fleetImpact().compareWithSaved();
        impact.waitForCounts("configuration", "7", "0", "0", "0");
        impact.waitForCounts("server-update", "7", "0", "0", "0");
        assertEquals(List.of(), impact.lost());
        assertTrue(impact.status().contains("on 7 agents of sample fleet.csv: 0 paths lost"), impact.status());
    }

    @Test
    void theNextPolicyLosesThreePathsOfTheIpv6OnlyAgent() throws IOException {
        FleetImpactBot impact = studio.fleetImpact().compareWithSaved();
        Policy next = next();
        studio.bot().syncExec(() -> {
            Studio.activePolicy().change("Edit like sample-policy-next.json", p -> next);
            return null;
        });

        impact.waitForCounts("configuration", "2", "4", "0", "1");
        impact.waitForCounts("predictive-machine-learning", "1", "6", "0", "0");
        assertEquals(1, impact.chart("lost").get("configuration"));
        assertEquals(4, impact.chart("changed").get("configuration"));
        assertEquals(2, impact.chart("kept").get("configuration"));
        assertEquals(6, impact.chart("changed").get("predictive-machine-learning"));
        assertEquals(List.of("lyon-ws-0008 configuration address-family", "lyon-ws-0008 logs address-family",
                "lyon-ws-0008 component-update address-family"), impact.lost());

        Path csv = dir.resolve("lost.csv");
        chooser.answer(csv);
        impact.export();
        studio.bot().waitUntil(Condition.of("the CSV is written",
                () -> impact.status().startsWith("Exported 3 lost paths")));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("agent_id,purpose,before,cause,reason", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("lyon-ws-0008,configuration,osce.corp.example:4343 via direct,"
                + "address-family,"), lines.get(1));
    }

    static Policy next() throws IOException {
        try (InputStream in = FrameworkUtil.getBundle(FleetImpactViewTest.class)
                .getEntry("data/sample-policy-next.json").openStream()) {
            return PolicyCodec.read(in);
        }
    }
}
