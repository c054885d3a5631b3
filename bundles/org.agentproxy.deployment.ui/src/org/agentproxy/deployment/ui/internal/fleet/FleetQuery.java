package org.agentproxy.deployment.ui.internal.fleet;

import java.util.List;

import org.agentproxy.deployment.fleet.FleetStatus;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The view's first rows: which server (on a line of its own), group and state to show; Refresh and Cancel; the
 * status line below.
 */
final class FleetQuery {

    static final String BOT_ID = "org.agentproxy.bot.id"; //$NON-NLS-1$
    /** The Server combo's least width; it spans the row's first line, so it grows with the view. */
    private static final int SERVER_MIN_WIDTH = 220;
    /** Server and its combo on the first line; group, state, Refresh and Cancel on the second. */
    private static final int COLUMNS = 6;

    private final Composite row;
    private final Combo server;
    private final Text group;
    private final Combo state;
    private final Button refresh;
    private final Button cancel;
    private final Label status;
    private List<PolicyServerEntry> servers = List.of();

    FleetQuery(Composite parent, Runnable onRefresh, Runnable onCancel) {
        row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(COLUMNS, false));
        new Label(row, SWT.NONE).setText(Messages.FleetStatus_server);
        server = new Combo(row, SWT.READ_ONLY);
        // "name (URL)" is long: the combo has a line of its own across the view, and its tooltip the whole text
        GridData serverData = new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS - 1, 1);
        serverData.widthHint = SERVER_MIN_WIDTH;
        server.setLayoutData(serverData);
        server.addListener(SWT.Selection, e -> server.setToolTipText(server.getText()));
        server.setData(BOT_ID, "fleetStatus.server"); //$NON-NLS-1$
        new Label(row, SWT.NONE).setText(Messages.FleetStatus_group);
        group = new Text(row, SWT.BORDER);
        group.setLayoutData(new GridData(140, SWT.DEFAULT));
        group.setData(BOT_ID, "fleetStatus.group"); //$NON-NLS-1$
        new Label(row, SWT.NONE).setText(Messages.FleetStatus_state);
        state = new Combo(row, SWT.READ_ONLY);
        state.add(Messages.FleetStatus_allStates);
        FleetStatus.STATES.forEach(s -> state.add(FleetWords.state(s)));
        state.select(0);
        state.setData(BOT_ID, "fleetStatus.state"); //$NON-NLS-1$
        refresh = new Button(row, SWT.PUSH);
        refresh.setText(Messages.FleetStatus_refresh);
        refresh.addListener(SWT.Selection, e -> onRefresh.run());
        cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.FleetStatus_cancel);
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        group.addListener(SWT.DefaultSelection, e -> onRefresh.run());
        state.addListener(SWT.Selection, e -> onRefresh.run());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setData(BOT_ID, "fleetStatus.status"); //$NON-NLS-1$
        loadServers();
    }

    /** The width the first row needs to show every control whole. */
    int preferredWidth() {
        return row.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 10; // the body's margins
    }

    /** Reads the configured servers again (the selection kept when the server still exists). */
    void loadServers() {
        String chosen = server.getText();
        servers = DeploymentUi.get().servers().servers();
        server.removeAll();
        servers.forEach(s -> server.add(s.name() == null || s.name().isBlank() ? s.url().toString() : s.name()
                + " (" + s.url() + ")")); //$NON-NLS-1$ //$NON-NLS-2$
        int index = server.indexOf(chosen);
        if (index >= 0) {
            server.select(index);
        } else if (!servers.isEmpty()) {
            server.select(0);
        }
        server.setToolTipText(server.getText().isEmpty() ? null : server.getText());
    }

    /** The chosen server, or {@code null}. */
    PolicyServerEntry server() {
        int i = server.getSelectionIndex();
        return i < 0 || i >= servers.size() ? null : servers.get(i);
    }

    String group() {
        return group.getText().strip();
    }

    void setGroup(String value) {
        group.setText(value);
    }

    /** The chosen state, or {@code null} for all agents. */
    String state() {
        int i = state.getSelectionIndex();
        return i <= 0 ? null : FleetStatus.STATES.get(i - 1);
    }

    void busy(boolean value) {
        refresh.setEnabled(!value);
        cancel.setEnabled(value);
    }

    void status(String text) {
        status.setText(text);
        status.getParent().layout(true);
    }
}
