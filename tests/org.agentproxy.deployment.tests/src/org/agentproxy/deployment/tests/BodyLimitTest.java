package org.agentproxy.deployment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.RetryPolicy;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TargetResult.Outcome;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy larger than the server's {@code --max-body}: the HTTP transport reports the 413 with the server's limit,
 * once, as a refusal (not retried as if the connection had failed), and nothing is deployed.
 */
class BodyLimitTest {

    private static final int LIMIT = 1024;

    @TempDir
    Path data;

    @Test
    void aPolicyOverTheServersLimitIsRefusedOnceWithTheLimitNamed() throws Exception {
        try (Fixture fixture = new Fixture(data, c -> c.withMaxBodyBytes(LIMIT))) {
            fixture.createGroup("hq");
            Policy big = Fixture.policy("Big", 8080).withBypassList(IntStream.range(0, 100)
                    .mapToObj(i -> "host-" + i + ".branch.corp.example").toList());
            DeploymentService service = Fixture.service();
            RolloutOptions options = RolloutOptions.DEFAULT.withRetry(new RetryPolicy(3, Duration.ofMillis(1), 1.0,
                    Duration.ofMillis(1)));

            DeploymentPlan plan = service.plan(big, List.of(fixture.target("hq")), fixture.credentials,
                    new NullProgressMonitor());
            DeploymentResult result = service.execute(plan, options, fixture.credentials, new NullProgressMonitor());

            TargetResult hq = result.results().get(0);
            assertEquals(Outcome.FAILED, hq.outcome(), hq.message());
            assertEquals(1, hq.attempts(), "a 413 is not retried: " + hq.message());
            assertTrue(hq.message().contains("HTTP 413") && hq.message().contains("limit of " + LIMIT + " bytes")
                    && hq.message().contains("--max-body"), hq.message());
            assertEquals(List.of(), fixture.names("hq"));
        }
    }
}
