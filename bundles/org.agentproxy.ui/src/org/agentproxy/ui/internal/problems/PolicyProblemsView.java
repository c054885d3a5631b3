package org.agentproxy.ui.internal.problems;

import org.agentproxy.ui.ColumnWidths;

import java.util.function.Consumer;

import org.agentproxy.policy.validation.Problem;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.agentproxy.ui.internal.editor.FieldLabels;
import org.agentproxy.ui.internal.editor.PolicyEditors;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Policy Problems: every problem of the open policy where the administrator sees it (page › section › field), its
 * reason and its field path; double-click jumps to the field in the editor.
 */
public final class PolicyProblemsView extends ViewPart {

    public static final String ID = "org.agentproxy.ui.policyProblems"; //$NON-NLS-1$
    public static final String TABLE_ID = "policyProblems.table"; //$NON-NLS-1$

    private final FieldLabels labels = FieldLabels.studio();
    private TableViewer viewer;
    private final Consumer<ActivePolicy> listener = this::show;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setData("org.agentproxy.bot.id", TABLE_ID); //$NON-NLS-1$
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(Messages.PolicyProblemsView_where, 420, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return labels.place(((Problem) e).path());
            }

            @Override
            public String getToolTipText(Object e) {
                return ((Problem) e).path();
            }

            @Override
            public Image getImage(Object e) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return images.getImage(((Problem) e).isError() ? ISharedImages.IMG_OBJS_ERROR_TSK
                        : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
        column(Messages.PolicyProblemsView_problem, 560, ColumnLabelProvider.createTextProvider(e -> ((Problem) e).message()));
        // the field path is the detail: what the CLI prints, and what a policy file's reader looks for
        column(Messages.PolicyProblemsView_fieldPath, 260, ColumnLabelProvider.createTextProvider(e -> ((Problem) e).path()));
        viewer.addDoubleClickListener(e -> jumpTo((IStructuredSelection) e.getSelection()));
        StudioPlugin.getDefault().activePolicy().addListener(listener);
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        ColumnWidths.set(column.getColumn(), width);
        column.setLabelProvider(labels);
    }

    private void jumpTo(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof Problem problem) {
            try {
                PolicyEditors.open(getSite().getPage()).reveal(problem.path());
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void show(ActivePolicy active) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(active.problems());
            setContentDescription(org.agentproxy.ui.internal.ProblemCounts.describe(active.errorCount(),
                    active.warningCount()));
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        StudioPlugin.getDefault().activePolicy().removeListener(listener);
        super.dispose();
    }
}
