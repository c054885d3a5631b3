package org.agentproxy.deployment.ui.internal.fleet;

import java.util.function.Consumer;

import org.agentproxy.deployment.fleet.FleetAgent;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.PurposeMismatch;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

/** The selected agent's predicted and observed paths side by side, and the button to open Connection Paths. */
final class PathsSideBySide {

    private final Text predicted;
    private final Text observed;
    private final Button open;
    private FleetAgent agent;

    PathsSideBySide(Composite parent, Consumer<FleetAgent> openPaths) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        SashForm sides = new SashForm(box, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        predicted = side(sides, Messages.FleetStatus_predicted, "fleetStatus.predicted"); //$NON-NLS-1$
        observed = side(sides, Messages.FleetStatus_observed, "fleetStatus.observed"); //$NON-NLS-1$
        open = new Button(box, SWT.PUSH);
        open.setText(Messages.FleetStatus_openPaths);
        open.setEnabled(false);
        open.addListener(SWT.Selection, e -> {
            if (agent != null) {
                openPaths.accept(agent);
            }
        });
        show(null);
    }

    private static Text side(Composite parent, String title, String id) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(1, false));
        Text text = new Text(group, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setData(FleetQuery.BOT_ID, id);
        return text;
    }

    void show(FleetAgent value) {
        agent = value;
        open.setEnabled(value != null && value.report() != null);
        if (value == null) {
            predicted.setText(Messages.FleetStatus_selectAgent);
            observed.setText(""); //$NON-NLS-1$
            return;
        }
        StringBuilder p = new StringBuilder();
        StringBuilder o = new StringBuilder();
        for (PurposeMismatch m : value.mismatches()) {
            p.append(NLS.bind(Messages.FleetStatus_mismatchHead, m.purpose(), m.rules())).append('\n')
                    .append(NLS.bind(Messages.FleetStatus_pathLine, m.predictedPath(), FleetWords.outcome(m.predictedOutcome())))
                    .append('\n');
            if (m.explanation() != null) {
                p.append(NLS.bind(Messages.FleetStatus_reasonLine, m.explanation())).append('\n');
            }
            p.append('\n');
            ObservedPath seen = m.observed();
            o.append(NLS.bind(Messages.FleetStatus_observedHead, m.purpose(), m.routedBy().id())).append('\n')
                    .append(NLS.bind(Messages.FleetStatus_pathLine, seen.path(),
                    seen.error() == null ? FleetWords.outcome(seen.outcome())
                            : NLS.bind(Messages.FleetStatus_outcomeWithError, FleetWords.outcome(seen.outcome()), seen.error())))
                    .append('\n')
                    .append(NLS.bind(Messages.FleetStatus_reasonLine, m.reason())).append("\n\n"); //$NON-NLS-1$
        }
        if (value.mismatches().isEmpty()) {
            p.append(NLS.bind(Messages.FleetStatus_noMismatch, value.id()));
            if (value.report() != null) {
                value.report().purposes().stream().filter(x -> !x.ok()).forEach(x -> o.append(NLS.bind(
                        Messages.FleetStatus_failedLine, x.purpose(), x.error() == null ? x.path()
                                : NLS.bind(Messages.FleetStatus_outcomeWithError, x.path(), x.error()))).append('\n'));
            }
        }
        predicted.setText(p.toString());
        observed.setText(o.toString());
    }
}
