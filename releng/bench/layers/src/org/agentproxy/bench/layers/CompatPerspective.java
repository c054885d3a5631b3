package org.agentproxy.bench.layers;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studio's Editing perspective with the bench's label views. */
public final class CompatPerspective implements IPerspectiveFactory {

    static final String ID = "org.agentproxy.bench.layers.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView("org.agentproxy.bench.layers.left", IPageLayout.LEFT, 0.23f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder("bench.bottom", IPageLayout.BOTTOM, 0.74f, layout.getEditorArea());
        bottom.addView("org.agentproxy.bench.layers.bottom");
        bottom.addView("org.agentproxy.bench.layers.bottom2");
    }
}
