package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.FileKind;
import org.agentproxy.ui.FileRequest;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.FleetImpactBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fleet Impact lists the agents of any bar or row (kept, changed, gained, lost), and exports them as CSV. */
class FleetImpactAgentsTest extends StudioTestSupport {

    private static final List<String> CHANGED = List.of("hq-ws-0001 configuration changed",
            "hq-ws-0002 configuration changed", "hq-lab-0042 configuration changed",
            "lyon-ws-0007 configuration changed");

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

    private FleetImpactBot editedLikeTheNextSample() throws Exception {
        FleetImpactBot impact = studio.fleetImpact().compareWithSaved();
        var next = FleetImpactViewTest.next();
        studio.bot().syncExec(() -> {
            Studio.activePolicy().change("Edit like sample-policy-next.json", p -> next);
            return null;
        });
        return impact.waitForCounts("configuration", "2", "4", "0", "1");
    }

    @Test
    void theAgentsOfAChangedBarAreListedAndExported() throws Exception {
        FleetImpactBot impact = editedLikeTheNextSample();
        assertTrue(impact.selection().startsWith("Lost paths") && impact.selection().endsWith(": 3 paths"),
                impact.selection());

        impact.clickBar("configuration", "changed");

        assertEquals("Configuration \u00b7 changed: 4 agents", impact.selection());
        assertEquals(CHANGED, impact.agents());
        Path csv = dir.resolve("changed.csv");
        chooser.answer(csv);
        impact.exportAgents();
        studio.bot().waitUntil(Condition.of("the CSV is written", () -> impact.status().startsWith("Exported 4 rows (Configuration \u00b7 changed)")));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("agent_id,purpose,change,before,after,cause,reason", lines.get(0));
        assertEquals(5, lines.size());
        assertEquals("hq-ws-0001,configuration,changed,osce.corp.example:4343 via direct,"
                + "osce.corp.example:4343 via internal-server (10.10.0.8:8080),,", lines.get(1));
        FileRequest asked = chooser.lastAsked();
        assertEquals(FileKind.CSV_EXPORT, asked.kind());
        assertEquals("Export CSV", asked.title());
        assertEquals("fleet-impact-agents.csv", asked.fileName());
    }

    @Test
    void theAgentsOfAGainedBar() throws Exception {
        Path baseline = dir.resolve("next.json");
        Files.writeString(baseline, PolicyCodec.write(FleetImpactViewTest.next()));
        FleetImpactBot impact = studio.fleetImpact();
        chooser.answer(baseline);
        impact.compareWithFile();
        impact.waitForCounts("configuration", "2", "4", "1", "0");   // the sample gains what the next one loses

        impact.clickBar("configuration", "gained");

        assertEquals("Configuration \u00b7 gained: 1 agent", impact.selection());
        assertEquals(List.of("lyon-ws-0008 configuration gained"), impact.agents());
        impact.clickBar("configuration", "kept");
        assertEquals(List.of("sales-nb-0100 configuration kept", "sales-nb-0101 configuration kept"),
                impact.agents());
    }

    @Test
    void aRowListsThePurposesChangedGainedAndLostAgents() throws Exception {
        FleetImpactBot impact = editedLikeTheNextSample();

        impact.selectRow("configuration");

        studio.bot().waitUntil(Condition.of("the row's agents", () -> impact.agents().size() == 5));
        assertEquals("Configuration \u00b7 changed, gained and lost: 5 agents", impact.selection());
        assertEquals("lyon-ws-0008 configuration lost", impact.agents().get(4));
    }
}
