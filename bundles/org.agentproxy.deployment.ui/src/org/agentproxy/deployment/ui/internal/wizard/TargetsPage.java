package org.agentproxy.deployment.ui.internal.wizard;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.GroupAdministration.Group;
import org.agentproxy.deployment.ui.internal.Buttons;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.groups.GroupActions;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.agentproxy.deployment.ui.internal.servers.ServerProbe;
import org.agentproxy.deployment.ui.internal.servers.ServersPreferencePage;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Page 1: the targets, every group of every configured server (read in a Job). The administrator marks the canary
 * (until then, the first checked target is it); it goes first, and the other pages name it. Never a dead end: with
 * no server the page links to the Servers page, with no group it offers Create Group….
 */
final class TargetsPage extends WizardPage {

    private static final String ROLE = "canary"; //$NON-NLS-1$

    private final String problemsNote;
    private final Runnable groupsChanged = this::load;
    private Table table;
    private Link status;
    private Button createGroup;
    private Button markCanary;
    private DeploymentTarget canary;
    private int generation;

    TargetsPage(Policy policy, String problemsNote) {
        super("targets", Messages.TargetsPage_targets, null); //$NON-NLS-1$
        this.problemsNote = problemsNote;
        setDescription(NLS.bind(Messages.TargetsPage_where0GoesTheCanary, policy.name()));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        table = new Table(root, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setData("org.agentproxy.bot.id", "deployWizard.targets"); //$NON-NLS-1$ //$NON-NLS-2$
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String[] c : new String[][] {{Messages.TargetsPage_group, "140"}, {Messages.TargetsPage_server, "330"}, {Messages.TargetsPage_deployedVersion, "120"}, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                {Messages.TargetsPage_role, "80"}}) { //$NON-NLS-1$
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            ColumnWidths.set(column, Integer.parseInt(c[1]));
        }
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                checked((TableItem) e.item);
            }
            markCanary.setEnabled(table.getSelectionIndex() >= 0);
        });
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        markCanary = Buttons.push(buttons, Messages.TargetsPage_markAsCanary, "deployWizard.markCanary", this::markSelected); //$NON-NLS-1$
        markCanary.setEnabled(false);
        createGroup = Buttons.push(buttons, Messages.TargetsPage_createGroup, "deployWizard.createGroup", //$NON-NLS-1$
                () -> GroupActions.createGroup(getShell(), null));
        status = new Link(root, SWT.WRAP);
        status.setData("org.agentproxy.bot.id", "deployWizard.targetsStatus"); //$NON-NLS-1$ //$NON-NLS-2$
        status.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1));
        status.addListener(SWT.Selection, e -> addServer());
        if (problemsNote != null) {
            setMessage(problemsNote, WARNING);
        }
        GroupActions.addListener(groupsChanged);
        root.addListener(SWT.Dispose, e -> GroupActions.removeListener(groupsChanged));
        setControl(root);
        load();
    }

    /** The link under the table: the Servers page, then the groups are read again. */
    private void addServer() {
        PreferencesUtil.createPreferenceDialogOn(getShell(), ServersPreferencePage.ID, null, null).open();
        load();
    }

    /** Reads the groups of every configured server in a Job; fills the table on the UI thread. */
    private void load() {
        if (table == null || table.isDisposed()) {
            return;
        }
        int run = ++generation;
        List<PolicyServerEntry> servers = DeploymentUi.get().servers().servers();
        createGroup.setEnabled(!servers.isEmpty());
        if (servers.isEmpty()) {
            show(Messages.TargetsPage_noPolicyServerIsConfigured);
            return;
        }
        show(NLS.bind(Messages.TargetsPage_readingTheGroupsOf0, servers.size(), (servers.size() == 1 ? Messages.TargetsPage_server2 : Messages.TargetsPage_servers)));
        Job job = Job.create(Messages.TargetsPage_readingTheGroupsOfThe, monitor -> {
            List<Object[]> rows = new ArrayList<>();
            StringBuilder problems = new StringBuilder();
            for (PolicyServerEntry server : servers) {
                try {
                    var token = DeploymentUi.get().servers().token(server.id()).orElse(null);
                    for (Group g : ServerProbe.groups(server.url(), token, monitor)) {
                        rows.add(new Object[] {new DeploymentTarget(server.url(), g.name()), server.name(),
                                g.currentVersion()});
                    }
                } catch (Exception e) {
                    problems.append(server.name()).append(": ").append(e.getMessage()).append('\n'); //$NON-NLS-1$
                }
            }
            table.getDisplay().asyncExec(() -> {
                if (run == generation) {
                    fill(rows, problems.toString().strip());
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void fill(List<Object[]> rows, String problems) {
        if (table.isDisposed()) {
            return;
        }
        List<DeploymentTarget> wasChecked = checked();
        table.removeAll();
        for (Object[] row : rows) {
            DeploymentTarget target = (DeploymentTarget) row[0];
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(target);
            item.setText(new String[] {target.group(), row[1] + " — " + target.server(), String.valueOf(row[2]), ""}); //$NON-NLS-1$ //$NON-NLS-2$
            item.setChecked(wasChecked.contains(target));
        }
        if (canary != null && !checked().contains(canary)) {
            canary = null;
        }
        updateCanary();
        String found = rows.isEmpty() ? Messages.TargetsPage_noAgentGroupOnThe : rows.size() + (rows.size() == 1 ? Messages.TargetsPage_groupFound : Messages.TargetsPage_groupsFound);
        show(problems.isEmpty() ? found : problems.replace("&", "&&") + (rows.isEmpty() ? "" : "\n" + found)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private void checked(TableItem item) {
        DeploymentTarget target = (DeploymentTarget) item.getData();
        if (item.getChecked() && canary == null) {
            canary = target;
        } else if (!item.getChecked() && target.equals(canary)) {
            canary = null;
        }
        updateCanary();
    }

    private void markSelected() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        TableItem item = table.getItem(index);
        item.setChecked(true);
        canary = (DeploymentTarget) item.getData();
        updateCanary();
    }

    /** The Role column, the first checked as canary when none is marked, and whether the page is complete. */
    private void updateCanary() {
        List<DeploymentTarget> checked = checked();
        if (canary == null && !checked.isEmpty()) {
            canary = checked.get(0);
        }
        for (TableItem item : table.getItems()) {
            item.setText(3, item.getData().equals(canary) && item.getChecked() ? ROLE : ""); //$NON-NLS-1$
        }
        setPageComplete(!checked.isEmpty());
    }

    private List<DeploymentTarget> checked() {
        List<DeploymentTarget> list = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                list.add((DeploymentTarget) item.getData());
            }
        }
        return list;
    }

    /** The checked targets, the canary first, then the others in table order. */
    List<DeploymentTarget> selected() {
        if (table == null || table.isDisposed()) {
            return List.of();
        }
        List<DeploymentTarget> list = new ArrayList<>(checked());
        if (canary != null && list.remove(canary)) {
            list.add(0, canary);
        }
        return list;
    }

    private void show(String text) {
        status.setText(text);
        status.getParent().layout(true, true);
    }
}
