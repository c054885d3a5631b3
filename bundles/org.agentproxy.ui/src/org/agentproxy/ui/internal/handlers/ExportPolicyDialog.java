package org.agentproxy.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

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

    static final String TITLE = Messages.ExportPolicyDialog_exportPolicy;
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
        setTitle(Messages.ExportPolicyDialog_exportTheOpenPolicy);
        setMessage(Messages.ExportPolicyDialog_aPolicyFileNeverHolds);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        Button without = radio(body, Messages.ExportPolicyDialog_withoutSecretsThePolicyFile, "export.withoutSecrets"); //$NON-NLS-1$
        without.setSelection(true);
        withSecrets = radio(body, Messages.ExportPolicyDialog_withSecretsEncryptedWithA, "export.withSecrets"); //$NON-NLS-1$
        passphrase = field(body, Messages.ExportPolicyDialog_passphrase, "export.passphrase"); //$NON-NLS-1$
        confirm = field(body, Messages.ExportPolicyDialog_confirmPassphrase, "export.confirm"); //$NON-NLS-1$
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
        b.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return b;
    }

    private static Text field(Composite body, String label, String id) {
        new Label(body, SWT.NONE).setText(label);
        Text t = new Text(body, SWT.BORDER | SWT.PASSWORD);
        t.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private void validate() {
        boolean secrets = withSecrets.getSelection();
        passphrase.setEnabled(secrets);
        confirm.setEnabled(secrets);
        String problem = null;
        if (secrets && passphrase.getText().length() < MIN_PASSPHRASE) {
            problem = NLS.bind(Messages.ExportPolicyDialog_thePassphraseNeedsAtLeast, MIN_PASSPHRASE);
        } else if (secrets && !passphrase.getText().equals(confirm.getText())) {
            problem = Messages.ExportPolicyDialog_theTwoPassphrasesDiffer;
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
