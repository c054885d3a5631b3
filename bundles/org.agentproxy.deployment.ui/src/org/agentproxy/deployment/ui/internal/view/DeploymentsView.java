package org.agentproxy.deployment.ui.internal.view;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.ui.internal.Activity;
import org.agentproxy.deployment.ui.internal.Buttons;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Deployments: the deployments and rollbacks running now (with progress) and the history from the client journal,
 * newest first; the selected one's per-target results; Rollback of a deployment (in a Job).
 */
public final class DeploymentsView extends ViewPart {

    public static final String ID = "org.agentproxy.deployment.ui.deployments"; //$NON-NLS-1$

    private TableViewer deployments;
    private TableViewer targets;
    private Button rollback;
    private final Runnable listener = () -> refreshLater();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        deployments = table(sash, "deployments.list"); //$NON-NLS-1$
        column(deployments, Messages.DeploymentsView_deployment, 230, r -> ((DeploymentRow) r).id());
        column(deployments, Messages.DeploymentsView_what, 330, r -> ((DeploymentRow) r).what());
        column(deployments, Messages.DeploymentsView_started, 140, r -> ((DeploymentRow) r).started());
        column(deployments, Messages.DeploymentsView_status, 180, r -> ((DeploymentRow) r).status());
        column(deployments, Messages.DeploymentsView_targets, 200, r -> ((DeploymentRow) r).targets());
        targets = table(sash, "deployments.targets"); //$NON-NLS-1$
        column(targets, Messages.DeploymentsView_target, 260, r -> ((TargetResult) r).target().toString());
        column(targets, Messages.DeploymentsView_outcome, 130, r -> Words.outcome(((TargetResult) r).outcome()));
        column(targets, Messages.DeploymentsView_from, 50, r -> String.valueOf(((TargetResult) r).fromVersion()));
        column(targets, Messages.DeploymentsView_to, 50, r -> String.valueOf(((TargetResult) r).toVersion()));
        column(targets, Messages.DeploymentsView_attempts, 70, r -> String.valueOf(((TargetResult) r).attempts()));
        column(targets, Messages.DeploymentsView_message, 300, r -> {
            String m = ((TargetResult) r).message();
            return m == null ? "" : m; //$NON-NLS-1$
        });
        sash.setWeights(60, 40);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        rollback = Buttons.push(buttons, Messages.DeploymentsView_rollback, "deployments.rollback", this::rollBackSelected); //$NON-NLS-1$
        Buttons.push(buttons, Messages.DeploymentsView_refresh, "deployments.refresh", this::refresh); //$NON-NLS-1$
        rollback.setEnabled(false);
        deployments.addSelectionChangedListener(e -> showSelected());
        DeploymentUi.get().activity().addListener(listener);
        refresh();
    }

    private static TableViewer table(Composite parent, String id) {
        TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        ColumnWidths.set(c.getColumn(), width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
    }

    private void refreshLater() {
        if (deployments != null && !deployments.getControl().isDisposed()) {
            deployments.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    /** Reads the journal in a Job, then shows this session's runs and the journal's deployments, newest first. */
    private void refresh() {
        if (deployments.getControl().isDisposed()) {
            return;
        }
        List<Activity.Run> runs = DeploymentUi.get().activity().runs();
        DeploymentJournal journal = DeploymentUi.get().journal();
        Job job = Job.create(Messages.DeploymentsView_readingTheDeploymentHistory, monitor -> {
            List<DeploymentRow> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Activity.Run run : runs) {
                rows.add(new DeploymentRow(run, run.result(), null));
                if (run.result() != null) {
                    seen.add(run.result().id());
                }
            }
            String problem = null;
            try {
                List<String> ids = journal.ids().reversed();
                for (String id : ids.subList(0, Math.min(100, ids.size()))) {
                    if (seen.add(id)) {
                        journal.load(id).ifPresent(r -> rows.add(new DeploymentRow(null, r, null)));
                    }
                }
            } catch (Exception e) {
                problem = NLS.bind(Messages.DeploymentsView_theHistoryIn0Cannot, journal.directory(), e.getMessage());
            }
            rows.sort((a, b) -> b.started().compareTo(a.started()));
            List<DeploymentRow> linked = DeploymentRow.linked(rows);
            String note = problem != null ? problem : NLS.bind(Messages.DeploymentsView_0DeploymentsJournal1, rows.size(), journal.directory());
            deployments.getControl().getDisplay().asyncExec(() -> show(linked, note));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<DeploymentRow> rows, String note) {
        if (deployments.getControl().isDisposed()) {
            return;
        }
        DeploymentRow selected = selected();
        deployments.setInput(rows);
        setContentDescription(note);
        // the same deployment stays selected, also when it was running (no id yet) and has finished since
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sameAs(selected)) {
                deployments.getTable().select(i);
            }
        }
        if (deployments.getTable().getSelectionIndex() < 0 && !rows.isEmpty()) {
            deployments.getTable().select(0); // the newest, with its per-target results below
        }
        showSelected();
    }

    private DeploymentRow selected() {
        return (DeploymentRow) deployments.getStructuredSelection().getFirstElement();
    }

    private void showSelected() {
        DeploymentRow row = selected();
        if (row == null && deployments.getTable().getSelectionIndex() >= 0) {
            row = (DeploymentRow) deployments.getTable().getItem(deployments.getTable().getSelectionIndex()).getData();
        }
        targets.setInput(row == null ? List.of() : row.results());
        rollback.setEnabled(row != null && row.canRollBack());
    }

    private void rollBackSelected() {
        DeploymentRow row = selected();
        if (row == null || !row.canRollBack()) {
            return;
        }
        DeploymentResult deployment = row.result();
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.DeploymentsView_rollBackDeployment, NLS.bind(Messages.DeploymentsView_giveEveryTargetOf0, deployment.id()))) {
            return;
        }
        DeploymentUi ui = DeploymentUi.get();
        var service = ui.deploymentService();
        var credentials = ui.servers().credentials();
        var options = ui.options();
        ui.activity().start(NLS.bind(Messages.DeploymentsView_rollBack0, deployment.id()), deployment.id(),
                monitor -> service.rollback(deployment, options, credentials, monitor));
        rollback.setEnabled(false);
    }

    @Override
    public void setFocus() {
        deployments.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DeploymentUi.get().activity().removeListener(listener);
        super.dispose();
    }
}
