package org.agentproxy.deployment.ui.internal.fleet;

import org.agentproxy.ui.ColumnWidths;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.agentproxy.deployment.fleet.FleetAgent;
import org.agentproxy.simulation.status.PurposeMismatch;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** The agents listed: id, version, states, last seen, mismatched purposes. */
final class AgentTable {

    private final TableViewer viewer;

    AgentTable(Composite parent, Consumer<FleetAgent> selected) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(FleetQuery.BOT_ID, "fleetStatus.agents"); //$NON-NLS-1$
        column(Messages.FleetStatus_columnAgent, 150, FleetAgent::id);
        column(Messages.FleetStatus_columnVersion, 70, a -> Long.toString(a.version()));
        column(Messages.FleetStatus_columnStates, 160, a -> String.join(", ", a.states().stream().map(FleetWords::state).toList())); //$NON-NLS-1$
        column(Messages.FleetStatus_columnLastSeen, 190, a -> a.lastSeen() == null ? "" : a.lastSeen().toString()); //$NON-NLS-1$
        column(Messages.FleetStatus_columnPurposes, 260, a -> String.join(", ", a.mismatches().stream() //$NON-NLS-1$
                .map(AgentTable::purposeAndRules).toList()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> selected.accept((FleetAgent) ((IStructuredSelection) e
                .getSelection()).getFirstElement()));
    }

    private void column(String title, int width, Function<FleetAgent, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        ColumnWidths.set(c.getColumn(), width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FleetAgent) element);
            }
        });
    }

    /** A mismatched purpose with the rules behind its prediction, as the predicted side shows it: {@code file-reputation [R3, R7]}. */
    private static String purposeAndRules(PurposeMismatch m) {
        return NLS.bind(Messages.FleetStatus_mismatchHead, m.purpose(), m.rules());
    }

    Table control() {
        return viewer.getTable();
    }

    void show(List<FleetAgent> agents) {
        viewer.setInput(agents);
    }
}
