package org.agentproxy.scope.smartprotection.ui.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** The features of the policy, each checked when its queries go through the global proxy. */
final class FeatureTable {

    static final String ID = "globalSmartProtection.features";

    private FeatureTable() {
    }

    static void create(Composite body, ScopePageSite site) {
        Composite client = site.section(body, "Features routed through the proxy",
                "The Smart Protection features this policy knows. A checked feature sends its queries through the "
                        + "Global Smart Protection Service proxy; settings of features whose plug-in is absent are kept.");
        Table table = site.toolkit().createTable(client, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = 70;
        table.setLayoutData(data);
        site.binder().register(ID, table);
        CheckboxTableViewer viewer = new CheckboxTableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(LabelProvider.createTextProvider(id -> name((String) id) + "   (" + id + ")"));
        ActivePolicy document = site.document();
        viewer.addCheckStateListener(e -> {
            String id = (String) e.getElement();
            document.change("Route " + name(id), p -> {
                FeatureSettings old = p.globalSmartProtection().features().get(id);
                return p.withGlobalSmartProtection(p.globalSmartProtection().withFeature(id,
                        new FeatureSettings(e.getChecked(), old.properties())));
            });
        });
        Consumer<ActivePolicy> update = d -> {
            if (table.isDisposed() || d.policy() == null) {
                return;
            }
            Map<String, FeatureSettings> features = d.policy().globalSmartProtection().features();
            viewer.setInput(features.keySet().toArray());
            features.forEach((id, s) -> viewer.setChecked(id, s.useGlobalProxy()));
        };
        document.addListener(update);
        table.addDisposeListener(e -> document.removeListener(update));
    }

    static String name(String id) {
        return switch (id) {
            case BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING -> "Predictive Machine Learning";
            case BuiltInFeatures.BEHAVIOR_MONITORING -> "Behavior Monitoring";
            default -> id;
        };
    }
}
