package org.agentproxy.deployment.ui.internal.groups;

import org.agentproxy.deployment.GroupAdministration.IssuedToken;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Shows a group's new agent token once, read-only, with Copy (to the clipboard). The server keeps only its hash, and
 * the studio keeps nothing: closing the dialog forgets it. Never logged.
 */
final class AgentTokenDialog extends Dialog {

    static final String TITLE = "Agent Token";

    private final IssuedToken issued;
    private final String server;
    private final String what;
    private Label copied;

    /** @param what e.g. {@code Group "hq" was created.} */
    AgentTokenDialog(Shell parent, IssuedToken issued, String server, String what) {
        super(parent);
        this.issued = issued;
        this.server = server;
        this.what = what;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(what + " The agents of group \"" + issued.group() + "\" on " + server + " present this token "
                + "when they poll for their policy. It is shown only now: the server keeps only a hash of it and the "
                + "studio does not keep it. Copy it into the agents' configuration (or your secret manager) now; if it "
                + "is lost, issue a new one (the old one then stops working).");
        GridData wide = new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1);
        wide.widthHint = 560;
        intro.setLayoutData(wide);
        Text token = new Text(area, SWT.BORDER | SWT.READ_ONLY | SWT.SINGLE);
        token.setText(issued.agentToken().value());
        token.setData("org.agentproxy.bot.id", "agentToken.value");
        token.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button copy = new Button(area, SWT.PUSH);
        copy.setText("Copy");
        copy.setData("org.agentproxy.bot.id", "agentToken.copy");
        copy.addListener(SWT.Selection, e -> copy());
        copied = new Label(area, SWT.NONE);
        copied.setData("org.agentproxy.bot.id", "agentToken.copied");
        copied.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1));
        token.setFocus();
        token.selectAll();
        return area;
    }

    private void copy() {
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] {issued.agentToken().value()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        copied.setText("Copied to the clipboard.");
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Close", true);
    }
}
