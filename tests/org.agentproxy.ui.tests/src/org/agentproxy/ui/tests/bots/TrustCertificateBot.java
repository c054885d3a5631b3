package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.ShellBot;
import org.eclipse.swt.widgets.Label;

/** The question before the studio trusts a server certificate nothing vouches for: its fingerprint, Trust, Cancel. */
public final class TrustCertificateBot {

    public static final String TITLE = "Trust Server Certificate";

    private final ShellBot shell;

    TrustCertificateBot(ShellBot shell) {
        this.shell = shell;
    }

    public ShellBot shell() {
        return shell;
    }

    /** The question's text (the server, the SHA-256 fingerprint, what to compare it with). */
    public String message() {
        Bot bot = shell.bot();
        var labels = bot.widgets(w -> w instanceof Label l && l.getText().contains("SHA-256 fingerprint"));
        return bot.syncExec(() -> ((Label) labels.get(0)).getText());
    }

    /** Trust: the page pins the certificate and tests the server again. */
    public void trust() {
        shell.bot().button("Trust").click();
        shell.bot().waitUntil(Conditions.shellCloses(shell));
    }

    public void cancel() {
        shell.bot().button("Cancel").click();
        shell.bot().waitUntil(Conditions.shellCloses(shell));
    }
}
