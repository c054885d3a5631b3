package org.agentproxy.ui.internal.explorer;

import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

/** The Policy Explorer: the open policy as a tree of its scopes, related settings and problems. */
public final class PolicyExplorerView extends ViewPart {

    public static final String ID = "org.agentproxy.ui.policyExplorer";
    /** Bot id of the tree (the key string is the contract with the UI test driver). */
    public static final String TREE_ID = "policyExplorer.tree";

    private TreeViewer viewer;
    private final Consumer<ActivePolicy> listener = this::show;
    private final FeatureRegistry features = FeatureRegistry.platform();
    private Runnable featuresChanged;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setData("org.agentproxy.bot.id", TREE_ID);
        viewer.setContentProvider(new OutlineContentProvider());
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabelProvider(features)));
        viewer.setAutoExpandLevel(2);
        getSite().setSelectionProvider(viewer);
        StudioPlugin.getDefault().activePolicy().addListener(listener);
        Display display = parent.getDisplay();
        featuresChanged = () -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(StudioPlugin.getDefault().activePolicy()));
            }
        };
        features.addChangeListener(featuresChanged);
    }

    private void show(ActivePolicy active) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(active.policy() == null ? List.of() : PolicyOutline.of(active.policy(), active.problems(),
                features));
        // the file's name: its whole path does not fit a narrow view (it is in the tooltip of the view's tab)
        setContentDescription(active.file() == null ? "No policy open" : String.valueOf(active.file().getFileName()));
        setTitleToolTip(active.file() == null ? null : active.file().toString());
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        StudioPlugin.getDefault().activePolicy().removeListener(listener);
        features.removeChangeListener(featuresChanged);
        super.dispose();
    }
}
