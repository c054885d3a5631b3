package org.agentproxy.deployment;

import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.diff.FieldChange;

/**
 * The plan for one target: what is deployed there now and what the deployment changes, field by field.
 *
 * @param target         the target
 * @param transport      the id of the transport that serves it, or {@code null} when none does
 * @param currentVersion the version deployed there now, 0 when none
 * @param changes        the changes from the deployed policy to the new one (every field added when none)
 * @param problem        why the target could not be read (unreachable, no transport, wrong token), or
 *                       {@code null}
 * @param problemKind    the kind of the transport failure behind the problem, or {@code null}
 * @param deployed       the policy deployed there now (what the changes are against, e.g. for a fleet impact), or
 *                       {@code null} when none is or it could not be read
 */
public record TargetPlan(DeploymentTarget target, String transport, long currentVersion, List<FieldChange> changes,
        String problem, TransportException.Kind problemKind, Policy deployed) {

    public TargetPlan {
        changes = List.copyOf(changes);
    }

    /** A plan without the deployed policy. */
    public TargetPlan(DeploymentTarget target, String transport, long currentVersion, List<FieldChange> changes,
            String problem, TransportException.Kind problemKind) {
        this(target, transport, currentVersion, changes, problem, problemKind, null);
    }

    /** Whether the target was read: its changes are known. */
    public boolean isReady() {
        return problem == null;
    }

    /** Whether the target has the policy already (nothing to deploy). */
    public boolean isUpToDate() {
        return problem == null && currentVersion > 0 && changes.isEmpty();
    }
}
