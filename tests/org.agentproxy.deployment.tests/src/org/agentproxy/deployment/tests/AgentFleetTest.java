package org.agentproxy.deployment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.fleet.AgentFleet;
import org.agentproxy.deployment.fleet.Convergence;
import org.agentproxy.deployment.fleet.FleetStats;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulated agents poll a real server with If-None-Match and converge on a newly deployed version. */
class AgentFleetTest {

    @TempDir
    Path data;
    Fixture fixture;
    AccessToken agentToken;
    DeploymentService service;

    @BeforeEach
    void start() throws Exception {
        fixture = new Fixture(data);
        agentToken = fixture.createGroup("hq");
        service = Fixture.service();
        deploy(8080);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theFleetConvergesOnANewVersion() throws Exception {
        try (AgentFleet fleet = new AgentFleet(fixture.server.uri(), "hq", agentToken, 50, Duration.ofMillis(50))) {
            fleet.start();
            assertEquals(1, fleet.awaitFirstPolls(Duration.ofMinutes(2)));

            deploy(3128);
            Convergence convergence = fleet.awaitVersionAbove(1, Duration.ofMinutes(2));

            assertTrue(convergence.converged(), convergence.toString());
            assertEquals(2, convergence.version());
            assertEquals(50, convergence.agents());
            assertNotNull(convergence.deployedAt());
            assertTrue(convergence.allAgents().compareTo(convergence.firstAgent()) >= 0);
            FleetStats stats = fleet.stats();
            assertEquals(0, stats.errors(), String.valueOf(stats.lastError()));
            assertTrue(stats.ok() >= 100, "every agent fetched both versions: " + stats);
        }
    }

    @Test
    void eachAgentFetchesEachVersionOnceAndGets304sOtherwise() throws Exception {
        try (AgentFleet fleet = new AgentFleet(fixture.server.uri(), "hq", agentToken, 5, Duration.ofMillis(20))) {
            fleet.start();
            fleet.awaitFirstPolls(Duration.ofMinutes(2));
            deploy(3128);
            fleet.awaitVersionAbove(1, Duration.ofMinutes(2));
            deploy(1080);
            fleet.awaitVersionAbove(2, Duration.ofMinutes(2));
            fleet.awaitMoreAnswers(20, Duration.ofMinutes(2));

            FleetStats stats = fleet.stats();
            assertEquals(15, stats.ok(), "one 200 per agent and version: " + stats);
            assertTrue(stats.notModified() >= 20, stats.toString());
        }
    }

    private void deploy(int port) {
        var plan = service.plan(Fixture.policy("HQ", port), List.of(fixture.target("hq")), fixture.credentials,
                new NullProgressMonitor());
        service.execute(plan, RolloutOptions.DEFAULT, fixture.credentials, new NullProgressMonitor());
    }
}
