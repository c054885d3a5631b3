package org.agentproxy.deployment.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.agentproxy.deployment.ui.internal.servers.ServerProbe;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Page 1: the targets, every group of every configured server (read in a Job); the first checked is the canary. */
final class TargetsPage extends WizardPage {

    private final String problemsNote;
    private Table table;
    private Label status;

    TargetsPage(Policy policy, String problemsNote) {
        super("targets", "Targets", null);
        this.problemsNote = problemsNote;
        setDescription("Where \"" + policy.name() + "\" goes. The first checked target is the canary: "
                + "if it fails, nothing else is touched.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        table = new Table(root, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setData("org.agentproxy.bot.id", "deployWizard.targets");
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String[] c : new String[][] {{"Group", "140"}, {"Server", "260"}, {"Deployed version", "120"}}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        table.addListener(SWT.Selection, e -> setPageComplete(!selected().isEmpty()));
        status = new Label(root, SWT.WRAP);
        status.setData("org.agentproxy.bot.id", "deployWizard.targetsStatus");
        status.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        if (problemsNote != null) {
            setMessage(problemsNote, WARNING);
        }
        setControl(root);
        load();
    }

    /** Reads the groups of every configured server in a Job; fills the table on the UI thread. */
    private void load() {
        List<PolicyServerEntry> servers = DeploymentUi.get().servers().servers();
        if (servers.isEmpty()) {
            status.setText("No policy server is configured: add one under Deployment → Servers….");
            return;
        }
        status.setText("Reading the groups of " + servers.size() + (servers.size() == 1 ? " server …" : " servers …"));
        Job job = Job.create("Reading the groups of the policy servers", monitor -> {
            List<Object[]> rows = new ArrayList<>();
            StringBuilder problems = new StringBuilder();
            for (PolicyServerEntry server : servers) {
                try {
                    var token = DeploymentUi.get().servers().token(server.id()).orElse(null);
                    for (ServerProbe.Group g : ServerProbe.groups(server.url(), token)) {
                        rows.add(new Object[] {new DeploymentTarget(server.url(), g.name()), server.name(), g.currentVersion()});
                    }
                } catch (Exception e) {
                    problems.append(server.name()).append(": ").append(e.getMessage()).append('\n');
                }
            }
            table.getDisplay().asyncExec(() -> show(rows, problems.toString().strip()));
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void show(List<Object[]> rows, String problems) {
        if (table.isDisposed()) {
            return;
        }
        for (Object[] row : rows) {
            DeploymentTarget target = (DeploymentTarget) row[0];
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(target);
            item.setText(new String[] {target.group(), row[1] + " — " + target.server(), String.valueOf(row[2])});
        }
        status.setText(problems.isEmpty() ? rows.size() + " groups found." : problems);
        status.getParent().layout(true, true);
    }

    /** The checked targets, in table order. */
    List<DeploymentTarget> selected() {
        List<DeploymentTarget> list = new ArrayList<>();
        if (table != null && !table.isDisposed()) {
            for (TableItem item : table.getItems()) {
                if (item.getChecked()) {
                    list.add((DeploymentTarget) item.getData());
                }
            }
        }
        return list;
    }
}
