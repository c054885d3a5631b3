package org.agentproxy.ui.editor;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.eclipse.ui.progress.WorkbenchJob;

/**
 * A {@link FilteredTree} (filter box above a tree, fast hash lookup) that gives back, once the filter box is
 * emptied, the rows the user had expanded before typing into it. (The platform's collapses every row then.)
 *
 * @since 0.2.0
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
