package org.agentproxy.simulation.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** The top row of a simulation view: a wrapping status line, then the controls added to its right. */
final class ViewHeader {

    private final Composite row;
    private final GridLayout layout = new GridLayout(1, false);
    private final Label status;

    /**
     * @param parent   the view's composite (a one-column grid)
     * @param statusId the status line's bot id
     */
    ViewHeader(Composite parent, String statusId) {
        row = new Composite(parent, SWT.NONE);
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = new Label(row, SWT.WRAP);
        status.setData("org.agentproxy.bot.id", statusId); //$NON-NLS-1$
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    Label status() {
        return status;
    }

    /** A label that shows while a view recomputes (see {@link Recompute}). */
    Label busy(String id) {
        Label busy = add(new Label(row, SWT.NONE), id);
        busy.setText(Recompute.BUSY_TEXT);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = busy.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        busy.setLayoutData(data);
        busy.setText(""); //$NON-NLS-1$
        busy.setToolTipText(Messages.ViewHeader_theViewRecomputesOffThe);
        return busy;
    }

    ViewHeader button(String text, String id, Runnable action) {
        Button b = add(new Button(row, SWT.PUSH), id);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return this;
    }

    /** A label, then a read-only drop-down whose selection runs {@code action}. */
    Combo combo(String label, String id, Runnable action) {
        add(new Label(row, SWT.NONE), null).setText(label);
        Combo combo = add(new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        combo.addListener(SWT.Selection, e -> action.run());
        return combo;
    }

    private <C extends Control> C add(C control, String id) {
        layout.numColumns++;
        if (id != null) {
            control.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        }
        return control;
    }
}
