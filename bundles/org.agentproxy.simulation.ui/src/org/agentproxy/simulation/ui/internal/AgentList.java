package org.agentproxy.simulation.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agentproxy.simulation.Names;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.impact.AgentChange;
import org.agentproxy.simulation.impact.AgentChangesCsv;
import org.agentproxy.simulation.impact.Change;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.agentproxy.ui.FileKind;
import org.agentproxy.ui.Studio;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The agents behind a bar or a row of Fleet Impact: a line saying which (a purpose and a change, a purpose's
 * changes, or every lost path), the agents with their path before and after, and Export Agents (CSV).
 */
final class AgentList {

    private final Label title;
    private final Button export;
    private final ResultTable table;
    private final Label status;
    private List<AgentChange> agents = List.of();
    private String what = ""; //$NON-NLS-1$

    AgentList(Composite parent, Label status, org.agentproxy.ui.editor.Mnemonics mnemonics) {
        this.status = status;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(2, false));
        title = new Label(box, SWT.WRAP);
        title.setData("org.agentproxy.bot.id", "fleetImpact.selection"); //$NON-NLS-1$ //$NON-NLS-2$
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        export = new Button(box, SWT.PUSH);
        export.setText(mnemonics.assign(Messages.AgentList_exportAgents, export));
        export.setToolTipText(Messages.AgentList_writesTheAgentsListedBelow);
        export.setData("org.agentproxy.bot.id", "fleetImpact.exportAgents"); //$NON-NLS-1$ //$NON-NLS-2$
        export.addListener(SWT.Selection, e -> export());
        table = new ResultTable(box, "fleetImpact.agents", List.of(new ResultTable.Column(Messages.AgentList_agent, 100), //$NON-NLS-1$
                new ResultTable.Column(Messages.AgentList_purpose, 120), new ResultTable.Column(Messages.AgentList_change, 75),
                new ResultTable.Column(Messages.AgentList_before, 200), new ResultTable.Column(Messages.AgentList_after, 250),
                new ResultTable.Column(Messages.AgentList_whyLost, 300)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    }

    Composite control() {
        return table.control().getParent();
    }

    /** Every lost path of the report (what the list shows until a bar or a row is chosen). */
    void showLost(ImpactReport report, List<SimulatedFeature> features) {
        List<AgentChange> lost = new ArrayList<>();
        for (PurposeImpact p : report.purposes()) {
            if (p.lost() > 0) {
                lost.addAll(report.agents(p.purpose(), Change.LOST));
            }
        }
        show(Messages.AgentList_lostPathsClickABar, lost, lost.size() == 1 ? Messages.AgentList_path : Messages.AgentList_paths,
                features);
    }

    /** The agents of one bar: a purpose and a change. */
    void showBar(ImpactReport report, String purpose, Change change, List<SimulatedFeature> features) {
        List<AgentChange> value = report.agents(purpose, change);
        show(NLS.bind(Messages.AgentList_purposeAndChange, Names.purpose(purpose, features), Words.change(change)), value, unit(value),
                features);
    }

    /** The agents of one row: a purpose's changed, gained and lost agents. */
    void showRow(ImpactReport report, String purpose, List<SimulatedFeature> features) {
        List<AgentChange> all = new ArrayList<>();
        for (Change c : List.of(Change.CHANGED, Change.GAINED, Change.LOST)) {
            all.addAll(report.agents(purpose, c));
        }
        show(NLS.bind(Messages.AgentList_0ChangedGainedAndLost, Names.purpose(purpose, features)), all, unit(all), features);
    }

    private static String unit(List<AgentChange> value) {
        return value.size() == 1 ? Messages.AgentList_agent2 : Messages.AgentList_agents;
    }

    private void show(String label, List<AgentChange> value, String unit, List<SimulatedFeature> features) {
        agents = value;
        what = label;
        title.setText(label + ": " + value.size() + unit); //$NON-NLS-1$
        title.getParent().layout();
        export.setEnabled(!value.isEmpty());
        table.show(new RowsView(value, features));
    }

    /** The rows of the agents, built when the table shows them. */
    private static final class RowsView extends java.util.AbstractList<ResultTable.Row> {

        private final List<AgentChange> agents;
        private final List<SimulatedFeature> features;

        RowsView(List<AgentChange> agents, List<SimulatedFeature> features) {
            this.agents = agents;
            this.features = features;
        }

        @Override
        public ResultTable.Row get(int index) {
            AgentChange a = agents.get(index);
            String cause = a.cause() == null ? "" : Names.cause(a.cause()) + (a.reason() == null ? "" : ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + a.reason());
            return new ResultTable.Row(new String[] {a.agentId(), Names.purpose(a.purpose(), features),
                Words.change(a.change()), orNone(a.before()), orNone(a.after()), cause},
                    new String[] {a.agentId(), a.purpose(), a.change().id(), a.before(), a.after(),
                        a.cause() == null ? null : a.cause().id()});
        }

        @Override
        public int size() {
            return agents.size();
        }

        private static String orNone(String path) {
            return path == null ? Messages.AgentList_none : path;
        }
    }

    private void export() {
        Optional<Path> file = Studio.fileChooser().chooseFileToSave(export.getShell(), FileKind.CSV_EXPORT,
                Path.of("fleet-impact-agents.csv")); //$NON-NLS-1$
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.writeString(file.get(), AgentChangesCsv.write(agents, "\r\n"), StandardCharsets.UTF_8); //$NON-NLS-1$
            status.setText(NLS.bind(Messages.AgentList_exported0Rows1To, new Object[] { agents.size(), what.replaceFirst(" \\(.*", ""), file.get().getFileName() })); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.AgentList_cannotExportTo01, file.get(), e.getMessage()));
        }
    }
}
