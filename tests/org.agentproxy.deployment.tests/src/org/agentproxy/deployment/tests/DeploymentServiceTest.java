package org.agentproxy.deployment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.deployment.TargetResult.Outcome;
import org.agentproxy.deployment.VersionInfo;
import org.agentproxy.policy.diff.FieldChange;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OSGi deployment service against a real policy server: plan with diff, deploy, history, rollback, audit. */
class DeploymentServiceTest {

    @TempDir
    Path data;
    @TempDir
    Path journalDir;
    Fixture fixture;
    DeploymentService service;
    RolloutOptions options;

    @BeforeEach
    void start() throws Exception {
        fixture = new Fixture(data);
        fixture.createGroup("hq");
        service = Fixture.service();
        options = RolloutOptions.DEFAULT.withJournal(new DeploymentJournal(journalDir));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aFirstPlanAddsEveryFieldAndTheDeployCreatesVersionOne() {
        DeploymentPlan plan = plan(Fixture.policy("HQ", 8080));

        TargetPlan target = plan.targets().get(0);
        assertTrue(plan.isReady(), String.valueOf(target.problem()));
        assertEquals("http", target.transport());
        assertEquals(0, target.currentVersion());
        assertTrue(target.changes().stream().allMatch(c -> c.kind() == FieldChange.Kind.ADDED));
        assertTrue(target.changes().stream().anyMatch(c -> c.path().equals("internalAgents.server.port")
                && "8080".equals(c.after())), target.changes().toString());

        DeploymentResult result = service.execute(plan, options, fixture.credentials, new NullProgressMonitor());

        assertEquals(DeploymentResult.Status.SUCCEEDED, result.status());
        assertEquals(Outcome.DEPLOYED, result.results().get(0).outcome());
        assertEquals(1, result.results().get(0).toVersion());
    }

    @Test
    void thePlanDiffsFieldByFieldAgainstWhatIsDeployed() {
        deploy(Fixture.policy("HQ", 8080));

        DeploymentPlan plan = plan(Fixture.policy("HQ", 3128));

        List<FieldChange> changes = plan.targets().get(0).changes();
        assertEquals(1, plan.targets().get(0).currentVersion());
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("internalAgents.server.port", changes.get(0).path());
        assertEquals(FieldChange.Kind.CHANGED, changes.get(0).kind());
        assertEquals("~ internalAgents.server.port: 8080 → 3128", changes.get(0).toString());
    }

    @Test
    void anUnchangedPolicyIsNotDeployedAgain() throws Exception {
        deploy(Fixture.policy("HQ", 8080));

        DeploymentResult again = deploy(Fixture.policy("HQ", 8080));

        assertEquals(Outcome.UNCHANGED, again.results().get(0).outcome());
        assertEquals(List.of("HQ"), fixture.names("hq"));
    }

    @Test
    void aWholeDeploymentRollsBackToWhatEachTargetHadBefore() throws Exception {
        fixture.createGroup("branch");
        deployTo(Fixture.policy("Old", 8080), "hq", "branch");
        DeploymentResult bad = deployTo(Fixture.policy("New", 9999), "hq", "branch");

        DeploymentResult rollback = service.rollback(bad, options, fixture.credentials, new NullProgressMonitor());

        assertEquals(DeploymentResult.Status.SUCCEEDED, rollback.status());
        assertEquals(bad.id(), rollback.rollbackOf());
        assertTrue(rollback.results().stream().allMatch(r -> r.outcome() == Outcome.ROLLED_BACK));
        assertEquals(List.of("Old", "New", "Old"), fixture.names("hq"));
        assertEquals(List.of("Old", "New", "Old"), fixture.names("branch"));
    }

    @Test
    void aTargetRollsBackToThePreviousVersion() throws Exception {
        deploy(Fixture.policy("One", 8080));
        deploy(Fixture.policy("Two", 8081));

        DeploymentResult result = service.rollbackTarget(fixture.target("hq"), 0, options, fixture.credentials,
                new NullProgressMonitor());

        assertEquals(Outcome.ROLLED_BACK, result.results().get(0).outcome());
        assertEquals(3, result.results().get(0).toVersion());
        List<VersionInfo> history = service.history(fixture.target("hq"), fixture.credentials,
                new NullProgressMonitor());
        assertEquals("rollback", history.get(2).action());
        assertEquals(1, history.get(2).rollbackOf());
        assertEquals("One", history.get(2).name());
    }

    @Test
    void aChangeSinceThePlanIsAConflictAndChangesNothing() throws Exception {
        deploy(Fixture.policy("HQ", 8080));
        DeploymentPlan plan = plan(Fixture.policy("Mine", 3128));
        deploy(Fixture.policy("Theirs", 1080)); // someone else, after the plan

        DeploymentResult result = service.execute(plan, options, fixture.credentials, new NullProgressMonitor());

        assertEquals(Outcome.CONFLICT, result.results().get(0).outcome());
        assertTrue(result.hasConflict());
        assertTrue(result.results().get(0).message().contains("HTTP 412"), result.results().get(0).message());
        assertEquals(List.of("HQ", "Theirs"), fixture.names("hq"));
    }

    @Test
    void everyDeploymentIsRecordedInTheClientJournal() throws Exception {
        DeploymentResult result = deploy(Fixture.policy("HQ", 8080));

        DeploymentJournal journal = new DeploymentJournal(journalDir);
        assertEquals(List.of(result.id()), journal.ids());
        DeploymentResult loaded = journal.load(result.id()).orElseThrow();
        assertEquals(result.results(), loaded.results());
        String record = Files.readString(journalDir.resolve(result.id() + ".json"));
        assertTrue(record.contains("\"user\""), record);
        assertTrue(record.contains("+ internalAgents.server.port: 8080"), record);
        assertFalse(record.contains(fixture.admin.value()), "no token in the record");
    }

    @Test
    void theServerAuditNamesTheDeployment() throws Exception {
        DeploymentResult result = deploy(Fixture.policy("HQ", 8080));

        var entries = fixture.get("v1/admin/groups/hq/audit").get("entries");

        assertEquals(result.id(), entries.get(1).get("detail").asText());
    }

    private DeploymentPlan plan(org.agentproxy.policy.Policy policy) {
        return service.plan(policy, List.of(fixture.target("hq")), fixture.credentials, new NullProgressMonitor());
    }

    private DeploymentResult deploy(org.agentproxy.policy.Policy policy) {
        return deployTo(policy, "hq");
    }

    private DeploymentResult deployTo(org.agentproxy.policy.Policy policy, String... groups) {
        var targets = java.util.Arrays.stream(groups).map(fixture::target).toList();
        DeploymentPlan plan = service.plan(policy, targets, fixture.credentials, new NullProgressMonitor());
        DeploymentResult result = service.execute(plan, options, fixture.credentials, new NullProgressMonitor());
        assertFalse(result.results().stream().anyMatch(r -> r.isFailure()), result.toString());
        return result;
    }
}
