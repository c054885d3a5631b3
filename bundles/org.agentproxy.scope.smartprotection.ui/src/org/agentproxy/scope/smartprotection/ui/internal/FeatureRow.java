package org.agentproxy.scope.smartprotection.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.SmartProtectionFeature;

/**
 * One line of the feature table: a feature of the policy (installed or not), or an installed feature the policy
 * does not have yet.
 *
 * @param id       the feature id
 * @param label    the name and id, or the id marked "plug-in not installed"
 * @param description what the feature does, from its contribution (empty when it is not installed)
 * @param settings the policy's settings of the feature, {@code null} when the policy does not have it
 * @param feature  the installed feature, {@code null} when its plug-in is absent
 */
record FeatureRow(String id, String label, String description, FeatureSettings settings,
        SmartProtectionFeature feature) {

    /** Whether agents send the feature's queries through the proxy: as its settings say, else (no settings) they do. */
    boolean routedThroughProxy() {
        return settings == null || settings.useGlobalProxy();
    }

    /** Whether the policy has no settings of the feature, so that it is routed by default (DESIGN R5). */
    boolean isDefault() {
        return settings == null;
    }

    /** What the routing column says: the default, through the proxy or not. */
    String routing() {
        return isDefault() ? Messages.FeatureRow_defaultUsesTheProxy
                : settings.useGlobalProxy() ? Messages.FeatureRow_throughTheProxy : Messages.FeatureRow_notThroughTheProxy;
    }

    /** The policy's features in its order, then the installed ones it does not have, in registry order. */
    static List<FeatureRow> of(Map<String, FeatureSettings> policy, List<SmartProtectionFeature> installed) {
        List<FeatureRow> rows = new ArrayList<>();
        policy.forEach((id, settings) -> rows.add(installed.stream().filter(f -> f.id().equals(id)).findFirst()
                .map(f -> row(f, settings))
                .orElseGet(() -> new FeatureRow(id, NLS.bind(Messages.FeatureRow_notInstalledRow, id,
                        Messages.FeatureRow_plugInNotInstalled), "", settings, null)))); //$NON-NLS-1$
        installed.stream().filter(f -> !policy.containsKey(f.id())).forEach(f -> rows.add(row(f, null)));
        return rows;
    }

    private static FeatureRow row(SmartProtectionFeature f, FeatureSettings settings) {
        return new FeatureRow(f.id(), f.name() + "   (" + f.id() + ")", f.description(), settings, f); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
