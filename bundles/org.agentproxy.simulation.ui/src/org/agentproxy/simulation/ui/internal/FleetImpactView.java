package org.agentproxy.simulation.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.impact.LostAgent;
import org.agentproxy.simulation.impact.LostPath;
import org.agentproxy.simulation.impact.LostPathsCsv;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.Studio;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Fleet Impact: what the edits do to a fleet. Every agent of an inventory (the shipped sample fleet by default) is
 * simulated under the baseline (the saved file, or a chosen policy file) and the edited policy; per purpose how
 * many keep, change, gain or lose their path, and which agents lose one. Export writes the lost paths as CSV.
 */
public final class FleetImpactView extends ViewPart {

    public static final String ID = "org.agentproxy.simulation.ui.fleetImpact";
    static final String SAMPLE = "samples/fleet.csv";

    private Label status;
    private ImpactChart chart;
    private ResultTable counts;
    private ResultTable lost;
    private Inventory inventory;
    private String inventoryName = "sample fleet.csv";
    private Policy baseline;
    private String baselineName;
    private ImpactReport report;
    private final Consumer<ActivePolicy> listener = a -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new ViewHeader(parent, "fleetImpact.status", 4)
                .button("Inventory...", "fleetImpact.inventory", this::chooseInventory)
                .button("Compare With File...", "fleetImpact.baseline", this::chooseBaseline)
                .button("Compare With Saved", "fleetImpact.saved", () -> setBaseline(null, null))
                .button("Export CSV...", "fleetImpact.export", this::export).status();
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new ImpactChart(sash);
        SashForm tables = new SashForm(sash, SWT.VERTICAL);
        counts = new ResultTable(tables, "fleetImpact.counts", List.of(new ResultTable.Column("Purpose", 200),
                new ResultTable.Column("Kept", 60), new ResultTable.Column("Changed", 70),
                new ResultTable.Column("Gained", 60), new ResultTable.Column("Lost", 60)));
        lost = new ResultTable(tables, "fleetImpact.lost", List.of(new ResultTable.Column("Agent", 120),
                new ResultTable.Column("Purpose", 160), new ResultTable.Column("Before", 240),
                new ResultTable.Column("Cause", 110), new ResultTable.Column("Reason", 400)));
        sash.setWeights(45, 55);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
            inventory = InventoryReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            inventory = null;
        }
        Studio.activePolicy().addListener(listener);
        InstalledFeatures.follow(status, this::refresh);
    }

    private void chooseInventory() {
        Optional<Path> file = Studio.fileChooser().chooseFileToOpen(getSite().getShell());
        if (file.isPresent()) {
            try {
                inventory = InventoryReader.read(file.get());
                inventoryName = file.get().getFileName().toString();
                refresh();
            } catch (IOException | RuntimeException e) {
                status.setText(file.get().getFileName() + ": " + e.getMessage());
            }
        }
    }

    private void chooseBaseline() {
        Optional<Path> file = Studio.fileChooser().chooseFileToOpen(getSite().getShell());
        if (file.isPresent()) {
            try {
                setBaseline(PolicyCodec.read(file.get()), file.get().getFileName().toString());
            } catch (IOException | RuntimeException e) {
                status.setText(file.get().getFileName() + ": " + e.getMessage());
            }
        }
    }

    private void setBaseline(Policy policy, String name) {
        baseline = policy;
        baselineName = name;
        refresh();
    }

    private void refresh() {
        if (status == null || status.isDisposed()) {
            return;
        }
        ActivePolicy active = Studio.activePolicy();
        Policy from = baseline != null ? baseline : active.savedPolicy();
        if (active.policy() == null || from == null || inventory == null) {
            status.setText("Open a policy to see the impact of its edits on a fleet.");
            return;
        }
        report = FleetImpact.analyze(from, active.policy(), inventory, FleetImpact.DEFAULT_WORLD,
                InstalledFeatures.catalogue());
        String against = baselineName != null ? baselineName : "the saved file";
        status.setText("Edited policy vs. " + against + " on " + report.agents() + " agents of " + inventoryName
                + ": " + report.lostPaths() + " paths lost.");
        chart.show(report.purposes(), report.agents());
        List<String[]> countRows = new ArrayList<>();
        for (PurposeImpact p : report.purposes()) {
            countRows.add(new String[] {p.purpose(), String.valueOf(p.kept()), String.valueOf(p.changed()),
                    String.valueOf(p.gained()), String.valueOf(p.lost())});
        }
        counts.show(countRows);
        List<String[]> lostRows = new ArrayList<>();
        for (LostAgent agent : report.lostAgents()) {
            for (LostPath path : agent.paths()) {
                lostRows.add(new String[] {agent.agentId(), path.purpose(), path.before(),
                        path.cause() == null ? "" : path.cause().id(), path.reason()});
            }
        }
        lost.show(lostRows);
    }

    private void export() {
        if (report == null) {
            return;
        }
        Optional<Path> file = Studio.fileChooser().chooseFileToSave(getSite().getShell(), Path.of("fleet-impact.csv"));
        if (file.isPresent()) {
            try {
                Files.writeString(file.get(), LostPathsCsv.write(report, "\r\n"), StandardCharsets.UTF_8);
                status.setText("Exported " + report.lostPaths() + " lost paths to " + file.get().getFileName() + ".");
            } catch (IOException e) {
                status.setText("Cannot export: " + e.getMessage());
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
        super.dispose();
    }
}
