package org.agentproxy.simulation.ui.internal;

import org.agentproxy.ui.editor.Mnemonics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The top row of a simulation view: a wrapping status line, then the controls added to its right. When the view is
 * too narrow for the controls beside a status of {@link #MIN_STATUS_WIDTH} pixels (a translation a third longer than
 * the English, a view that is not maximized), the status takes a line of its own and the controls wrap onto as many
 * lines below it as they need: nothing is cut off. Its buttons and labels, and every other the view adds through
 * {@link #mnemonics()}, get a mnemonic each.
 */
final class ViewHeader {

    /** The narrowest status line worth keeping beside the controls. */
    static final int MIN_STATUS_WIDTH = 120;

    private final Composite row;
    private final Composite controls;
    private final Label status;
    private final Mnemonics mnemonics = new Mnemonics();
    private boolean ownLine;

    /**
     * @param parent   the view's composite (a one-column grid)
     * @param statusId the status line's bot id
     */
    ViewHeader(Composite parent, String statusId) {
        row = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(2, false);
        row.setLayout(grid);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = new Label(row, SWT.WRAP);
        status.setData("org.agentproxy.bot.id", statusId); //$NON-NLS-1$
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        controls = new Composite(row, SWT.NONE);
        RowLayout flow = new RowLayout(SWT.HORIZONTAL);
        flow.wrap = true;
        flow.center = true;
        flow.marginTop = 0;
        flow.marginBottom = 0;
        flow.marginLeft = 0;
        flow.marginRight = 0;
        flow.spacing = grid.horizontalSpacing;
        controls.setLayout(flow);
        controls.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        row.addListener(SWT.Resize, e -> arrange());
    }

    /** The status beside the controls when both fit on one line, else on a line of its own above them. */
    private void arrange() {
        int width = row.getClientArea().width;
        int needed = controls.computeSize(SWT.DEFAULT, SWT.DEFAULT).x
                + ((GridLayout) row.getLayout()).horizontalSpacing + MIN_STATUS_WIDTH;
        boolean wrap = width > 0 && width < needed;
        if (wrap == ownLine) {
            return;
        }
        ownLine = wrap;
        ((GridData) status.getLayoutData()).horizontalSpan = wrap ? 2 : 1;
        GridData data = (GridData) controls.getLayoutData();
        data.horizontalSpan = wrap ? 2 : 1;
        data.horizontalAlignment = wrap ? SWT.FILL : SWT.END;
        data.grabExcessHorizontalSpace = wrap;
        row.getParent().layout(true, true);
    }

    Label status() {
        return status;
    }

    /** The mnemonics of the whole view (Alt and a letter), each letter once where the words allow. */
    Mnemonics mnemonics() {
        return mnemonics;
    }

    /** A label that shows while a view recomputes (see {@link Recompute}). */
    Label busy(String id) {
        Label busy = add(new Label(controls, SWT.NONE), id);
        busy.setText(Recompute.BUSY_TEXT);
        busy.setLayoutData(new RowData(busy.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, SWT.DEFAULT));
        busy.setText(""); //$NON-NLS-1$
        busy.setToolTipText(Messages.ViewHeader_theViewRecomputesOffThe);
        return busy;
    }

    ViewHeader button(String text, String id, Runnable action) {
        Button b = add(new Button(controls, SWT.PUSH), id);
        b.setText(mnemonics.assign(text, b));
        b.addListener(SWT.Selection, e -> action.run());
        return this;
    }

    /** A label, then a read-only drop-down whose selection runs {@code action}. */
    Combo combo(String label, String id, Runnable action) {
        Label name = add(new Label(controls, SWT.NONE), null);
        name.setText(mnemonics.assign(label, name));
        Combo combo = add(new Combo(controls, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        combo.addListener(SWT.Selection, e -> action.run());
        return combo;
    }

    private <C extends Control> C add(C control, String id) {
        if (id != null) {
            control.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        }
        return control;
    }
}
