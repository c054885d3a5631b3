package org.agentproxy.ui.internal;

import org.agentproxy.ui.StudioParts;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Editing perspective (the studio starts in it): the Policy Explorer on the left, the policy editor with most
 * of the room, one stack below the editor for Policy Problems and History (other bundles stack their views there,
 * e.g. Deployments, through {@code org.eclipse.ui.perspectiveExtensions}). The simulation views, opened here from the
 * Window menu, take the larger part of the editor column (their bundle's perspective extension places them); the
 * Simulation perspective gives them more room.
 */
public final class Perspective implements IPerspectiveFactory {

    public static final String ID = StudioParts.EDITING_PERSPECTIVE;

    /** The stack below the editor, for other bundles' perspective extensions. */
    public static final String BOTTOM = "org.agentproxy.ui.editing.bottom"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(StudioParts.POLICY_EXPLORER, IPageLayout.LEFT, 0.23f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.74f, layout.getEditorArea());
        bottom.addView(StudioParts.POLICY_PROBLEMS);
        bottom.addView(StudioParts.HISTORY);
    }
}
