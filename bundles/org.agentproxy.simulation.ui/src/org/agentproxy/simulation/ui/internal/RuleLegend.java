package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.Names;
import org.agentproxy.simulation.Rule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** The legend of the rules R0-R7 the diagram's edges and the table cite: a line each, the rule's text as tooltip. */
final class RuleLegend {

    private RuleLegend() {
    }

    static Group create(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.RuleLegend_rules);
        group.setData("org.agentproxy.bot.id", "connectionPaths.legend"); //$NON-NLS-1$ //$NON-NLS-2$
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 1;
        group.setLayout(layout);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (Rule rule : Rule.values()) {
            Label line = new Label(group, SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.widthHint = 120;   // wraps to the column's width
            line.setLayoutData(data);
            line.setText(Names.rule(rule));
            line.setToolTipText(rule.statement());
            line.setData("org.agentproxy.bot.id", "connectionPaths.legend." + rule.id()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return group;
    }
}
