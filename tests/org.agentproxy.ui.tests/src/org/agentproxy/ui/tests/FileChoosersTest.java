package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.FileKind;
import org.agentproxy.ui.FileRequest;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.agentproxy.ui.tests.bots.FleetImpactBot;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file chooser says what it chooses and filters for it, and remembers its own last folder (what the scripted
 * chooser was asked: title, filters, starting folder).
 */
class FileChoosersTest extends StudioTestSupport {

    @TempDir
    Path dir;

    @AfterEach
    void closeTheViews() {
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
    }

    @Test
    void scenarioInventoryAndExportEachSayWhatTheyChooseAndRememberTheirOwnFolder() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path inventories = Files.createDirectories(dir.resolve("inventories"));
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path scenario = scenarios.resolve("hotel.json");
        try (InputStream in = Platform.getBundle("org.agentproxy.simulation.ui")
                .getEntry("samples/scenarios/external-agent.json").openStream()) {
            Files.write(scenario, in.readAllBytes());
        }
        Path fleet = inventories.resolve("fleet.csv");
        try (InputStream in = Platform.getBundle("org.agentproxy.simulation.ui").getEntry("samples/fleet.csv")
                .openStream()) {
            Files.write(fleet, in.readAllBytes());
        }

        ConnectionPathsBot paths = studio.connectionPaths();
        chooser.answer(scenario);
        paths.loadScenario();
        paths.waitForOutcome("file-reputation", 1, "ok");
        assertTrue(paths.status().contains("sales-nb-0100"), paths.status());
        FileRequest asked = chooser.lastAsked();
        assertEquals(FileKind.SCENARIO, asked.kind());
        assertEquals("Load Scenario", asked.title());
        assertFalse(asked.save());
        assertEquals(List.of("Scenarios (*.json)", "All files (*)"), asked.kind().filterNames());
        assertEquals(List.of("*.json", "*"), asked.kind().extensions());

        FleetImpactBot impact = studio.fleetImpact();
        chooser.answer(fleet);
        studio.bot().buttonWithId("fleetImpact.inventory").click();
        studio.bot().waitUntil(Condition.of("the inventory is read",
                () -> impact.status().contains("agents of fleet.csv")));
        asked = chooser.lastAsked();
        assertEquals("Choose an Agent Inventory", asked.title());
        assertEquals(List.of("*.csv", "*"), asked.kind().extensions());
        assertEquals("Agent inventories (*.csv)", asked.kind().filterNames().get(0));
        assertNotEquals(scenarios, asked.folder(), "the inventory does not start in the scenario's folder");

        chooser.answer(exports.resolve("lost.csv"));
        impact.export();
        studio.bot().waitUntil(Condition.of("the CSV is written", () -> impact.status().startsWith("Exported")));
        asked = chooser.lastAsked();
        assertEquals("Export CSV", asked.title());
        assertTrue(asked.save());
        assertEquals("fleet-impact.csv", asked.fileName());
        assertEquals(List.of("*.csv", "*"), asked.kind().extensions());

        // each asks again in its own last folder
        studio.connectionPaths().loadScenario();            // no answer: cancelled
        assertEquals(scenarios, chooser.lastAsked().folder());
        studio.fleetImpact();
        studio.bot().buttonWithId("fleetImpact.inventory").click();
        assertEquals(inventories, chooser.lastAsked().folder());
        impact.export();
        assertEquals(exports, chooser.lastAsked().folder());
        assertEquals("Export CSV", chooser.lastAsked().title());
    }

    @Test
    void openPolicySaysItOpensAPolicy() {
        chooser.answer(samplePath());
        studio.openPolicy(PolicyWorkspace.SAMPLE_NAME);

        FileRequest asked = chooser.lastAsked();
        assertEquals(FileKind.POLICY, asked.kind());
        assertEquals("Open Policy", asked.title());
        assertEquals(List.of("Policies (*.json)", "All files (*)"), asked.kind().filterNames());
    }
}
