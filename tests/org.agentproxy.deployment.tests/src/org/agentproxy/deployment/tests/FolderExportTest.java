package org.agentproxy.deployment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.TargetResult.Outcome;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The folder export transport: versioned packages written atomically, diffed, rolled back. */
class FolderExportTest {

    @TempDir
    Path share;
    DeploymentService service;
    DeploymentTarget target;

    @BeforeEach
    void start() throws Exception {
        service = Fixture.service();
        target = new DeploymentTarget(share.toUri(), "hq");
    }

    @Test
    void eachDeployWritesAWholeVersionedPackage() throws Exception {
        DeploymentResult result = deploy(Fixture.policy("HQ", 8080));

        assertEquals(Outcome.DEPLOYED, result.results().get(0).outcome(), result.results().get(0).message());
        Path file = share.resolve("hq").resolve("0000000001.json");
        JsonNode pkg = Fixture.JSON.readTree(Files.readString(file));
        assertEquals("agentproxy-package/1", pkg.get("format").asText());
        assertEquals(1, pkg.get("version").asLong());
        assertEquals(64, pkg.get("sha256").asText().length());
        Policy policy = PolicyCodec.read(Fixture.JSON.writeValueAsString(pkg.get("policy")));
        assertEquals(Fixture.policy("HQ", 8080), policy);
        try (var files = Files.list(share.resolve("hq"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theNextPlanDiffsAgainstTheLastPackage() {
        deploy(Fixture.policy("HQ", 8080));

        DeploymentPlan plan = service.plan(Fixture.policy("HQ", 3128), List.of(target), Credentials.NONE,
                new NullProgressMonitor());

        assertEquals("folder", plan.targets().get(0).transport());
        assertEquals(1, plan.targets().get(0).currentVersion());
        assertEquals("internalAgents.server.port", plan.targets().get(0).changes().get(0).path());
    }

    @Test
    void aDeploymentRollsBackAsANewPackage() throws Exception {
        deploy(Fixture.policy("Old", 8080));
        DeploymentResult bad = deploy(Fixture.policy("New", 3128));

        DeploymentResult rollback = service.rollback(bad, RolloutOptions.DEFAULT, Credentials.NONE,
                new NullProgressMonitor());

        assertEquals(Outcome.ROLLED_BACK, rollback.results().get(0).outcome());
        JsonNode third = Fixture.JSON.readTree(Files.readString(share.resolve("hq").resolve("0000000003.json")));
        assertEquals("rollback", third.get("action").asText());
        assertEquals("Old", third.at("/policy/name").asText());
    }

    @Test
    void aStalePlanIsAConflict() {
        DeploymentPlan stale = service.plan(Fixture.policy("Mine", 8080), List.of(target), Credentials.NONE,
                new NullProgressMonitor());
        deploy(Fixture.policy("Theirs", 3128));

        DeploymentResult result = service.execute(stale, RolloutOptions.DEFAULT, Credentials.NONE,
                new NullProgressMonitor());

        assertEquals(Outcome.CONFLICT, result.results().get(0).outcome());
        assertEquals(1, share.resolve("hq").toFile().list((d, n) -> n.endsWith(".json")).length);
    }

    private DeploymentResult deploy(Policy policy) {
        DeploymentPlan plan = service.plan(policy, List.of(target), Credentials.NONE, new NullProgressMonitor());
        return service.execute(plan, RolloutOptions.DEFAULT, Credentials.NONE, new NullProgressMonitor());
    }
}
