package org.agentproxy.ui.tests;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Pseudo-translates the studio's Java texts in the running workbench, as a pseudo locale would: every field of every
 * {@code Messages} class of the {@code org.agentproxy.*} bundles (the UI's {@code NLS} classes and the core's
 * {@code ResourceBundle} ones, found by their {@code messages.properties}) becomes {@code [text~~~]}, 30 % longer, with
 * its {@code {0}} placeholders and mnemonics kept — the rule of {@code releng/scripts/pseudo_properties.py}, which the
 * product's pseudo-translated run uses. What is opened afterwards shows the pseudo texts; {@link #restore()} puts the
 * English back. The {@code plugin.xml} texts (menus, view titles) are read by the workbench at start-up and stay
 * English here: the product run ({@code releng/scripts/pseudo-translate.sh}) shows those.
 */
final class PseudoTranslation {

    private record Saved(Field field, String english) {
    }

    private final List<Saved> saved = new ArrayList<>();

    private PseudoTranslation() {
    }

    /** The pseudo translation of a text: bracketed and lengthened by 30 % (at least one {@code ~}). */
    static String pseudo(String text) {
        int shown = text.replaceAll("\\{\\d+\\}", "").length();
        return "[" + text + "~".repeat(Math.max(1, (int) Math.ceil(shown * 0.3))) + "]";
    }

    /** Pseudo-translates every messages class of the studio's bundles. */
    static PseudoTranslation apply() {
        PseudoTranslation translation = new PseudoTranslation();
        for (Bundle bundle : FrameworkUtil.getBundle(PseudoTranslation.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (name == null || !name.startsWith("org.agentproxy.") || name.contains(".tests") || wiring == null
                    || (bundle.getHeaders().get("Fragment-Host") != null)) {
                continue;
            }
            Collection<String> files = wiring.listResources("/", "messages.properties",
                    BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL);
            for (String file : files) {
                String packageName = file.substring(0, Math.max(0, file.lastIndexOf('/'))).replace('/', '.');
                translation.translate(bundle, packageName + ".Messages");
            }
        }
        return translation;
    }

    private void translate(Bundle bundle, String className) {
        Class<?> messages;
        try {
            messages = bundle.loadClass(className);
        } catch (ClassNotFoundException e) {
            return; // a properties file that is no messages class's (e.g. picocli's help texts)
        }
        for (Field field : messages.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    field.setAccessible(true);
                    String english = (String) field.get(null); // initializes the class: its texts are loaded
                    if (english != null) {
                        saved.add(new Saved(field, english));
                        field.set(null, pseudo(english));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(className + "." + field.getName(), e);
                }
            }
        }
    }

    /**
     * The English of every text pseudo-translated now — what {@code UntranslatedTexts} looks for in tree, table and
     * combo items (an enum's label shown untranslated there is one of them).
     */
    Set<String> english() {
        Set<String> texts = new HashSet<>();
        saved.forEach(s -> texts.add(s.english().replace("&", "")));
        return texts;
    }

    /** How many texts are pseudo-translated now. */
    int size() {
        return saved.size();
    }

    /** Puts the English texts back. */
    void restore() {
        for (Saved s : saved) {
            try {
                s.field().set(null, s.english());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(s.field().toString(), e);
            }
        }
        saved.clear();
    }
}
