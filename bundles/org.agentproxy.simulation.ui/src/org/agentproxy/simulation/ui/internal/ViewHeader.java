package org.agentproxy.simulation.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The top row of a simulation view: a wrapping status line, then push buttons to its right. */
final class ViewHeader {

    private final Composite row;
    private final Label status;

    /**
     * @param parent   the view's composite (a one-column grid)
     * @param statusId the status line's bot id
     * @param buttons  how many buttons follow the status line
     */
    ViewHeader(Composite parent, String statusId, int buttons) {
        row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(buttons + 1, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = new Label(row, SWT.WRAP);
        status.setData("org.agentproxy.bot.id", statusId);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    Label status() {
        return status;
    }

    ViewHeader button(String text, String id, Runnable action) {
        Button b = new Button(row, SWT.PUSH);
        b.setText(text);
        b.setData("org.agentproxy.bot.id", id);
        b.addListener(SWT.Selection, e -> action.run());
        return this;
    }
}
