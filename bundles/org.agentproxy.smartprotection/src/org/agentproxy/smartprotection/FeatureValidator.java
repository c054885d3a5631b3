package org.agentproxy.smartprotection;

import java.util.List;

import org.agentproxy.policy.FeatureSettings;

/**
 * Extra validation of a feature's settings in a policy: the optional {@code class} of a feature contribution.
 * Implementations have a public no-argument constructor and are created when first needed.
 *
 * @since 0.1.0
 */
public interface FeatureValidator {

    /**
     * The problems of one policy's settings of this feature, as sentences for the administrator; empty when the
     * settings are fine. Never {@code null}. A message that starts with the field it is about, {@code useGlobalProxy: }
     * or {@code properties.NAME: }, is shown with that field's path (e.g.
     * {@code globalSmartProtection.features.ID.properties.NAME: reason}; see {@link FeatureRegistry#problems}).
     */
    List<String> validate(FeatureSettings settings);
}
