package org.agentproxy.scope.smartprotection.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Policy;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.PolicyField;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The declared settings of the feature selected in the feature table, each a field bound to its property in the
 * policy ({@code globalSmartProtection.features.ID.properties.NAME}); an unset setting shows its default. The
 * properties the studio cannot edit — all of them when the feature's plug-in is absent, those its plug-in does not
 * declare otherwise (written by another version of it) — show read-only with their values: they are kept as they are,
 * and nothing is saved that the page does not show.
 */
final class FeatureSettingsFields {

    static final String ID = "globalSmartProtection.featureSettings"; //$NON-NLS-1$

    private final ScopePageSite site;
    private final Composite fields;
    private Object shown;

    private FeatureSettingsFields(ScopePageSite site, Composite fields) {
        this.site = site;
        this.fields = fields;
    }

    static void create(Composite client, ScopePageSite site, StructuredViewer table) {
        Composite fields = site.toolkit().createComposite(client);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1));
        fields.setLayout(new GridLayout(2, false));
        site.toolkit().paintBordersFor(fields);
        fields.setData(FieldBinder.ID_KEY, ID);
        FeatureSettingsFields f = new FeatureSettingsFields(site, fields);
        f.show(null);
        table.addSelectionChangedListener(e -> f.show((FeatureRow) ((IStructuredSelection) e.getSelection())
                .getFirstElement()));
    }

    /** Shows the row's fields, unless they are shown already (the table refreshes its rows on every edit). */
    private void show(FeatureRow row) {
        Object key = row == null ? null : Map.entry(row.id(), row.feature() == null ? "" : row.feature()); //$NON-NLS-1$
        if (key != null && key.equals(shown) || fields.isDisposed()) {
            return;
        }
        shown = key;
        for (Control c : fields.getChildren()) {
            c.dispose();
        }
        if (row == null) {
            hint(Messages.FeatureSettingsFields_selectAFeatureToSee);
        } else if (row.feature() == null) {
            hint(NLS.bind(Messages.FeatureSettingsFields_thePlugInOf0, row.id(), (row.settings() == null ? 0
                    : row.settings().properties().size())));
            kept(row, Set.of());
        } else {
            if (row.feature().settings().isEmpty()) {
                hint(NLS.bind(Messages.FeatureSettingsFields_0DeclaresNoSettings, row.feature().name()));
            } else {
                hint(NLS.bind(Messages.FeatureSettingsFields_settingsOf0AnEmpty, row.feature().name()));
                row.feature().settings().forEach(s -> field(row.feature(), s));
            }
            Set<String> declared = new HashSet<>();
            row.feature().settings().forEach(s -> declared.add(s.id()));
            if (row.settings() != null && !declared.containsAll(row.settings().properties().keySet())) {
                hint(NLS.bind(Messages.FeatureSettingsFields_notDeclaredBy0, row.feature().name()));
                kept(row, declared);
            }
        }
        site.binder().refresh();
        fields.getParent().getParent().layout(true, true);
    }

    /**
     * The feature's properties not in {@code declared}, each a read-only field with its name and value (the policy's
     * path as its id): shown, never changed.
     */
    private void kept(FeatureRow row, Set<String> declared) {
        if (row.settings() == null) {
            return;
        }
        row.settings().properties().forEach((name, value) -> {
            if (declared.contains(name)) {
                return;
            }
            Label label = site.toolkit().createLabel(fields, ""); //$NON-NLS-1$
            label.setText(site.binder().mnemonic(name + ":", label)); //$NON-NLS-1$
            label.setToolTipText(Messages.FeatureSettingsFields_keptAsItIs);
            Text text = site.toolkit().createText(fields, value, SWT.READ_ONLY);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.setData(FieldBinder.ID_KEY, FeatureTable.ID + "." + row.id() + ".properties." + name); //$NON-NLS-1$ //$NON-NLS-2$
            text.setToolTipText(Messages.FeatureSettingsFields_keptAsItIs);
        });
    }

    private void hint(String text) {
        site.toolkit().createLabel(fields, text, SWT.WRAP)
                .setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1));
    }

    private void field(SmartProtectionFeature feature, FeatureSetting s) {
        FieldBinder b = site.binder();
        PolicyField<String> value = property(feature, s);
        Control control = switch (s.type()) {
            case STRING -> withHint(b.text(fields, s.label(), value), s);
            case INTEGER -> withHint(b.integer(fields, s.label(), value), s);
            case BOOLEAN -> b.check(fields, s.label(), new PolicyField<>(value.path(), value.label(),
                    p -> Boolean.parseBoolean(s.valueIn(properties(p, feature.id()))),
                    (p, v) -> value.setter().apply(p, v.toString())));
            case CHOICE -> b.choice(fields, s.label(), s.choices(), c -> c, new PolicyField<>(value.path(),
                    value.label(), p -> s.valueIn(properties(p, feature.id())), value.setter())).getCombo();
        };
        control.setToolTipText(s.description().isEmpty() ? null : s.description());
    }

    private static Text withHint(Text text, FeatureSetting s) {
        text.setMessage(s.defaultValue() == null ? Messages.FeatureSettingsFields_notSet : NLS.bind(Messages.FeatureSettingsFields_0Default, s.defaultValue()));
        return text;
    }

    /** The setting's property as it is in the policy ({@code null} when unset); blank or null removes it. */
    private static PolicyField<String> property(SmartProtectionFeature feature, FeatureSetting s) {
        return new PolicyField<>(FeatureTable.ID + "." + feature.id() + ".properties." + s.id(), //$NON-NLS-1$ //$NON-NLS-2$
                s.label().replace(":", ""), p -> properties(p, feature.id()).get(s.id()), (p, v) -> { //$NON-NLS-1$ //$NON-NLS-2$
                    FeatureSettings old = p.globalSmartProtection().features().get(feature.id());
                    Map<String, String> properties = new LinkedHashMap<>(old == null ? Map.of() : old.properties());
                    if (v == null || v.isBlank()) {
                        properties.remove(s.id());
                    } else {
                        properties.put(s.id(), v);
                    }
                    FeatureSettings now = new FeatureSettings(old == null || old.useGlobalProxy(), properties);
                    return p.withGlobalSmartProtection(p.globalSmartProtection().withFeature(feature.id(), now));
                });
    }

    private static Map<String, String> properties(Policy p, String featureId) {
        FeatureSettings settings = p == null ? null : p.globalSmartProtection().features().get(featureId);
        return settings == null ? Map.of() : settings.properties();
    }
}
