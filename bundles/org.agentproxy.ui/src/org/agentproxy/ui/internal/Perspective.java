package org.agentproxy.ui.internal;

import org.agentproxy.ui.internal.explorer.PolicyExplorerView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studio's perspective: the Policy Explorer on the left, the editor area beside it. */
public final class Perspective implements IPerspectiveFactory {

    public static final String ID = "org.agentproxy.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(PolicyExplorerView.ID, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
