package org.agentproxy.ui.internal.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.ExpansionKeepingFilteredTree;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.part.ViewPart;

/**
 * The Policy Explorer: the open policy as a tree of its scopes, sections, fields, related settings and problems,
 * with a search box above it (Edit → Find Setting…, Ctrl+F). Double-click or Enter on a row, or Enter in the search
 * box, opens the editor on the row's page and focuses its field. Edits refresh the rows in place, so what the
 * administrator expanded stays expanded; a row the view cuts off shows whole in a tooltip.
 */
public final class PolicyExplorerView extends ViewPart {

    public static final String ID = "org.agentproxy.ui.policyExplorer"; //$NON-NLS-1$
    /** Bot id of the tree (the key string is the contract with the UI test driver). */
    public static final String TREE_ID = "policyExplorer.tree"; //$NON-NLS-1$
    /** Bot id of the search box. */
    public static final String SEARCH_ID = "policyExplorer.search"; //$NON-NLS-1$

    private FilteredTree filtered;
    private TreeViewer viewer;
    /** The viewer's input: replaced in place on each edit, so that a refresh matches the rows by their keys. */
    private final List<OutlineNode> roots = new ArrayList<>();
    private Path shownFile;
    private final Consumer<ActivePolicy> listener = this::show;
    private final FeatureRegistry features = FeatureRegistry.platform();
    private org.agentproxy.ui.internal.editor.FieldLabels labels;
    private Runnable featuresChanged;

    @Override
    public void createPartControl(Composite parent) {
        filtered = new ExpansionKeepingFilteredTree(parent,
                SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL, new OutlineFilter());
        filtered.setInitialText(Messages.PolicyExplorerView_findASetting);
        Text search = filtered.getFilterControl();
        search.setToolTipText(Messages.PolicyExplorerView_findASettingByIts);
        search.setData("org.agentproxy.bot.id", SEARCH_ID); //$NON-NLS-1$
        search.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                openFirstMatch(search.getText());
            }
        });
        viewer = filtered.getViewer();
        viewer.getTree().setData("org.agentproxy.bot.id", TREE_ID); //$NON-NLS-1$
        viewer.setComparer(new OutlineComparer());
        viewer.setContentProvider(new OutlineContentProvider());
        viewer.setLabelProvider(OutlineLabelProvider.cells(features));
        viewer.setAutoExpandLevel(2);
        TruncatedRowToolTips.enableFor(viewer);
        viewer.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
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

    /** Puts the keyboard focus into the search box, its text selected (Edit → Find Setting…). */
    public void focusSearch() {
        Text search = filtered.getFilterControl();
        search.setFocus();
        search.selectAll();
    }

    /** Names the problems' fields as the editor shows them; built on first use (it reads the page registry). */
    private org.agentproxy.ui.internal.editor.FieldLabels labels() {
        if (labels == null) {
            labels = org.agentproxy.ui.internal.editor.FieldLabels.studio();
        }
        return labels;
    }

    private void show(ActivePolicy active) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<OutlineNode> rows = active.policy() == null ? List.of()
                : PolicyOutline.of(active.policy(), active.problems(), features, labels()::place);
        boolean sameFile = !roots.isEmpty() && !rows.isEmpty() && Objects.equals(shownFile, active.file());
        roots.clear();
        roots.addAll(rows);
        shownFile = active.file();
        if (sameFile) {
            viewer.refresh();      // in place: expanded and selected rows stay so (OutlineComparer)
        } else {
            viewer.setSelection(StructuredSelection.EMPTY); // another policy: start again, nothing selected,
            viewer.setInput(roots);                         // two levels expanded
        }
        // the file's name: its whole path does not fit a narrow view (it is in the tooltip of the view's tab)
        setContentDescription(active.file() == null ? Messages.PolicyExplorerView_noPolicyOpen : String.valueOf(active.file().getFileName()));
        setTitleToolTip(active.file() == null ? null : active.file().toString());
    }

    /** Enter in the search box: opens the first row whose label or value matches. */
    private void openFirstMatch(String text) {
        if (text.isBlank()) {
            return;
        }
        OutlineFilter filter = new OutlineFilter();
        filter.setPattern(text.strip());
        firstMatch(filter, roots).ifPresent(node -> {
            viewer.setSelection(new StructuredSelection(node), true);
            open(node);
        });
    }

    /** The first match, depth first; of a matching section and its matching field, the field. */
    private Optional<OutlineNode> firstMatch(OutlineFilter filter, List<OutlineNode> rows) {
        for (OutlineNode row : rows) {
            Optional<OutlineNode> below = firstMatch(filter, row.children());
            if (below.isPresent()) {
                return below;
            }
            if (filter.matches(viewer, row)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private void open(Object element) {
        if (!(element instanceof OutlineNode node)) {
            return;
        }
        try {
            if (!ExplorerNavigation.open(getSite().getPage(), node) && node.path().isEmpty()) {
                viewer.setExpandedState(node, !viewer.getExpandedState(node));
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tree gets the focus, unless the search box has it (a click into it activates the view). */
    @Override
    public void setFocus() {
        if (!filtered.getFilterControl().isFocusControl()) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public void dispose() {
        StudioPlugin.getDefault().activePolicy().removeListener(listener);
        features.removeChangeListener(featuresChanged);
        super.dispose();
    }
}
