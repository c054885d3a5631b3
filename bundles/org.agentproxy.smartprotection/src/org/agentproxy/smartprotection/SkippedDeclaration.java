package org.agentproxy.smartprotection;

import java.util.Objects;

/**
 * A declaration the registry left out when it read the contributions: a whole feature (an invalid or repeated
 * contribution) or one of its settings (an unknown type, {@code min} above {@code max}, a default out of range, …).
 * The feature and its other settings still work when only a setting is left out.
 *
 * @param contributor the symbolic name of the bundle that declared it
 * @param featureId   the feature's id, or {@code null} when the contribution has none
 * @param settingId   the setting's id when only a setting was left out, else {@code null}
 * @param reason      why, as a sentence for the plug-in's developer
 * @since 0.3.0
 */
public record SkippedDeclaration(String contributor, String featureId, String settingId, String reason) {

    public SkippedDeclaration {
        Objects.requireNonNull(contributor, "contributor"); //$NON-NLS-1$
        Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
    }

    /** Whether only one setting of an otherwise registered feature was left out. */
    public boolean isSetting() {
        return settingId != null;
    }

    /** The line the registry logs for it. */
    public String message() {
        return isSetting()
                ? "Skipping a setting of the Smart Protection feature " + featureId + " contributed by " + contributor //$NON-NLS-1$ //$NON-NLS-2$
                        + ": " + reason //$NON-NLS-1$
                : "Skipping a Smart Protection feature contributed by " + contributor //$NON-NLS-1$
                        + " to org.agentproxy.smartprotection.features: " + reason; //$NON-NLS-1$
    }
}
