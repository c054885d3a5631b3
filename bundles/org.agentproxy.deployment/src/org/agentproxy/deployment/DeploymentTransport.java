package org.agentproxy.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretFingerprint;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Moves policies to one kind of target. Implementations are OSGi services; the engine picks the first that
 * {@link #supports} a target. Every write is conditional on the version the caller saw (optimistic
 * concurrency): a stale one fails with {@link TransportException.Kind#CONFLICT} and changes nothing.
 * Implementations are thread-safe and honour cancellation of the monitor.
 */
public interface DeploymentTransport {

    /** A short id for messages and records: {@code http}, {@code folder}. */
    String id();

    /** Whether this transport handles the target (usually by the server URI's scheme). */
    boolean supports(DeploymentTarget target);

    /** What is deployed at the target now; empty when nothing is. */
    Optional<DeployedPolicy> current(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException;

    /**
     * Deploys a policy as a new version if {@code expectedVersion} is still current (0: nothing deployed).
     *
     * @param note a short text for the target's audit log (e.g. the deployment id), or {@code null}
     * @return the new version
     */
    long deploy(DeploymentTarget target, AccessToken token, Policy policy, long expectedVersion, String note,
            IProgressMonitor monitor) throws TransportException;

    /**
     * Makes version {@code toVersion}'s policy current again, as a new version, if {@code expectedVersion} is still
     * current.
     *
     * @return the new version
     */
    long rollback(DeploymentTarget target, AccessToken token, long toVersion, long expectedVersion, String note,
            IProgressMonitor monitor) throws TransportException;

    /**
     * Whether this transport delivers secret values ({@link #putSecrets}). One that does not deploys only the
     * policy, whose secrets are references; the values must reach the target some other way.
     */
    default boolean carriesSecrets() {
        return false;
    }

    /**
     * Stores the values of the secrets a policy about to be deployed refers to, replacing the target's values,
     * if {@code expectedVersion} is still current (checked right before, so a target changed since the plan keeps
     * its values: {@link TransportException.Kind#CONFLICT}). The values are never logged nor put into a message;
     * the caller wipes its arrays afterwards.
     *
     * @param values                  by secret key
     * @param expectedSecretsRevision the target's secrets revision the plan compared against (a target whose
     *                                values changed since keeps them: {@link TransportException.Kind#CONFLICT}),
     *                                or -1 when the plan did not read one
     */
    default void putSecrets(DeploymentTarget target, AccessToken token, Map<String, char[]> values,
            long expectedVersion, long expectedSecretsRevision, IProgressMonitor monitor) throws TransportException {
        throw new TransportException(TransportException.Kind.FAILED, 0, target + ": the " + id()
                + " transport does not carry secret values");
    }

    /**
     * The {@linkplain SecretFingerprint fingerprints} of the secret values the target holds, by key, so that a plan
     * can tell which values a deployment changes without the target returning any value. Empty when this transport
     * cannot tell (it carries no values, or the server does not offer fingerprints).
     */
    default Optional<HeldSecrets> secretFingerprints(DeploymentTarget target, AccessToken token,
            IProgressMonitor monitor) throws TransportException {
        return Optional.empty();
    }

    /** The target's versions, oldest first. */
    List<VersionInfo> history(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException;

    /**
     * What a target holds of its secret values: never a value, only its secrets revision (the version of the whole
     * set of values, changed by every store) and per key a fingerprint.
     */
    record HeldSecrets(long revision, Map<String, SecretFingerprint> fingerprints) {

        public HeldSecrets {
            fingerprints = Map.copyOf(fingerprints);
        }
    }
}
