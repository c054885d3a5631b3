package org.agentproxy.smartprotection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Smart Protection feature as contributed to {@code org.agentproxy.smartprotection.features} or by a
 * {@link FeatureProvider}.
 *
 * @param id            the id policies store the feature's settings under
 * @param name          the name administrators see
 * @param description   what the feature sends to Smart Protection sources (may be empty)
 * @param icon          the icon's path in the contributing bundle, or {@code null}
 * @param purpose       the connection purpose the feature creates for agents
 * @param routing       how agents reach the feature's sources
 * @param requiresHttps whether the feature's sources must use HTTPS
 * @param contributor   the symbolic name of the contributing bundle
 * @param settings      the settings it declares, in declaration order (since 0.2.0)
 * @since 0.1.0
 */
public record SmartProtectionFeature(String id, String name, String description, String icon, String purpose,
        Routing routing, boolean requiresHttps, String contributor, List<FeatureSetting> settings) {

    /** What a feature id looks like: lower-case letters, digits, dots and hyphens, starting with a letter. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]*"); //$NON-NLS-1$

    public SmartProtectionFeature {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a feature id is lower-case letters, digits, dots and hyphens: " + id); //$NON-NLS-1$
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("feature " + id + " has no name"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Objects.requireNonNull(routing, "routing"); //$NON-NLS-1$
        description = description == null ? "" : description; //$NON-NLS-1$
        purpose = purpose == null || purpose.isBlank() ? id : purpose;
        contributor = contributor == null ? "" : contributor; //$NON-NLS-1$
        settings = settings == null ? List.of() : List.copyOf(settings);
    }

    /**
     * The settings the feature declares, in declaration order (empty when it declares none).
     *
     * @since 0.2.0
     */
    @Override
    public List<FeatureSetting> settings() {
        return settings;
    }

    /** A feature that declares no settings. */
    public SmartProtectionFeature(String id, String name, String description, String icon, String purpose,
            Routing routing, boolean requiresHttps, String contributor) {
        this(id, name, description, icon, purpose, routing, requiresHttps, contributor, List.of());
    }

    /**
     * The declared setting with this id, if any.
     *
     * @since 0.2.0
     */
    public java.util.Optional<FeatureSetting> setting(String settingId) {
        return settings.stream().filter(s -> s.id().equals(settingId)).findFirst();
    }

    /**
     * The problems of {@code properties} against the declared settings, each as {@code properties.NAME: reason};
     * properties the feature does not declare are not checked.
     *
     * @since 0.2.0
     */
    public List<String> checkProperties(Map<String, String> properties) {
        List<String> problems = new ArrayList<>();
        for (FeatureSetting s : settings) {
            String value = properties.get(s.id());
            if (value != null) {
                s.check(value).ifPresent(reason -> problems.add("properties." + s.id() + ": " + reason)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return problems;
    }
}
