package org.agentproxy.deployment.ui.internal.groups;

import org.eclipse.osgi.util.NLS;

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

    static final String TITLE = Messages.AgentTokenDialog_agentToken;

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
        intro.setText(NLS.bind(Messages.AgentTokenDialog_0TheAgentsOfGroup, new Object[] { what, issued.group(), server }));
        GridData wide = new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1);
        wide.widthHint = 560;
        intro.setLayoutData(wide);
        Text token = new Text(area, SWT.BORDER | SWT.READ_ONLY | SWT.SINGLE);
        token.setText(issued.agentToken().value());
        token.setData("org.agentproxy.bot.id", "agentToken.value"); //$NON-NLS-1$ //$NON-NLS-2$
        token.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button copy = new Button(area, SWT.PUSH);
        copy.setText(Messages.AgentTokenDialog_copy);
        copy.setData("org.agentproxy.bot.id", "agentToken.copy"); //$NON-NLS-1$ //$NON-NLS-2$
        copy.addListener(SWT.Selection, e -> copy());
        copied = new Label(area, SWT.NONE);
        copied.setData("org.agentproxy.bot.id", "agentToken.copied"); //$NON-NLS-1$ //$NON-NLS-2$
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
        copied.setText(Messages.AgentTokenDialog_copiedToTheClipboard);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.AgentTokenDialog_close, true);
    }
}
