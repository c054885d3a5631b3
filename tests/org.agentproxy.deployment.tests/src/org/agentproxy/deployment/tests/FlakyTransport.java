package org.agentproxy.deployment.tests;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeployedPolicy;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.DeploymentTransport;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.VersionInfo;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A real transport whose first {@code failures} deploys fail as a 503 would (transient); optionally the deploy
 * lands on the server before its answer is "lost".
 */
final class FlakyTransport implements DeploymentTransport {

    private final DeploymentTransport real;
    private final AtomicInteger failuresLeft;
    private final boolean landBeforeFailing;
    final AtomicInteger deployCalls = new AtomicInteger();

    FlakyTransport(DeploymentTransport real, int failures, boolean landBeforeFailing) {
        this.real = real;
        this.failuresLeft = new AtomicInteger(failures);
        this.landBeforeFailing = landBeforeFailing;
    }

    @Override
    public String id() {
        return "flaky-" + real.id();
    }

    @Override
    public boolean supports(DeploymentTarget target) {
        return real.supports(target);
    }

    @Override
    public Optional<DeployedPolicy> current(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException {
        return real.current(target, token, monitor);
    }

    @Override
    public long deploy(DeploymentTarget target, AccessToken token, Policy policy, long expectedVersion, String note,
            IProgressMonitor monitor) throws TransportException {
        deployCalls.incrementAndGet();
        if (failuresLeft.getAndDecrement() > 0) {
            if (landBeforeFailing) {
                real.deploy(target, token, policy, expectedVersion, note, monitor);
            }
            throw new TransportException(TransportException.Kind.TRANSIENT, 503, target + ": HTTP 503: busy");
        }
        return real.deploy(target, token, policy, expectedVersion, note, monitor);
    }

    @Override
    public long rollback(DeploymentTarget target, AccessToken token, long toVersion, long expectedVersion,
            String note, IProgressMonitor monitor) throws TransportException {
        return real.rollback(target, token, toVersion, expectedVersion, note, monitor);
    }

    @Override
    public List<VersionInfo> history(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException {
        return real.history(target, token, monitor);
    }
}
