package org.agentproxy.smartprotection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.policy.validation.Severity;
import org.agentproxy.smartprotection.internal.PlatformFeatureRegistry;

/**
 * Every installed Smart Protection feature: the contributions to {@code org.agentproxy.smartprotection.features}
 * (read when first needed, re-read when bundles come and go), then the features of registered
 * {@link FeatureProvider} services. Invalid contributions and repeated ids are logged and skipped.
 *
 * @since 0.1.0
 */
public interface FeatureRegistry {

    /** The features, in the order of their contributing bundles' names, then of declaration. */
    List<SmartProtectionFeature> features();

    /** The feature with this id, if its plug-in is installed. */
    Optional<SmartProtectionFeature> feature(String id);

    /**
     * The problems of a policy's settings of a feature: first its properties that do not fit the feature's declared
     * {@linkplain SmartProtectionFeature#settings() settings} (type, range, choices; since 0.2.0), then what the
     * feature's own validation (the contribution's {@code class}, or its provider) finds in the settings completed
     * with the declared defaults (since 0.3.0); each message that is about one property starts with
     * {@code properties.NAME: }, a warning with {@link FeatureValidator#WARNING}. Empty when all is fine, or when the
     * feature is not installed.
     */
    List<String> validate(String featureId, FeatureSettings settings);

    /**
     * The declarations left out when the contributions were last read (invalid or repeated features, invalid
     * settings), with the contributing bundle and why; the same lines go to the log.
     *
     * @since 0.3.0
     */
    default List<SkippedDeclaration> skipped() {
        return List.of();
    }

    /**
     * Every problem the installed features' own validation finds in a policy, with a field path: each feature's path
     * is {@code globalSmartProtection.features.ID}; a message starting with a path inside the settings
     * ({@code useGlobalProxy: } or {@code properties.NAME: }) points at that field. A message starting with
     * {@link FeatureValidator#WARNING} is a warning (since 0.3.0), any other an error. Settings of features whose
     * plug-in is absent are not checked (they are kept as they are).
     */
    default List<Problem> problems(Policy policy) {
        Pattern field = Pattern.compile("(useGlobalProxy|properties\\.[^:\\s]+): (.+)", Pattern.DOTALL); //$NON-NLS-1$
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, FeatureSettings> f : policy.globalSmartProtection().features().entrySet()) {
            String path = "globalSmartProtection.features." + f.getKey(); //$NON-NLS-1$
            for (String message : validate(f.getKey(), f.getValue())) {
                Severity severity = message.startsWith(FeatureValidator.WARNING) ? Severity.WARNING : Severity.ERROR;
                String text = severity == Severity.WARNING ? message.substring(FeatureValidator.WARNING.length())
                        : message;
                Matcher m = field.matcher(text);
                problems.add(m.matches() ? new Problem(path + "." + m.group(1), severity, m.group(2)) //$NON-NLS-1$
                        : new Problem(path, severity, text));
            }
        }
        return problems;
    }

    /** Calls {@code listener} after the features changed (a bundle came or went); on any thread. */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);

    /**
     * The studio's registry, over the platform's extension registry and the OSGi service registry: the
     * {@code FeatureRegistry} OSGi service (a Declarative Services component). Components reference that service
     * instead; this is for code the framework creates (views, handlers, applications).
     *
     * @throws IllegalStateException when the service is not registered (no OSGi runtime, or Felix SCR not running)
     */
    static FeatureRegistry platform() {
        return PlatformFeatureRegistry.get();
    }
}
