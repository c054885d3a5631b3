package org.agentproxy.smartprotection;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the feature settings' checks, from {@code messages.properties} beside this class (a translation is a
 * {@code messages_<locale>.properties} beside it, e.g. in a fragment). Loaded the way {@code org.eclipse.osgi.util.NLS}
 * loads a messages class, with plain Java ({@link ResourceBundle} and this bundle's class loader, the default locale,
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
        ResourceBundle texts = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages", //$NON-NLS-1$
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
