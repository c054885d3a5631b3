package org.agentproxy.deployment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentResult.Status;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.RetryPolicy;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TargetResult.Outcome;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staged rollout against real servers: canary first, halting past the threshold, retries, cancellation. */
class RolloutTest {

    /** Fast retries: the test waits for outcomes, never for time. */
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), 1.0, Duration.ofMillis(1));

    @TempDir
    Path data;
    Fixture fixture;
    DeploymentService service;
    RolloutOptions options = RolloutOptions.DEFAULT.withRetry(QUICK);

    @BeforeEach
    void start() throws Exception {
        fixture = new Fixture(data);
        for (String g : List.of("canary", "a", "b", "c")) {
            fixture.createGroup(g);
        }
        service = Fixture.service();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aFailingTargetHaltsTheRolloutAndTheRestIsSkipped() throws Exception {
        List<DeploymentTarget> targets = List.of(fixture.target("canary"), fixture.target("a"),
                fixture.target("missing"), fixture.target("b"), fixture.target("c"));

        DeploymentResult result = run(targets, options);

        assertEquals(Status.HALTED, result.status());
        assertEquals(List.of(Outcome.DEPLOYED, Outcome.DEPLOYED, Outcome.FAILED, Outcome.SKIPPED, Outcome.SKIPPED),
                outcomes(result));
        assertTrue(result.results().get(2).message().contains("unknown") || result.results().get(2).message()
                .contains("no group"), result.results().get(2).message());
        assertEquals(1, result.results().get(2).attempts(), "a 404 is not retried");
        assertEquals(List.of(), fixture.names("b"));
    }

    @Test
    void aFailingCanaryHaltsBeforeAnyOtherTarget() throws Exception {
        List<DeploymentTarget> targets = List.of(Fixture.unreachable("canary"), fixture.target("a"),
                fixture.target("b"));

        DeploymentResult result = run(targets, options.withMaxFailures(5));

        assertEquals(Status.HALTED, result.status());
        assertEquals(List.of(Outcome.FAILED, Outcome.SKIPPED, Outcome.SKIPPED), outcomes(result));
        assertTrue(result.results().get(1).message().contains("canary"), result.results().get(1).message());
        assertEquals(List.of(), fixture.names("a"));
    }

    @Test
    void failuresWithinTheThresholdLetTheRolloutFinish() throws Exception {
        List<DeploymentTarget> targets = List.of(fixture.target("canary"), fixture.target("missing"),
                fixture.target("a"), fixture.target("b"));

        DeploymentResult result = run(targets, options.withMaxFailures(1));

        assertEquals(Status.PARTIAL, result.status());
        assertEquals(List.of(Outcome.DEPLOYED, Outcome.FAILED, Outcome.DEPLOYED, Outcome.DEPLOYED), outcomes(result));
    }

    @Test
    void anUnreachableTargetIsRetriedThenFails() throws Exception {
        DeploymentResult result = run(List.of(fixture.target("canary"), Fixture.unreachable("a")),
                options.withMaxFailures(1));

        TargetResult unreachable = result.results().get(1);
        assertEquals(Outcome.FAILED, unreachable.outcome());
        assertEquals(QUICK.maxAttempts(), unreachable.attempts());
        assertTrue(unreachable.message().contains("connection refused"), unreachable.message());
    }

    @Test
    void transientErrorsAreRetriedWithBackoff() throws Exception {
        FlakyTransport flaky = new FlakyTransport(Fixture.transport("http"), 2, false);
        DeploymentService engine = DeploymentService.over(List.of(flaky));
        Policy policy = Fixture.policy("HQ", 8080);

        DeploymentPlan plan = engine.plan(policy, List.of(fixture.target("a")), fixture.credentials,
                new NullProgressMonitor());
        DeploymentResult result = engine.execute(plan, options, fixture.credentials, new NullProgressMonitor());

        assertEquals(Outcome.DEPLOYED, result.results().get(0).outcome());
        assertEquals(3, result.results().get(0).attempts());
        assertEquals(3, flaky.deployCalls.get());
        assertEquals(List.of("HQ"), fixture.names("a"));
    }

    @Test
    void aRetryAfterALostAnswerIsRecognisedAsDeployed() throws Exception {
        FlakyTransport flaky = new FlakyTransport(Fixture.transport("http"), 1, true);
        DeploymentService engine = DeploymentService.over(List.of(flaky));

        DeploymentPlan plan = engine.plan(Fixture.policy("HQ", 8080), List.of(fixture.target("a")),
                fixture.credentials, new NullProgressMonitor());
        DeploymentResult result = engine.execute(plan, options, fixture.credentials, new NullProgressMonitor());

        assertEquals(Outcome.DEPLOYED, result.results().get(0).outcome(), result.results().get(0).message());
        assertEquals(1, result.results().get(0).toVersion());
        assertEquals(List.of("HQ"), fixture.names("a"), "deployed once, not twice");
    }

    @Test
    void aCancelledRolloutSkipsTheRest() throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor();
        DeploymentPlan plan = service.plan(Fixture.policy("HQ", 8080), List.of(fixture.target("a"),
                fixture.target("b")), fixture.credentials, monitor);
        monitor.setCanceled(true);

        DeploymentResult result = service.execute(plan, options, fixture.credentials, monitor);

        assertEquals(Status.CANCELLED, result.status());
        assertEquals(List.of(Outcome.SKIPPED, Outcome.SKIPPED), outcomes(result));
        assertEquals(List.of(), fixture.names("a"));
    }

    private DeploymentResult run(List<DeploymentTarget> targets, RolloutOptions rollout) {
        DeploymentPlan plan = service.plan(Fixture.policy("HQ", 8080), targets, fixture.credentials,
                new NullProgressMonitor());
        return service.execute(plan, rollout, fixture.credentials, new NullProgressMonitor());
    }

    private static List<Outcome> outcomes(DeploymentResult result) {
        return result.results().stream().map(TargetResult::outcome).toList();
    }
}
