package org.agentproxy.simulation.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.history.PolicyVersion;
import org.agentproxy.simulation.Names;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.impact.Change;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.impact.LostPathsCsv;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.FileKind;
import org.agentproxy.ui.Studio;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Fleet Impact: what the edits do to a fleet. Every agent of an inventory (the shipped sample fleet by default) is
 * simulated under the baseline (the saved file, a saved version from the history, or a chosen policy file) and the
 * edited policy; per purpose how many keep, change, gain or lose their path (an SWTChart stacked bar chart and a
 * table), and the agents of any bar or row (every lost path until one is chosen), exportable. Export CSV writes the
 * lost paths. The analysis runs in a job a moment after the last edit.
 */
public final class FleetImpactView extends ViewPart {

    public static final String ID = "org.agentproxy.simulation.ui.fleetImpact"; //$NON-NLS-1$
    static final String SAMPLE = "samples/fleet.csv"; //$NON-NLS-1$
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    private Label status;
    private ImpactChart chart;
    private ResultTable counts;
    private AgentList agentList;
    private Recompute recompute;
    private List<SimulatedFeature> features = List.of();
    private Inventory inventory;
    private String inventoryName = Messages.FleetImpactView_sampleFleetCsv;
    private Combo baselines;
    /** What the drop-down offers, in its order: the saved file, the versions (newest first), a chosen file. */
    private final List<Baseline> choices = new ArrayList<>();
    private Baseline baseline = Baseline.SAVED;
    /** The file and the choice the drop-down was last listed for (the history is read again only when needed). */
    private Path listedFile;
    private Baseline listedBaseline;
    private ImpactReport report;
    private final Consumer<ActivePolicy> listener = a -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        ViewHeader header = new ViewHeader(parent, "fleetImpact.status"); //$NON-NLS-1$
        baselines = header.combo(Messages.FleetImpactView_compareWith, "fleetImpact.baselines", //$NON-NLS-1$
                () -> setBaseline(choices.get(baselines.getSelectionIndex())));
        status = header.button(Messages.FleetImpactView_compareWithFile, "fleetImpact.baseline", this::chooseBaseline) //$NON-NLS-1$
                .button(Messages.FleetImpactView_inventory, "fleetImpact.inventory", this::chooseInventory) //$NON-NLS-1$
                .button(Messages.FleetImpactView_exportCSV, "fleetImpact.export", this::export).status(); //$NON-NLS-1$
        recompute = new Recompute(Messages.FleetImpactView_analysingTheFleetImpact, header.busy("fleetImpact.busy")); //$NON-NLS-1$
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new ImpactChart(sash);
        SashForm tables = new SashForm(sash, SWT.VERTICAL);
        counts = new ResultTable(tables, "fleetImpact.counts", List.of(new ResultTable.Column(Messages.FleetImpactView_purpose, 200), //$NON-NLS-1$
                new ResultTable.Column(Messages.FleetImpactView_kept, 60), new ResultTable.Column(Messages.FleetImpactView_changed, 70),
                new ResultTable.Column(Messages.FleetImpactView_gained, 60), new ResultTable.Column(Messages.FleetImpactView_lost, 60)));
        agentList = new AgentList(tables, status, header.mnemonics());
        tables.setWeights(35, 65);
        sash.setWeights(45, 55);
        chart.onSelect((purpose, series) -> {
            if (report != null && purpose < report.purposes().size()) {
                agentList.showBar(report, report.purposes().get(purpose).purpose(), Change.values()[series],
                        features);
            }
        });
        counts.onSelect(row -> {
            if (report != null && row < report.purposes().size()) {
                agentList.showRow(report, report.purposes().get(row).purpose(), features);
            }
        });
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
            inventory = InventoryReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            inventory = null;
        }
        Studio.activePolicy().addListener(listener);
        InstalledFeatures.follow(status, this::refresh);
    }

    private void chooseInventory() {
        Optional<Path> file = Studio.fileChooser().chooseFileToOpen(getSite().getShell(), FileKind.INVENTORY);
        if (file.isPresent()) {
            try {
                inventory = InventoryReader.read(file.get());
                inventoryName = file.get().getFileName().toString();
                refresh();
            } catch (IOException | RuntimeException e) {
                status.setText(file.get().getFileName() + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }
    }

    private void chooseBaseline() {
        Optional<Path> file = Studio.fileChooser().chooseFileToOpen(getSite().getShell(), FileKind.POLICY);
        if (file.isPresent()) {
            try {
                setBaseline(new Baseline(file.get().getFileName().toString(), null, 0, PolicyCodec.read(file.get())));
            } catch (IOException | RuntimeException e) {
                status.setText(file.get().getFileName() + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }
    }

    private void setBaseline(Baseline value) {
        if (value.isVersion() && value.policy() == null) {
            try {
                value = new Baseline(value.label(), value.history(), value.version(),
                        Studio.history().read(value.history(), value.version()));
            } catch (IOException | RuntimeException e) {
                status.setText(NLS.bind(Messages.FleetImpactView_the0CannotBeRead, value.label(), e.getMessage()));
                return;
            }
        }
        baseline = value;
        refresh();
    }

    /**
     * A policy to compare the edited one with: the saved file ({@code policy} null), a version of the history
     * ({@code version} of {@code history}; its {@code policy} is read when it is chosen), or a file.
     */
    record Baseline(String label, PolicyId history, int version, Policy policy) {

        static final Baseline SAVED = new Baseline(Messages.FleetImpactView_theSavedFile, null, 0, null);

        static Baseline of(PolicyVersion version) {
            return new Baseline(NLS.bind(Messages.FleetImpactView_version0Of1, version.number(), TIME.format(version.time())),
                    version.policy(), version.number(), null);
        }

        boolean isVersion() {
            return history != null;
        }

        boolean sameChoice(Baseline other) {
            return label.equals(other.label) && Objects.equals(history, other.history);
        }
    }

    /** The drop-down: the saved file, every saved version of the open policy, and the chosen file if any. */
    private void listBaselines(ActivePolicy active) {
        List<Baseline> list = new ArrayList<>();
        list.add(Baseline.SAVED);
        if (active.file() != null) {
            PolicyId id = PolicyId.of(active.file());
            try {
                Studio.history().versions(id).reversed().forEach(v -> list.add(Baseline.of(v)));
            } catch (IOException e) {
                status.setText(NLS.bind(Messages.FleetImpactView_theHistoryCannotBeRead, e.getMessage()));
            }
            if (baseline.isVersion() && !baseline.history().equals(id)) {
                baseline = Baseline.SAVED;   // a version of another policy
            }
        }
        if (!baseline.isVersion() && baseline.policy() != null) {
            list.add(baseline);
        }
        choices.clear();
        choices.addAll(list);
        baselines.setItems(list.stream().map(Baseline::label).toArray(String[]::new));
        int selected = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).sameChoice(baseline)) {
                selected = i;
            }
        }
        baselines.select(selected);
        baselines.getParent().layout();
    }

    private void refresh() {
        if (status == null || status.isDisposed()) {
            return;
        }
        ActivePolicy active = Studio.activePolicy();
        // versions are added by saves, which leave the policy unchanged: no history reading on every edit
        if (!active.isDirty() || !Objects.equals(active.file(), listedFile) || baseline != listedBaseline) {
            listBaselines(active);
            listedFile = active.file();
            listedBaseline = baseline;
        }
        Policy from = baseline.policy() != null ? baseline.policy() : active.savedPolicy();
        Policy to = active.policy();
        if (to == null || from == null || inventory == null) {
            recompute.cancel();
            status.setText(Messages.FleetImpactView_openAPolicyToSee);
            return;
        }
        Inventory agents = inventory;
        String against = baseline.label();
        String fleet = inventoryName;
        List<SimulatedFeature> catalogue = InstalledFeatures.catalogue();
        recompute.request(Recompute.DELAY_MS, () -> FleetImpact.analyze(from, to, agents, FleetImpact.DEFAULT_WORLD,
                catalogue), r -> show(r, catalogue, against, fleet),
                e -> status.setText(NLS.bind(Messages.FleetImpactView_theImpactCannotBeAnalysed, e.getMessage())));
    }

    private void show(ImpactReport value, List<SimulatedFeature> catalogue, String against, String fleet) {
        report = value;
        features = catalogue;
        status.setText(NLS.bind(Messages.FleetImpactView_editedPolicyVs0On, new Object[] { against, report.agents(), fleet, report.lostPaths() }));
        List<String> names = report.purposes().stream().map(p -> Names.purpose(p.purpose(), catalogue)).toList();
        chart.show(report.purposes(), names, report.agents());
        List<ResultTable.Row> countRows = new ArrayList<>();
        for (PurposeImpact p : report.purposes()) {
            countRows.add(new ResultTable.Row(new String[] {Names.purpose(p.purpose(), catalogue),
                String.valueOf(p.kept()), String.valueOf(p.changed()), String.valueOf(p.gained()),
                String.valueOf(p.lost())}, new String[] {p.purpose(), null, null, null, null}));
        }
        counts.show(countRows);
        agentList.showLost(report, catalogue);
    }

    private void export() {
        if (report == null) {
            return;
        }
        Optional<Path> file = Studio.fileChooser().chooseFileToSave(getSite().getShell(), FileKind.CSV_EXPORT,
                Path.of("fleet-impact.csv")); //$NON-NLS-1$
        if (file.isPresent()) {
            try {
                Files.writeString(file.get(), LostPathsCsv.write(report, "\r\n"), StandardCharsets.UTF_8); //$NON-NLS-1$
                status.setText(NLS.bind(Messages.FleetImpactView_exported0LostPathsTo, report.lostPaths(), file.get().getFileName()));
            } catch (IOException e) {
                status.setText(NLS.bind(Messages.FleetImpactView_cannotExport0, e.getMessage()));
            }
        }
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }

    @Override
    public void dispose() {
        Studio.activePolicy().removeListener(listener);
        if (recompute != null) {
            recompute.cancel();
        }
        super.dispose();
    }
}
