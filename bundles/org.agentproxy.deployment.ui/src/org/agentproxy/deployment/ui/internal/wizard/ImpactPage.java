package org.agentproxy.deployment.ui.internal.wizard;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.simulation.features.InstalledFeatures;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.impact.LostAgent;
import org.agentproxy.simulation.impact.LostPath;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.ui.FileKind;
import org.agentproxy.ui.Studio;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Page 3: the fleet impact of the change at each target, over an inventory (remembered in the preferences): per
 * purpose how many agents keep, change, gain or lose their path, and the agents that lose one — a warning when any
 * does. Computed in a Job; advisory: it never blocks the deployment.
 */
final class ImpactPage extends WizardPage {

    /** Instance preference of {@link DeploymentUi#ID}: the inventory CSV the impact is computed over. */
    static final String INVENTORY_PREFERENCE = "impact.inventory"; //$NON-NLS-1$

    private final Supplier<DeploymentPlan> plan;
    private DeploymentPlan shown;
    private Path inventoryShown;
    private int generation;
    private Text inventory;
    private Label status;
    private CanaryLine canary;
    private Table counts;
    private Table lost;
    private volatile String warning;

    ImpactPage(Supplier<DeploymentPlan> plan) {
        super("impact", Messages.ImpactPage_fleetImpact, null); //$NON-NLS-1$
        this.plan = plan;
        setDescription(Messages.ImpactPage_whatTheChangeDoesTo);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        canary = new CanaryLine(root, "deployWizard.canary.impact", 3); //$NON-NLS-1$
        new Label(root, SWT.NONE).setText(Messages.ImpactPage_inventory);
        inventory = new Text(root, SWT.BORDER);
        inventory.setData("org.agentproxy.bot.id", "deployWizard.inventory"); //$NON-NLS-1$ //$NON-NLS-2$
        inventory.setMessage(Messages.ImpactPage_theAgentsCSVTypeIts);
        inventory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // Return applies the typed path: it neither finishes the wizard nor goes to the next page
        inventory.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            }
        });
        inventory.addListener(SWT.DefaultSelection, e -> typedInventory());
        Button browse = new Button(root, SWT.PUSH);
        browse.setText(Messages.ImpactPage_browse);
        browse.setData("org.agentproxy.bot.id", "deployWizard.inventoryBrowse"); //$NON-NLS-1$ //$NON-NLS-2$
        browse.addListener(SWT.Selection, e -> chooseInventory());
        status = new Label(root, SWT.WRAP);
        status.setData("org.agentproxy.bot.id", "deployWizard.impactStatus"); //$NON-NLS-1$ //$NON-NLS-2$
        status.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 3, 1));
        SashForm tables = new SashForm(root, SWT.VERTICAL);
        tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        counts = table(tables, "deployWizard.impact", new String[][] {{Messages.ImpactPage_target, "110"}, {Messages.ImpactPage_purpose, "220"}, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                {Messages.ImpactPage_kept, "60"}, {Messages.ImpactPage_changed, "70"}, {Messages.ImpactPage_gained, "60"}, {Messages.ImpactPage_lost, "60"}}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        lost = table(tables, "deployWizard.impactLost", new String[][] {{Messages.ImpactPage_target, "110"}, {Messages.ImpactPage_agent, "120"}, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                {Messages.ImpactPage_purpose, "150"}, {Messages.ImpactPage_before, "200"}, {Messages.ImpactPage_cause, "110"}, {Messages.ImpactPage_reason, "400"}}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        tables.setWeights(60, 40);
        inventory.setText(preference().map(Path::toString).orElse("")); //$NON-NLS-1$
        setControl(root);
    }

    private static Table table(Composite parent, String id, String[][] columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        for (String[] c : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            ColumnWidths.set(column, Integer.parseInt(c[1]));
        }
        return table;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            Path file = preference().orElse(null);
            if (plan.get() != shown || file == null || !file.equals(inventoryShown)) {
                start(plan.get(), file);
            }
        }
    }

    private void chooseInventory() {
        Optional<Path> file = Studio.fileChooser().chooseFileToOpen(getShell(), FileKind.INVENTORY);
        if (file.isPresent()) {
            useInventory(file.get());
        }
    }

    /** Return in the inventory field: that file, remembered (a missing one is said so below the field). */
    private void typedInventory() {
        String typed = inventory.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        try {
            useInventory(Path.of(typed));
        } catch (java.nio.file.InvalidPathException e) {
            show(NLS.bind(Messages.ImpactPage_inventory0IsNotA, typed, e.getReason()));
        }
    }

    private void useInventory(Path chosen) {
        Path file = chosen.toAbsolutePath();
        var node = InstanceScope.INSTANCE.getNode(DeploymentUi.ID);
        node.put(INVENTORY_PREFERENCE, file.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage(NLS.bind(Messages.ImpactPage_theInventoryCannotBeRemembered, e.getMessage()));
        }
        inventory.setText(file.toString());
        start(plan.get(), file);
    }

    /** The inventory set in the preferences, if any. */
    static Optional<Path> preference() {
        String value = InstanceScope.INSTANCE.getNode(DeploymentUi.ID).get(INVENTORY_PREFERENCE, ""); //$NON-NLS-1$
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private void start(DeploymentPlan current, Path file) {
        int run = ++generation;
        shown = current;
        inventoryShown = file;
        canary.show(current == null ? List.of() : current.targets().stream().map(t -> t.target()).toList());
        warning = null;
        counts.removeAll();
        lost.removeAll();
        setMessage(null);
        setErrorMessage(null);
        status.setForeground(null);
        status.setFont(null);
        if (current == null) {
            show(Messages.ImpactPage_thePlanIsNotRead);
            return;
        }
        if (file == null) {
            show(Messages.ImpactPage_noInventoryIsSetSo);
            return;
        }
        if (!Files.isRegularFile(file)) {
            show(NLS.bind(Messages.ImpactPage_theInventory0DoesNot, file));
            return;
        }
        show(NLS.bind(Messages.ImpactPage_simulatingTheAgentsOf0, new Object[] { file.getFileName(), current.targets().size(), (current.targets().size() == 1 ? Messages.ImpactPage_target2 : Messages.ImpactPage_targets) }));
        Job job = Job.create(NLS.bind(Messages.ImpactPage_fleetImpactOf0, current.policy().name()), monitor -> {
            try {
                Inventory agents = InventoryReader.read(file);
                List<TargetImpact> impacts = TargetImpact.analyze(current, agents,
                        InstalledFeatures.catalogue(FeatureRegistry.platform()));
                counts.getDisplay().asyncExec(() -> {
                    if (run == generation && !counts.isDisposed()) {
                        fill(impacts, file, agents.size());
                    }
                });
            } catch (Exception e) {
                counts.getDisplay().asyncExec(() -> {
                    if (run == generation && !counts.isDisposed()) {
                        show(file.getFileName() + ": " + e.getMessage()); //$NON-NLS-1$
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void fill(List<TargetImpact> impacts, Path file, int inventorySize) {
        int agents = 0;
        for (TargetImpact i : impacts) {
            if (i.report() == null) {
                row(counts, i.group(), i.note(), "", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                continue;
            }
            agents = i.report().agents();
            for (PurposeImpact p : i.report().purposes()) {
                row(counts, i.group(), p.purpose(), String.valueOf(p.kept()), String.valueOf(p.changed()),
                        String.valueOf(p.gained()), String.valueOf(p.lost()));
            }
            for (LostAgent a : i.report().lostAgents()) {
                for (LostPath p : a.paths()) {
                    row(lost, i.group(), a.agentId(), p.purpose(), p.before(),
                            p.cause() == null ? "" : p.cause().id(), p.reason()); //$NON-NLS-1$
                }
            }
        }
        warning = TargetImpact.warning(impacts);
        if (warning != null) {
            setMessage(Messages.ImpactPage_agentsLoseConnectivityWithThis, WARNING);
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_RED));
            status.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            show(NLS.bind(Messages.ImpactPage_warning0, warning));
        } else {
            status.setForeground(null);
            status.setFont(null);
            show(TargetImpact.noLoss(impacts, file.getFileName().toString(), inventorySize));
        }
    }

    private void show(String text) {
        status.setText(text);
        status.getParent().layout(true, true);
    }

    private static void row(Table table, String... cells) {
        new TableItem(table, SWT.NONE).setText(cells);
    }

    /** The warning about agents losing connectivity, once computed; {@code null} when none does (or not known). */
    String warning() {
        return warning;
    }
}
