package org.agentproxy.policy.internal.nls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads a package's {@code Messages} class the way {@code org.eclipse.osgi.util.NLS} does, with plain Java: each
 * static String field gets its text from {@code messages.properties} in the same package (a translation is a
 * {@code messages_<locale>.properties} beside it, e.g. in a fragment). The model is plain Java, used by plain-Java
 * tests and tools too, so it reads its texts through {@link ResourceBundle} with the bundle's class loader, in the
 * default locale (which Equinox sets from {@code -nl}). The other core bundles' messages classes (simulation,
 * deployment, smartprotection) load through it too: the package is exported to them alone ({@code x-friends}).
 */
public final class Texts {

    private Texts() {
    }

    /** Sets each static String field of a messages class to its text in the class's {@code messages} bundle. */
    public static void load(Class<?> messages) {
        ResourceBundle texts = ResourceBundle.getBundle(messages.getPackageName() + ".messages", //$NON-NLS-1$
                Locale.getDefault(), messages.getClassLoader());
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    field.setAccessible(true);
                    field.set(null, texts.getString(field.getName()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * A message with its values, as {@code NLS.bind} makes it: {@code {0}} … replaced by each value as
     * {@link String#valueOf(Object)} (numbers without grouping), a quote written twice.
     */
    public static String bind(String message, Object... values) {
        return MessageFormat.format(message, Arrays.stream(values).map(String::valueOf).toArray());
    }
}
