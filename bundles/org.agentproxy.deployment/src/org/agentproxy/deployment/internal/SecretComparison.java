package org.agentproxy.deployment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Map<String, SecretFingerprint> toCompare = new LinkedHashMap<>();
        if (held.isPresent()) {
            for (String key : secrets.fields().keySet()) {
                SecretFingerprint fingerprint = held.get().fingerprints().get(key);
                if (fingerprint != null && secrets.valueOf(key) != null) {
                    toCompare.put(key, fingerprint);
                }
            }
        }
        Map<String, Boolean> matches = secrets.matches(toCompare); // the slow hashes: once each, side by side
        List<SecretChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : secrets.fields().entrySet()) {
            changes.add(new SecretChange(e.getValue(), e.getKey(), state(held, secrets.valueOf(e.getKey()),
                    e.getKey(), matches.get(e.getKey()))));
        }
        return new TargetPlan(plan.target(), plan.transport(), plan.currentVersion(), plan.changes(), null, null,
                plan.deployed(), changes, held.map(HeldSecrets::revision).orElse(-1L));
    }

    private static State state(Optional<HeldSecrets> held, char[] value, String key, Boolean matches) {
        if (held.isEmpty()) {
            return State.NOT_COMPARED;
        }
        if (value == null) {
            return State.NO_VALUE;
        }
        if (held.get().fingerprints().get(key) == null) {
            return State.NEW;
        }
        return Boolean.TRUE.equals(matches) ? State.UNCHANGED : State.CHANGED;
    }
}
