package org.agentproxy.ui.internal;

import org.agentproxy.ui.internal.explorer.PolicyExplorerView;
import org.agentproxy.ui.internal.history.PolicyHistoryView;
import org.agentproxy.ui.internal.problems.PolicyProblemsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studio's perspective: the Policy Explorer on the left, the policy editor, Policy Problems below it. */
public final class Perspective implements IPerspectiveFactory {

    public static final String ID = "org.agentproxy.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(PolicyExplorerView.ID, IPageLayout.LEFT, 0.32f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.78f, layout.getEditorArea());
        bottom.addView(PolicyProblemsView.ID);
        bottom.addView(PolicyHistoryView.ID);
        // the simulation views (bundle org.agentproxy.simulation.ui) open between the editor and the bottom folder
        IPlaceholderFolderLayout simulation = layout.createPlaceholderFolder("simulation", IPageLayout.BOTTOM,
                0.3f, layout.getEditorArea());
        simulation.addPlaceholder("org.agentproxy.simulation.ui.*");
    }
}
