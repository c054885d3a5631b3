package org.agentproxy.simulation.ui.internal;

import java.util.List;

import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The studio's installed Smart Protection features as the path engine takes them, and a way for a view to follow
 * bundles bringing or taking features: the view refreshes on its display when the registry changes.
 */
final class InstalledFeatures {

    private InstalledFeatures() {
    }

    static List<SimulatedFeature> catalogue() {
        return org.agentproxy.simulation.features.InstalledFeatures.catalogue(FeatureRegistry.platform());
    }

    /** Runs {@code refresh} on the control's display after every registry change, until the control is disposed. */
    static void follow(Control control, Runnable refresh) {
        Display display = control.getDisplay();
        Runnable listener = () -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!control.isDisposed()) {
                        refresh.run();
                    }
                });
            }
        };
        FeatureRegistry.platform().addChangeListener(listener);
        control.addDisposeListener(e -> FeatureRegistry.platform().removeChangeListener(listener));
    }
}
