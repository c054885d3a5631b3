package org.agentproxy.smartprotection;

import java.util.List;

import org.agentproxy.policy.FeatureSettings;

/**
 * Extra validation of a feature's settings in a policy: the optional {@code class} of a feature contribution.
 * Implementations have a public no-argument constructor and are created when first needed.
 * <p>
 * Since 0.3.0 the settings it gets hold every declared setting: the policy's value, else the declared
 * {@linkplain FeatureSetting#defaultValue() default} (a setting without either is absent), so a rule across two
 * settings also holds when the policy sets only one of them. A message made with {@link #warning(String)} is a
 * warning (reported, but it does not block a save or a deploy); any other message is an error.
 *
 * @since 0.1.0
 */
public interface FeatureValidator {

    /**
     * What a warning's message starts with.
     *
     * @since 0.3.0
     */
    String WARNING = "warning: "; //$NON-NLS-1$

    /**
     * A warning rather than an error: e.g. {@code warning("properties.timeoutSeconds: longer than 60 s delays scans")}.
     *
     * @since 0.3.0
     */
    static String warning(String message) {
        return WARNING + message;
    }

    /**
     * The problems of one policy's settings of this feature, as sentences for the administrator; empty when the
     * settings are fine. Never {@code null}. A message that starts with the field it is about, {@code useGlobalProxy: }
     * or {@code properties.NAME: }, is shown with that field's path (e.g.
     * {@code globalSmartProtection.features.ID.properties.NAME: reason}; see {@link FeatureRegistry#problems}).
     */
    List<String> validate(FeatureSettings settings);
}
