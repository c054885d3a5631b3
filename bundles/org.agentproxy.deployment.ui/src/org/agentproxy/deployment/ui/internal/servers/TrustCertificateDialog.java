package org.agentproxy.deployment.ui.internal.servers;

import org.eclipse.osgi.util.NLS;

import java.net.URI;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before trusting a policy server's certificate that no authority this computer trusts has signed (a
 * self-signed one, as {@code agentproxy server init-tls} makes): shows its SHA-256 fingerprint to compare with the
 * one the server printed at start. Trust pins exactly that certificate for that server.
 */
final class TrustCertificateDialog {

    static final String TITLE = Messages.TrustCertificateDialog_trustServerCertificate;

    private TrustCertificateDialog() {
    }

    /** @return whether the user chose Trust (Cancel is the default button) */
    static boolean ask(Shell shell, URI server, String fingerprint) {
        String message = NLS.bind(Messages.TrustCertificateDialog_0PresentedATLSCertificate, server, fingerprint);
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.WARNING, 1, Messages.TrustCertificateDialog_trust,
                Messages.TrustCertificateDialog_cancel);
        return dialog.open() == 0;
    }
}
