package org.agentproxy.deployment.ui.internal.servers;

import java.net.URI;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before trusting a policy server's certificate that no authority this computer trusts has signed (a
 * self-signed one, as {@code agentproxy server init-tls} makes): shows its SHA-256 fingerprint to compare with the
 * one the server printed at start. Trust pins exactly that certificate for that server.
 */
final class TrustCertificateDialog {

    static final String TITLE = "Trust Server Certificate";

    private TrustCertificateDialog() {
    }

    /** @return whether the user chose Trust (Cancel is the default button) */
    static boolean ask(Shell shell, URI server, String fingerprint) {
        String message = server + " presented a TLS certificate that no authority this computer trusts has signed."
                + "\n\nSHA-256 fingerprint:\n" + fingerprint
                + "\n\nCompare it with the fingerprint the server printed when it started (\"TLS certificate SHA-256 "
                + "fingerprint …\", or agentproxy server init-tls). Trust it only if they match: the studio then "
                + "accepts this certificate, and no other, from this server.";
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.WARNING, 1, "&Trust",
                "Cancel");
        return dialog.open() == 0;
    }
}
