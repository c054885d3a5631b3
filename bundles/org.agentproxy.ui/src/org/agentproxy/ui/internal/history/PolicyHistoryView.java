package org.agentproxy.ui.internal.history;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.history.PolicyHistory;
import org.agentproxy.policy.store.history.PolicyVersion;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
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
 * History: every saved version of the open policy (time, fields changed). One selected version shows its changes
 * against the one before; two selected show the changes between them, field by field. Restore keeps the chosen
 * version as a new one.
 */
public final class PolicyHistoryView extends ViewPart {

    public static final String ID = "org.agentproxy.ui.policyHistory"; //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    private TableViewer versions;
    private TableViewer changes;
    private final Consumer<ActivePolicy> listener = a -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        versions = table(sash, "policyHistory.versions", SWT.MULTI); //$NON-NLS-1$
        column(versions, Messages.PolicyHistoryView_version, 70, v -> "#" + ((PolicyVersion) v).number()); //$NON-NLS-1$
        column(versions, Messages.PolicyHistoryView_saved, 150, v -> TIME.format(((PolicyVersion) v).time()));
        column(versions, Messages.PolicyHistoryView_changed, 320, v -> ((PolicyVersion) v).summary());
        changes = table(sash, "policyHistory.changes", SWT.SINGLE); //$NON-NLS-1$
        column(changes, Messages.PolicyHistoryView_field, 260, c -> ((FieldChange) c).path());
        column(changes, Messages.PolicyHistoryView_before, 180, c -> String.valueOf(((FieldChange) c).before()));
        column(changes, Messages.PolicyHistoryView_after, 180, c -> String.valueOf(((FieldChange) c).after()));
        sash.setWeights(45, 55);
        Button restore = new Button(parent, SWT.PUSH);
        restore.setText(Messages.PolicyHistoryView_restore);
        restore.setData("org.agentproxy.bot.id", "policyHistory.restore"); //$NON-NLS-1$ //$NON-NLS-2$
        restore.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        restore.addListener(SWT.Selection, e -> restoreSelected());
        versions.addSelectionChangedListener(e -> showChanges());
        StudioPlugin.getDefault().activePolicy().addListener(listener);
    }

    private TableViewer table(Composite parent, String id, int style) {
        TableViewer viewer = new TableViewer(parent, style | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width,
            java.util.function.Function<Object, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        ColumnWidths.set(c.getColumn(), width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
    }

    private void refresh() {
        if (versions == null || versions.getControl().isDisposed()) {
            return;
        }
        ActivePolicy active = StudioPlugin.getDefault().activePolicy();
        if (active.file() == null) {
            return;
        }
        try {
            List<PolicyVersion> list = history().versions(PolicyId.of(active.file()));
            versions.setInput(list.reversed());
            setContentDescription(NLS.bind(Messages.PolicyHistoryView_0SavedVersionsOf1, list.size(), active.file().getFileName()));
        } catch (IOException e) {
            setContentDescription(NLS.bind(Messages.PolicyHistoryView_theHistoryCannotBeRead, e.getMessage()));
        }
        showChanges();
    }

    private void showChanges() {
        List<?> selected = versions.getStructuredSelection().toList();
        changes.setInput(List.of());
        if (selected.isEmpty()) {
            return;
        }
        PolicyVersion newer = (PolicyVersion) selected.get(0);
        PolicyVersion older = selected.size() > 1 ? (PolicyVersion) selected.get(selected.size() - 1) : null;
        int from = older != null ? older.number() : newer.number() - 1;
        if (from < 1) {
            return;
        }
        try {
            changes.setInput(history().diff(newer.policy(), Math.min(from, newer.number()),
                    Math.max(from, newer.number())));
        } catch (IOException e) {
            setContentDescription(NLS.bind(Messages.PolicyHistoryView_theVersionsCannotBeCompared, e.getMessage()));
        }
    }

    private void restoreSelected() {
        if (!(versions.getStructuredSelection().getFirstElement() instanceof PolicyVersion version)) {
            return;
        }
        ActivePolicy active = StudioPlugin.getDefault().activePolicy();
        if (active.isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.PolicyHistoryView_restoreVersion,
                NLS.bind(Messages.PolicyHistoryView_theOpenPolicyHasUnsaved, version.number()))) {
            return;
        }
        try {
            history().restore(active.file(), version.number());
            active.open(active.file());
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.PolicyHistoryView_restoreVersion, NLS.bind(Messages.PolicyHistoryView_version0CannotBeRestored, version.number(), e.getMessage()));
        }
    }

    private static PolicyHistory history() {
        return StudioPlugin.getDefault().history();
    }

    @Override
    public void setFocus() {
        versions.getControl().setFocus();
    }

    @Override
    public void dispose() {
        StudioPlugin.getDefault().activePolicy().removeListener(listener);
        super.dispose();
    }
}
