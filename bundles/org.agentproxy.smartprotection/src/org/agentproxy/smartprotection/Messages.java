package org.agentproxy.smartprotection;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * The texts of the feature settings' checks, from {@code messages.properties} beside this class (a translation is a
 * {@code messages_<locale>.properties} beside it, e.g. in a fragment). Loaded the way {@code org.eclipse.osgi.util.NLS}
 * loads a messages class, with plain Java ({@code java.util.ResourceBundle} and this bundle's class loader, the default locale,
 * which Equinox sets from {@code -nl}): the registry's model is used on a plain class path too (the fuzz and client tests).
 */
final class Messages {

    static String FeatureSetting_boolean;
    static String FeatureSetting_choice;
    static String FeatureSetting_integer;
    static String FeatureSetting_integerFromTo;
    static String FeatureSetting_integerAtLeast;
    static String FeatureSetting_integerAtMost;

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
