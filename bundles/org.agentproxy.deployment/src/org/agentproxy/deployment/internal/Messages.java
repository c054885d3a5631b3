package org.agentproxy.deployment.internal;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * The deployment engine's progress texts and a rollout's notes and stop reasons, from {@code messages.properties} beside this class (a translation is a
 * {@code messages_<locale>.properties} beside it, e.g. in a fragment). Loaded the way {@code org.eclipse.osgi.util.NLS}
 * loads a messages class, with plain Java ({@code java.util.ResourceBundle} and this bundle's class loader, the default locale,
 * which Equinox sets from {@code -nl}): the deployment engine is used by the CLI and on a plain class path too.
 */
final class Messages {

    static String Rollout_deploying;
    static String Rollout_cancelledBefore;
    static String Rollout_canary;
    static String Rollout_cancelled;
    static String Rollout_canaryFailed;
    static String Rollout_tooManyFailures;
    static String Rollout_secretsNotCarried;
    static String Rollout_withOneSecret;
    static String Rollout_withSecrets;
    static String Rollout_conflict;
    static String Rollout_secretsOnlyOne;
    static String Rollout_secretsOnly;
    static String Rollout_secretsNotStored;
    static String Rollout_landed;
    static String Deployer_planning;
    static String Deployer_reading;

    static {
        Texts.load(Messages.class);
    }

    private Messages() {
    }

    /** A message with its values, as {@code NLS.bind} makes it: each value as {@link String#valueOf(Object)}. */
    static String bind(String message, Object... values) {
        return Texts.bind(message, values);
    }
}
