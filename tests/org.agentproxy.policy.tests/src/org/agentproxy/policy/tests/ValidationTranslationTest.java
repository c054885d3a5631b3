package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.validation.PolicyValidator;
import org.junit.jupiter.api.Test;

/**
 * The validator's texts are translatable: with a {@code messages_<locale>.properties} beside its
 * {@code messages.properties} (what a language pack fragment adds) and that locale as the default (what Equinox sets
 * from {@code -nl}), the problems read in that language, under the same field paths. The validator's classes are
 * loaded afresh in a class loader that also sees the translation, so this runs in the OSGi test runtime and on a
 * plain class path alike.
 */
class ValidationTranslationTest {

    private static final Locale PSEUDO = Locale.of("en", "XA");

    /** The translation a fragment would add: two texts of the validator, one of the host name checks. */
    private static final Map<String, String> TRANSLATIONS = Map.of(
            "org/agentproxy/policy/validation/messages_en_XA.properties",
            "EndpointRules_hostRequiredEnabled=[is required when the proxy is enabled~~~~~~~~~~~]\n"
                    + "EndpointRules_portRangeEnabled=[must be 1\\u2013{0} (the proxy is enabled)~~~~~~~~~~]\n",
            "org/agentproxy/policy/net/messages_en_XA.properties",
            "HostNames_space=[contains a space (\"{0}\")~~~~~~~]\n");

    @Test
    void problemsReadInTheDefaultLocaleWhenATranslationIsInstalled() throws Exception {
        Policy policy = TestPolicies.withInternalServerProxy(new ProxyEndpoint(true, null, 0, null, null))
                .withGlobalSmartProtection(TestPolicies.withGlobalProxy(TestPolicies.proxy("bad host", 8080))
                        .globalSmartProtection());
        List<String> problems = validateIn(PSEUDO, policy);
        assertTrue(problems.contains(
                "internalAgents.server.host: [is required when the proxy is enabled~~~~~~~~~~~]"),
                problems::toString);
        assertTrue(problems.contains(
                "internalAgents.server.port: [must be 1\u201365535 (the proxy is enabled)~~~~~~~~~~]"),
                problems::toString);
        assertTrue(problems.contains("globalSmartProtection.proxy.host: [contains a space (\"bad host\")~~~~~~~]"),
                problems::toString);
        // a text the translation leaves out falls back to English
        assertEquals(PolicyValidator.validate(policy).size(), problems.size());
    }

    @Test
    void englishWithoutATranslation() throws Exception {
        Policy policy = TestPolicies.withInternalServerProxy(new ProxyEndpoint(true, null, 0, null, null));
        assertTrue(validateIn(Locale.GERMANY, policy)
                .contains("internalAgents.server.host: is required when the proxy is enabled"));
    }

    /** The problems ({@code path: message}) of a fresh copy of the validator whose texts load in a locale. */
    private static List<String> validateIn(Locale locale, Policy policy) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            Class<?> validator = new Translated(PolicyValidator.class.getClassLoader())
                    .loadClass(PolicyValidator.class.getName());
            List<?> problems = (List<?>) validator.getMethod("validate", Policy.class).invoke(null, policy);
            return problems.stream().map(Object::toString).toList();
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * Defines the validator's and the host name checks' classes itself (so that their messages load again) and adds
     * the translations; everything else (the model, the JDK) comes from the policy bundle.
     */
    private static final class Translated extends ClassLoader {

        Translated(ClassLoader policyBundle) {
            super(policyBundle);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.agentproxy.policy.validation.") && !name.startsWith("org.agentproxy.policy.net.")
                    && !name.startsWith("org.agentproxy.policy.internal.nls.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public URL getResource(String name) {
            String translation = TRANSLATIONS.get(name);
            if (translation == null) {
                return super.getResource(name);
            }
            try {
                Path file = Files.createTempFile("messages_en_XA", ".properties");
                file.toFile().deleteOnExit();
                return Files.writeString(file, translation, StandardCharsets.UTF_8).toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
