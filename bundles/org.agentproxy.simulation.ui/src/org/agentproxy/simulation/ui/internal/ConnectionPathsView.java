package org.agentproxy.simulation.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.scenario.Scenario;
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
 * Connection Paths: the paths an agent's connections take under the edited policy and an editable scenario, as a
 * diagram (agent, proxy, target per purpose and attempt) and as a table. Follows the policy and the scenario.
 */
public final class ConnectionPathsView extends ViewPart {

    public static final String ID = "org.agentproxy.simulation.ui.connectionPaths";
    static final String SAMPLE = "samples/internal-agent.json";

    private ScrolledColumn scenarioColumn;
    private ScenarioForm form;
    private PathDiagram diagram;
    private ResultTable table;
    private Label status;
    private final Consumer<ActivePolicy> listener = a -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new ViewHeader(parent, "connectionPaths.status")
                .button("Load Scenario...", "connectionPaths.load", this::loadScenario)
                .button("Reset", "connectionPaths.reset", () -> setBase(sample())).status();
        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scenarioColumn = new ScrolledColumn(columns); // scrolls in a short or narrow view
        form = new ScenarioForm(scenarioColumn.body(), this::refresh);
        SashForm sash = new SashForm(columns, SWT.VERTICAL);
        columns.setWeights(25, 75);
        diagram = new PathDiagram(sash);
        table = new ResultTable(sash, "connectionPaths.table", List.of(
                new ResultTable.Column("Purpose", 190), new ResultTable.Column("Attempt", 60),
                new ResultTable.Column("Via", 230), new ResultTable.Column("Target", 200),
                new ResultTable.Column("Outcome", 200), new ResultTable.Column("Rule", 50)));
        sash.setWeights(70, 30);
        form.setBase(sample());
        Studio.activePolicy().addListener(listener);
        InstalledFeatures.follow(status, this::refresh);
    }

    private void setBase(Scenario scenario) {
        form.setBase(scenario);
        refresh();
    }

    private void loadScenario() {
        Optional<Path> file = Studio.fileChooser().chooseFileToOpen(getSite().getShell());
        if (file.isEmpty()) {
            return;
        }
        try {
            setBase(ScenarioCodec.read(file.get()));
        } catch (IOException | RuntimeException e) {
            status.setText(file.get().getFileName() + ": " + e.getMessage());
        }
    }

    static Scenario sample() {
        try (InputStream in = ConnectionPathsView.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the bundle");
            }
            return ScenarioCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refresh() {
        if (status == null || status.isDisposed()) {
            return;
        }
        Policy policy = Studio.activePolicy().policy();
        if (policy == null) {
            status.setText("Open a policy to see its connection paths.");
            return;
        }
        if (form.setPolicy(policy)) {
            scenarioColumn.reflow();
        }
        SimulationReport report;
        try {
            report = PathEngine.simulate(policy, form.scenario(), InstalledFeatures.catalogue());
        } catch (RuntimeException e) {
            status.setText("The scenario is not valid: " + e.getMessage());
            return;
        }
        status.setText(describe(report));
        diagram.show(report);
        table.show(rows(report));
    }

    private static String describe(SimulationReport report) {
        var agent = report.scenario().agent();
        return "Policy \"" + report.policyName() + "\": " + (agent.id() == null ? "" : agent.id() + " ")
                + agent.ip() + " is " + report.location().location().id() + " [R0]. "
                + report.location().explanation() + notSimulated(report);
    }

    private static String notSimulated(SimulationReport report) {
        return report.skipped().isEmpty() ? "" : " Not simulated: " + report.skipped().stream()
                .map(f -> f.id() + " (" + f.reason().replaceFirst("^not simulated: ", "") + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

    static List<String[]> rows(SimulationReport report) {
        List<String[]> rows = new ArrayList<>();
        for (PurposeReport purpose : report.purposes()) {
            int n = 1;
            for (Attempt a : purpose.attempts()) {
                rows.add(new String[] {purpose.purpose(), String.valueOf(n++),
                        a.via().id() + (a.proxy() == null ? "" : " (" + a.proxy() + ")"), a.target(),
                        a.outcome().id() + (a.cause() == null ? "" : ": " + a.cause().id()), a.rule().id()});
            }
        }
        return rows;
    }

    @Override
    public void setFocus() {
        diagram.control().setFocus();
    }

    @Override
    public void dispose() {
        Studio.activePolicy().removeListener(listener);
        super.dispose();
    }
}
