package org.agentproxy.ui.editor;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.eclipse.ui.progress.WorkbenchJob;

/**
 * A {@link FilteredTree} (filter box above a tree, fast hash lookup) that gives back, once the filter box is
 * emptied, the rows the user had expanded before typing into it. (The platform's collapses every row then.)
 *
 * @since 0.3.0
 */
public class ExpansionKeepingFilteredTree extends FilteredTree {

    private Object[] expandedBeforeFilter;

    /**
     * @param parent    the parent
     * @param treeStyle the style of the tree
     * @param filter    what the filter box matches
     */
    public ExpansionKeepingFilteredTree(Composite parent, int treeStyle, PatternFilter filter) {
        super(parent, treeStyle, filter, true, true);
    }

    /**
     * A label before the filter box, in its row (its mnemonic focuses the box; screen readers read it as the box's
     * name).
     *
     * @since 0.3.0
     */
    public Label labelFilterBox(String text) {
        Text box = getFilterControl();
        Composite row = box.getParent();
        Label label = new Label(row, SWT.NONE);
        label.setText(text);
        label.setBackground(row.getBackground());
        label.moveAbove(box);
        if (row.getLayout() instanceof GridLayout grid) {
            grid.numColumns++;
            label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        }
        row.layout(true);
        return label;
    }

    @Override
    protected void textChanged() {
        if (isFiltering() && expandedBeforeFilter == null) {
            expandedBeforeFilter = getViewer().getExpandedElements();
        }
        super.textChanged();
    }

    @Override
    protected WorkbenchJob doCreateRefreshJob() {
        WorkbenchJob job = super.doCreateRefreshJob();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!isDisposed()) {
                    getDisplay().asyncExec(ExpansionKeepingFilteredTree.this::restoreOnceCleared);
                }
            }
        });
        return job;
    }

    private void restoreOnceCleared() {
        if (!isDisposed() && expandedBeforeFilter != null && !isFiltering()) {
            getViewer().collapseAll();    // not the rows the search expanded
            getViewer().setExpandedElements(expandedBeforeFilter);
            expandedBeforeFilter = null;
        }
    }

    private boolean isFiltering() {
        String text = getFilterString();
        return text != null && !text.isEmpty() && !text.equals(getInitialText());
    }
}
