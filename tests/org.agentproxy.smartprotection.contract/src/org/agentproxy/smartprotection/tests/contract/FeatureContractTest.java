package org.agentproxy.smartprotection.tests.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The contract every Smart Protection feature keeps, whoever contributes it. Extend it in your feature's test
 * bundle, say which feature ({@link #featureId()}) and, when its validation needs some, settings it accepts
 * ({@link #validSettings()}). Since 0.2.0 it also checks the feature's declared settings: their defaults validate.
 */
public abstract class FeatureContractTest {

    /** The id of the feature under test; its plug-in must be installed. */
    protected abstract String featureId();

    /** Settings the feature's validation accepts; by default routed through the global proxy, no properties. */
    protected FeatureSettings validSettings() {
        return FeatureSettings.VIA_GLOBAL_PROXY;
    }

    /** The registry the feature is in; by default the studio's. */
    protected FeatureRegistry registry() {
        return FeatureRegistry.platform();
    }

    protected final SmartProtectionFeature feature() {
        return registry().feature(featureId())
                .orElseThrow(() -> new AssertionError("feature " + featureId() + " is not in the registry"));
    }

    @Test
    void isInTheRegistryExactlyOnce() {
        assertEquals(1, registry().features().stream().filter(f -> f.id().equals(featureId())).count());
    }

    @Test
    void itsIdIsAValidPolicyKey() {
        assertTrue(SmartProtectionFeature.ID.matcher(feature().id()).matches(), feature().id());
    }

    @Test
    void administratorsSeeANameAndADescription() {
        assertFalse(feature().name().isBlank());
        assertFalse(feature().description().isBlank(), "a feature describes what it sends to Smart Protection sources");
    }

    @Test
    void itCreatesAConnectionPurposeAndHasARouting() {
        assertFalse(feature().purpose().isBlank());
        assertNotNull(feature().routing());
    }

    @Test
    void itNamesItsContributingBundle() {
        assertFalse(feature().contributor().isBlank());
    }

    /** The icon, when the feature declares one, is a 16x16 PNG (width and height from its IHDR chunk). */
    @Test
    void itsIconIsA16By16PngOfItsBundle() throws IOException {
        if (feature().icon() == null) {
            return;
        }
        Bundle bundle = Platform.getBundle(feature().contributor());
        assertNotNull(bundle, "no bundle " + feature().contributor());
        URL icon = bundle.getEntry(feature().icon());
        assertNotNull(icon, feature().icon() + " is not in " + feature().contributor());
        try (InputStream in = icon.openStream()) {
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(24));
            assertEquals(0x89504e47, header.getInt(0), feature().icon() + " is no PNG");
            int width = header.getInt(16);
            int height = header.getInt(20);
            assertEquals("16x16", width + "x" + height, feature().icon());
        }
    }

    @Test
    void itsValidationAcceptsValidSettings() {
        assertEquals(List.of(), registry().validate(featureId(), validSettings()));
    }

    /**
     * Settings where every declared setting holds its default explicitly (over {@link #validSettings()}) validate.
     *
     * @since 0.2.0
     */
    @Test
    void itsDeclaredDefaultsValidate() {
        Map<String, String> properties = new LinkedHashMap<>(validSettings().properties());
        feature().settings().stream().filter(s -> s.defaultValue() != null)
                .forEach(s -> properties.put(s.id(), s.defaultValue()));
        assertEquals(List.of(), registry().validate(featureId(),
                new FeatureSettings(validSettings().useGlobalProxy(), properties)));
    }

    /**
     * Every declared setting has an id unique in the feature and a label.
     *
     * @since 0.2.0
     */
    @Test
    void itsDeclaredSettingsHaveUniqueIdsAndLabels() {
        List<String> ids = feature().settings().stream().map(FeatureSetting::id).toList();
        assertEquals(ids.stream().distinct().toList(), ids);
        feature().settings().forEach(s -> assertFalse(s.label().isBlank(), s.id()));
    }

    @Test
    void itsValidationToleratesPropertiesItDoesNotKnow() {
        Map<String, String> properties = new LinkedHashMap<>(validSettings().properties());
        properties.put("x-written-by-a-newer-version", "1");
        FeatureSettings settings = new FeatureSettings(validSettings().useGlobalProxy(), properties);
        assertNotNull(registry().validate(featureId(), settings));
    }

    @Test
    void itsValidationNeverThrowsOnEmptySettings() {
        assertNotNull(registry().validate(featureId(), new FeatureSettings(false, Map.of())));
    }
}
