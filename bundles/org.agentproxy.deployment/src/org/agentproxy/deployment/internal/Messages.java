package org.agentproxy.deployment.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The deployment engine's progress texts and a rollout's notes and stop reasons, from {@code messages.properties} beside this class (a translation is a
 * {@code messages_<locale>.properties} beside it, e.g. in a fragment). Loaded the way {@code org.eclipse.osgi.util.NLS}
 * loads a messages class, with plain Java ({@link ResourceBundle} and this bundle's class loader, the default locale,
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
        ResourceBundle texts = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages",
                Locale.getDefault(), Messages.class.getClassLoader());
        for (Field field : Messages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    field.set(null, texts.getString(field.getName()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private Messages() {
    }

    /** A message with its values, as {@code NLS.bind} makes it: each value as {@link String#valueOf(Object)}. */
    static String bind(String message, Object... values) {
        return MessageFormat.format(message, Arrays.stream(values).map(String::valueOf).toArray());
    }
}
