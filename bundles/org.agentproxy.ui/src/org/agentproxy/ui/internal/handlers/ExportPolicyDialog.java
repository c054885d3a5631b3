package org.agentproxy.ui.internal.handlers;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Export Policy: without secrets (the default: the policy file as it is), or with its passwords encrypted with a
 * passphrase the recipient needs to import them.
 */
final class ExportPolicyDialog extends TitleAreaDialog {

    static final String TITLE = "Export Policy";
    static final int MIN_PASSPHRASE = 10;

    private Button withSecrets;
    private Text passphrase;
    private Text confirm;
    private boolean includeSecrets;
    private char[] chosen;

    ExportPolicyDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export the open policy");
        setMessage("A policy file never holds passwords. Export them too only for a studio that should use them.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        Button without = radio(body, "Without secrets (the policy file as it is)", "export.withoutSecrets");
        without.setSelection(true);
        withSecrets = radio(body, "With secrets, encrypted with a passphrase", "export.withSecrets");
        passphrase = field(body, "Passphrase:", "export.passphrase");
        confirm = field(body, "Confirm passphrase:", "export.confirm");
        withSecrets.addListener(SWT.Selection, e -> validate());
        without.addListener(SWT.Selection, e -> validate());
        passphrase.addListener(SWT.Modify, e -> validate());
        confirm.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private static Button radio(Composite body, String text, String id) {
        Button b = new Button(body, SWT.RADIO);
        b.setText(text);
        b.setData("org.agentproxy.bot.id", id);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return b;
    }

    private static Text field(Composite body, String label, String id) {
        new Label(body, SWT.NONE).setText(label);
        Text t = new Text(body, SWT.BORDER | SWT.PASSWORD);
        t.setData("org.agentproxy.bot.id", id);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private void validate() {
        boolean secrets = withSecrets.getSelection();
        passphrase.setEnabled(secrets);
        confirm.setEnabled(secrets);
        String problem = null;
        if (secrets && passphrase.getText().length() < MIN_PASSPHRASE) {
            problem = "The passphrase needs at least " + MIN_PASSPHRASE + " characters.";
        } else if (secrets && !passphrase.getText().equals(confirm.getText())) {
            problem = "The two passphrases differ.";
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        includeSecrets = withSecrets.getSelection();
        chosen = includeSecrets ? passphrase.getText().toCharArray() : null;
        super.okPressed();
    }

    boolean includeSecrets() {
        return includeSecrets;
    }

    /** The passphrase (the caller wipes it), or {@code null} without secrets. */
    char[] passphrase() {
        return chosen;
    }
}
