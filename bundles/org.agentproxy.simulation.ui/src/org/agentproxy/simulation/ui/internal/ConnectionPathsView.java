package org.agentproxy.simulation.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Names;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.simulation.ui.layout.PathLabels;
import org.agentproxy.simulation.ui.layout.PathLayout;
import org.agentproxy.simulation.ui.layout.TextMeasure;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.FileKind;
import org.agentproxy.ui.ScrolledColumn;
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
 * Connection Paths: the paths an agent's connections take under the edited policy and an editable scenario (a shipped
 * sample or a loaded file), as a diagram and as a table with readable names (the ids in tooltips), and the legend of
 * the rules. Follows the policy and the scenario; the simulation and the layout run in a job a moment after the last
 * edit, so typing never waits for them.
 */
public final class ConnectionPathsView extends ViewPart {

    public static final String ID = "org.agentproxy.simulation.ui.connectionPaths"; //$NON-NLS-1$

    private SashForm columns;
    private ScrolledColumn scenarioColumn;
    private ScenarioForm form;
    private PathDiagram diagram;
    private ResultTable table;
    private Label status;
    private Combo samplesCombo;
    private Recompute recompute;
    private List<SampleScenarios.Sample> samples;
    /** What Reset goes back to: the chosen sample or the loaded file. */
    private Scenario base;
    private final Consumer<ActivePolicy> listener = a -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        samples = SampleScenarios.load();
        ViewHeader header = new ViewHeader(parent, "connectionPaths.status"); //$NON-NLS-1$
        status = header.status();
        Label busy = header.busy("connectionPaths.busy"); //$NON-NLS-1$
        recompute = new Recompute(Messages.ConnectionPathsView_simulatingTheConnectionPaths, busy);
        columns = new SashForm(parent, SWT.HORIZONTAL);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scenarioColumn = new ScrolledColumn(columns); // scrolls in a short or narrow view
        samplesCombo = new ScenarioChoice(scenarioColumn.body(), header.mnemonics(), samples, this::chooseSample,
                this::loadScenario, this::saveScenario, () -> setBase(base)).combo();
        form = new ScenarioForm(scenarioColumn.body(), header.mnemonics(), () -> refresh(Recompute.DELAY_MS));
        RuleLegend.create(scenarioColumn.body());
        SashForm sash = new SashForm(columns, SWT.VERTICAL);
        columns.setWeights(25, 75);
        columns.addListener(SWT.Resize, e -> fitScenarioColumn());
        diagram = new PathDiagram(sash);
        table = new ResultTable(sash, "connectionPaths.table", List.of( //$NON-NLS-1$
                new ResultTable.Column(Messages.ConnectionPathsView_purpose, 170), new ResultTable.Column(Messages.ConnectionPathsView_attempt, 60),
                new ResultTable.Column(Messages.ConnectionPathsView_via, 260), new ResultTable.Column(Messages.ConnectionPathsView_target, 200),
                new ResultTable.Column(Messages.ConnectionPathsView_outcome, 200), new ResultTable.Column(Messages.ConnectionPathsView_rule, 280)));
        sash.setWeights(75, 25); // the diagram keeps its room with a scroll bar that shows
        base = samples.get(0).scenario();
        form.setBase(base);
        Studio.activePolicy().addListener(listener);
        InstalledFeatures.follow(status, this::refresh);
        refresh(-1);   // opening the view shows the paths at once; edits recompute in a job
    }

    /**
     * Gives the scenario column the width its controls need (a quarter of the view at least, two fifths at most), so
     * that it does not scroll sideways where the view has the room; the diagram gets the rest.
     */
    private void fitScenarioColumn() {
        int total = columns.getClientArea().width - columns.getSashWidth();
        if (total <= 0) {
            return;
        }
        var bar = scenarioColumn.control().getVerticalBar();
        int wanted = scenarioColumn.leastWidth() + (bar == null ? 0 : bar.getSize().x);
        int column = Math.min(Math.max(total / 4, wanted), total * 2 / 5);
        columns.setWeights(column, total - column);
    }

    /** Shows the paths of {@code scenario} (e.g. an agent's reported facts from the Fleet Status view). */
    public void show(Scenario scenario) {
        samplesCombo.deselectAll(); // not a sample
        samplesCombo.setToolTipText(scenario.name());
        setBase(scenario);
    }

    private void chooseSample() {
        samplesCombo.setToolTipText(samplesCombo.getText());
        setBase(samples.get(samplesCombo.getSelectionIndex()).scenario());
    }

    private void setBase(Scenario scenario) {
        base = scenario;
        form.setBase(scenario);
        refresh(0);
    }

    /** Writes the scenario as the form shows it (the agent, the integrated SPS, what answers) to a file. */
    private void saveScenario() {
        Scenario scenario;
        try {
            scenario = form.scenario();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage()); // the field and why: nothing is written
            return;
        }
        Optional<Path> file = Studio.fileChooser().chooseFileToSave(getSite().getShell(), FileKind.SCENARIO,
                Path.of((scenario.name() == null || scenario.name().isBlank() ? "scenario" : scenario.name()) //$NON-NLS-1$
                        .replaceAll("[^A-Za-z0-9._-]+", "-") + ".json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.writeString(file.get(), ScenarioCodec.write(scenario), StandardCharsets.UTF_8);
            status.setText(NLS.bind(Messages.ConnectionPathsView_savedScenario, file.get().getFileName()));
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.ConnectionPathsView_cannotSaveScenario, file.get(), e.getMessage()));
        }
    }

    private void loadScenario() {
        Optional<Path> file = Studio.fileChooser().chooseFileToOpen(getSite().getShell(), FileKind.SCENARIO);
        if (file.isEmpty()) {
            return;
        }
        try {
            setBase(ScenarioCodec.read(file.get()));
            samplesCombo.deselectAll();   // a file, not a sample
            samplesCombo.setToolTipText(file.get().getFileName().toString());
        } catch (IOException | RuntimeException e) {
            status.setText(file.get().getFileName() + ": " + e.getMessage()); //$NON-NLS-1$
        }
    }

    private void refresh() {
        refresh(Recompute.DELAY_MS);
    }

    /**
     * Gathers the inputs on the UI thread and simulates them in a job after {@code delay} ms ({@code -1}: now, on the
     * UI thread, when the view opens).
     */
    private void refresh(long delay) {
        if (status == null || status.isDisposed()) {
            return;
        }
        Policy policy = Studio.activePolicy().policy();
        if (policy == null) {
            recompute.cancel();
            status.setText(Messages.ConnectionPathsView_openAPolicyToSee);
            return;
        }
        if (form.setPolicy(policy)) {
            scenarioColumn.reflow();
            fitScenarioColumn(); // the check boxes of the policy's endpoints may want more room
        }
        Scenario scenario;
        try {
            scenario = form.scenario();
        } catch (RuntimeException e) {
            recompute.cancel();
            status.setText(NLS.bind(Messages.ConnectionPathsView_theScenarioIsNotValid, e.getMessage()));
            return;
        }
        List<SimulatedFeature> features = InstalledFeatures.catalogue();
        TextMeasure measure = diagram.measure();
        if (delay < 0) {
            recompute.cancel();
            try {
                show(compute(policy, scenario, features, measure));
            } catch (RuntimeException e) {
                status.setText(NLS.bind(Messages.ConnectionPathsView_theScenarioIsNotValid, e.getMessage()));
            }
            return;
        }
        recompute.request(delay, () -> compute(policy, scenario, features, measure), this::show,
                e -> status.setText(NLS.bind(Messages.ConnectionPathsView_theScenarioIsNotValid, e.getMessage())));
    }

    /** What a simulation shows: the report, its diagram and its table (no widget touched: runs in a job). */
    record Result(SimulationReport report, PathGraph graph, List<ResultTable.Row> rows) {
    }

    static Result compute(Policy policy, Scenario scenario, List<SimulatedFeature> features, TextMeasure measure) {
        SimulationReport report = PathEngine.simulate(policy, scenario, features);
        return new Result(report, PathLayout.layout(report, measure, PathLabels.readable(features)),
                rows(report, features));
    }

    private void show(Result result) {
        status.setText(describe(result.report()));
        status.requestLayout(); // a warning may need another line of the wrapping status
        diagram.show(result.graph());
        table.show(result.rows());
    }

    private static String describe(SimulationReport report) {
        var agent = report.scenario().agent();
        return NLS.bind(Messages.ConnectionPathsView_policy012Is, new Object[] { report.policyName(), (agent.id() == null ? "" : agent.id() + " "), agent.ip(), Words.location(report.location().location()), report.location().explanation(), notSimulated(report) + warnings(report) }); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String notSimulated(SimulationReport report) {
        return report.skipped().isEmpty() ? "" : NLS.bind(Messages.ConnectionPathsView_notSimulated0, report.skipped().stream() //$NON-NLS-1$
                .map(f -> f.id() + " (" + f.reason().replaceFirst("^not simulated: ", "") + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .collect(Collectors.joining(", "))); //$NON-NLS-1$
    }

    /** The scenario's entries the simulation does not use (e.g. a host the policy never names), for the status line. */
    private static String warnings(SimulationReport report) {
        return report.warnings().isEmpty() ? "" : NLS.bind(Messages.ConnectionPathsView_warnings0, //$NON-NLS-1$
                String.join("; ", report.warnings())); //$NON-NLS-1$
    }

    /** The rule column: the rule, and for an attempt R7 stopped, the rule that routed it first. */
    private static String rule(Attempt a) {
        return a.routedBy() == null ? Names.rule(a.rule())
                : NLS.bind(Messages.ConnectionPathsView_routedAndStopped, Names.rule(a.routedBy()), Names.rule(a.rule()));
    }

    /** Per attempt: the readable names, and the ids behind them (purpose, -, route, target, outcome, rule). */
    static List<ResultTable.Row> rows(SimulationReport report, List<SimulatedFeature> features) {
        List<ResultTable.Row> rows = new ArrayList<>();
        for (PurposeReport purpose : report.purposes()) {
            int n = 1;
            for (Attempt a : purpose.attempts()) {
                String proxy = a.proxy() == null ? "" : " (" + a.proxy() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                String outcome = a.outcome().id() + (a.cause() == null ? "" : ": " + a.cause().id()); //$NON-NLS-1$ //$NON-NLS-2$
                rows.add(new ResultTable.Row(new String[] {Names.purpose(purpose.purpose(), features),
                    String.valueOf(n), Names.route(a.via()) + proxy, Names.target(a.target()),
                    Names.outcome(a.outcome(), a.cause()), rule(a)},
                        new String[] {purpose.purpose(), String.valueOf(n++), a.via().id() + proxy, a.target(),
                            outcome, a.rules()}));
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
        if (recompute != null) {
            recompute.cancel();
        }
        super.dispose();
    }
}
