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
 * @param secrets        per secret the policy refers to, whether its value at the target changes (field order)
 * @param secretsRevision the target's secrets revision the secrets were compared against (the execute sends it
 *                       as {@code If-Match}), or -1 when they were not compared
 */
public record TargetPlan(DeploymentTarget target, String transport, long currentVersion, List<FieldChange> changes,
        String problem, TransportException.Kind problemKind, Policy deployed, List<SecretChange> secrets,
        long secretsRevision) {

    public TargetPlan {
        changes = List.copyOf(changes);
        secrets = List.copyOf(secrets);
    }

    /** A plan whose secrets were not compared against a revision. */
    public TargetPlan(DeploymentTarget target, String transport, long currentVersion, List<FieldChange> changes,
            String problem, TransportException.Kind problemKind, Policy deployed, List<SecretChange> secrets) {
        this(target, transport, currentVersion, changes, problem, problemKind, deployed, secrets, -1);
    }

    /** A plan without secret comparisons. */
    public TargetPlan(DeploymentTarget target, String transport, long currentVersion, List<FieldChange> changes,
            String problem, TransportException.Kind problemKind, Policy deployed) {
        this(target, transport, currentVersion, changes, problem, problemKind, deployed, List.of());
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

    /** Whether the target has the policy already (no new version needed); its secrets may still change. */
    public boolean isPolicyUpToDate() {
        return problem == null && currentVersion > 0 && changes.isEmpty();
    }

    /** The secrets whose value at the target the deployment changes (new or changed). */
    public List<SecretChange> secretChanges() {
        return secrets.stream().filter(SecretChange::isChange).toList();
    }

    /**
     * Whether nothing changes at the target: it has the policy and the value of every secret that could be
     * compared. A target whose policy is up to date but whose secrets differ is not: the deployment sends only
     * the secret values.
     */
    public boolean isUpToDate() {
        return isPolicyUpToDate() && secretChanges().isEmpty();
    }

    /** Whether only the secret values go to the target (its policy is up to date). */
    public boolean isSecretsOnly() {
        return isPolicyUpToDate() && !secretChanges().isEmpty();
    }
}
