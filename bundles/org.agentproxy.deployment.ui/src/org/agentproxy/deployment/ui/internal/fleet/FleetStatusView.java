package org.agentproxy.deployment.ui.internal.fleet;

import java.util.Map;
import java.util.StringJoiner;

import org.agentproxy.deployment.fleet.FleetAgent;
import org.agentproxy.deployment.fleet.FleetStatus;
import org.agentproxy.deployment.fleet.FleetStatusClient;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.ui.ScrolledColumn;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * Fleet Status: a group's agents as they report to a policy server: agents per version, the agents in a state,
 * and for a mismatched agent its predicted and observed paths side by side, with Connection Paths one click away
 * on that agent's facts. Reads in a cancellable Job, never on the UI thread (docs/fleet-status.md).
 */
public final class FleetStatusView extends ViewPart {

    public static final String ID = "org.agentproxy.deployment.ui.fleetStatus"; //$NON-NLS-1$
    /** Connection Paths' command that shows a scenario (org.agentproxy.simulation.ui) and its parameter. */
    static final String SHOW_SCENARIO = "org.agentproxy.simulation.ui.showScenario"; //$NON-NLS-1$
    static final String SCENARIO_PARAMETER = "org.agentproxy.simulation.ui.scenario"; //$NON-NLS-1$

    private FleetQuery query;
    private VersionsChart chart;
    private AgentTable table;
    private PathsSideBySide paths;
    private FleetRefresh refresh;

    /** The height below which the view scrolls instead of squeezing the chart, the table and the paths. */
    private static final int MIN_HEIGHT = 440;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        // in a short stack (at 1024×700 the view gets ~150 pixels) it scrolls: nothing is cut off or squeezed away
        ScrolledColumn column = new ScrolledColumn(parent);
        Composite body = column.body();
        refresh = new FleetRefresh(parent.getDisplay(), FleetStatusClient.overHttp());
        query = new FleetQuery(body, this::refresh, this::cancel);
        SashForm rows = new SashForm(body, SWT.VERTICAL);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm top = new SashForm(rows, SWT.HORIZONTAL);
        chart = new VersionsChart(top);
        table = new AgentTable(top, a -> paths.show(a));
        top.setWeights(30, 70);
        paths = new PathsSideBySide(rows, this::openConnectionPaths);
        rows.setWeights(55, 45);
        column.setMinimumSize(query.preferredWidth(), MIN_HEIGHT); // the sashes' own preferred size means nothing
        query.status(query.server() == null ? Messages.FleetStatus_noServer : Messages.FleetStatus_noGroup);
    }

    private void refresh() {
        PolicyServerEntry server = query.server();
        String group = query.group();
        if (server == null) {
            query.status(Messages.FleetStatus_noServer);
            return;
        }
        if (group.isEmpty()) {
            query.status(Messages.FleetStatus_noGroup);
            return;
        }
        query.busy(true);
        query.status(NLS.bind(Messages.FleetStatus_reading, group, server.url()));
        refresh.start(server, group, query.state(), this::show, this::failed);
    }

    private void cancel() {
        refresh.cancel();
    }

    private void show(FleetStatus status) {
        if (query == null || table.control().isDisposed()) {
            return;
        }
        query.busy(false);
        StringJoiner states = new StringJoiner(", "); //$NON-NLS-1$
        FleetStatus.STATES.forEach(s -> states.add(NLS.bind(Messages.FleetStatus_stateCount, FleetWords.state(s), status.count(s))));
        query.status(NLS.bind(Messages.FleetStatus_summary, new Object[] {status.group(), status.currentVersion(),
            status.agents(), states, status.page().size()}));
        chart.show(status.versions(), status.currentVersion());
        table.show(status.page());
        paths.show(null);
    }

    private void failed(String message) {
        if (table.control().isDisposed()) {
            return;
        }
        query.busy(false);
        query.status(message == null ? Messages.FleetStatus_cancelled : NLS.bind(Messages.FleetStatus_failed,
                message));
    }

    /** Connection Paths on the agent's reported facts, through its command (no dependency on its bundle). */
    private void openConnectionPaths(FleetAgent agent) {
        Scenario scenario = new Scenario(agent.id(), null, agent.report().facts().toAgentFacts(agent.id()), null,
                null);
        try {
            ICommandService commands = getSite().getService(ICommandService.class);
            IHandlerService handlers = getSite().getService(IHandlerService.class);
            ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(SHOW_SCENARIO),
                    Map.of(SCENARIO_PARAMETER, ScenarioCodec.write(scenario)));
            handlers.executeCommand(command, null);
        } catch (Exception e) {
            query.status(NLS.bind(Messages.FleetStatus_openPathsFailed, e.getMessage()));
        }
    }

    /** For tests and the Policy Servers view: show this group. */
    public void setGroup(String group) {
        query.setGroup(group);
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.cancel();
        }
        super.dispose();
    }
}
