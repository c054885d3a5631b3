package org.agentproxy.simulation.ui.internal;

import org.agentproxy.ui.StudioParts;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Simulation perspective: Connection Paths and Fleet Impact stacked across the whole width of the window, below
 * the Policy Explorer and the policy editor, with two thirds of its height — the diagram and the impact chart
 * need room, and an edit in the editor shows at once in them. Policy Problems and History open in the same stack.
 */
public final class SimulationPerspective implements IPerspectiveFactory {

    public static final String ID = "org.agentproxy.simulation.ui.perspective"; //$NON-NLS-1$

    /** The stack of the simulation views. */
    public static final String VIEWS = "org.agentproxy.simulation.ui.views"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        // created before the explorer, so that it spans the explorer's column too
        IFolderLayout views = layout.createFolder(VIEWS, IPageLayout.BOTTOM, 0.31f, layout.getEditorArea());
        views.addView(ConnectionPathsView.ID);
        views.addView(FleetImpactView.ID);
        views.addPlaceholder(StudioParts.POLICY_PROBLEMS);
        views.addPlaceholder(StudioParts.HISTORY);
        layout.addView(StudioParts.POLICY_EXPLORER, IPageLayout.LEFT, 0.23f, layout.getEditorArea());
        layout.addPerspectiveShortcut(StudioParts.EDITING_PERSPECTIVE);
        layout.addShowViewShortcut(ConnectionPathsView.ID);
        layout.addShowViewShortcut(FleetImpactView.ID);
    }
}
