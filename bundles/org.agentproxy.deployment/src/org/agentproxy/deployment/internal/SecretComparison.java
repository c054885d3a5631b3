package org.agentproxy.deployment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.deployment.DeploymentTransport;
import org.agentproxy.deployment.DeploymentTransport.HeldSecrets;
import org.agentproxy.deployment.SecretChange;
import org.agentproxy.deployment.SecretChange.State;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.policy.SecretFingerprint;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Compares the values a deployment will send with the fingerprints of the values a target holds, per secret the
 * policy refers to. No value leaves the client: the target gives a salt and a slow hash per key, the client hashes
 * its own value the same way.
 */
final class SecretComparison {

    private SecretComparison() {
    }

    /** The plan with its {@link TargetPlan#secrets()}; a target whose fingerprints cannot be read gets a problem. */
    static TargetPlan of(TargetPlan plan, PolicySecrets secrets, Transports transports, IProgressMonitor monitor) {
        if (secrets.isEmpty()) {
            return plan;
        }
        DeploymentTransport transport = transports.forTarget(plan.target()).orElse(null);
        Optional<HeldSecrets> held = Optional.empty();
        if (transport != null && transport.carriesSecrets()) {
            var read = Retrier.call(Deployer.PLAN_RETRY, monitor, plan.target().toString(),
                    () -> transport.secretFingerprints(plan.target(), transports.token(plan.target()), monitor));
            if (!read.succeeded()) {
                return new TargetPlan(plan.target(), plan.transport(), plan.currentVersion(), plan.changes(),
                        "the secret values held there cannot be compared: " + read.failure().getMessage(),
                        read.failure().kind(), plan.deployed());
            }
            held = read.value();
        }
        List<SecretChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : secrets.fields().entrySet()) {
            changes.add(new SecretChange(e.getValue(), e.getKey(), state(held, secrets.valueOf(e.getKey()),
                    e.getKey())));
        }
        return new TargetPlan(plan.target(), plan.transport(), plan.currentVersion(), plan.changes(), null, null,
                plan.deployed(), changes, held.map(HeldSecrets::revision).orElse(-1L));
    }

    private static State state(Optional<HeldSecrets> held, char[] value, String key) {
        if (held.isEmpty()) {
            return State.NOT_COMPARED;
        }
        if (value == null) {
            return State.NO_VALUE;
        }
        SecretFingerprint fingerprint = held.get().fingerprints().get(key);
        if (fingerprint == null) {
            return State.NEW;
        }
        return fingerprint.matches(value) ? State.UNCHANGED : State.CHANGED;
    }
}
