package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.ShellBot;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;

/** The Agent Token dialog: the new token, shown once, with Copy. */
public final class AgentTokenBot {

    public static final String TITLE = "Agent Token";

    private final ShellBot shell;

    AgentTokenBot(ShellBot shell) {
        this.shell = shell;
    }

    /** The dialog's own words above the token. */
    public String message() {
        return new MessageDialogBot(shell).message();
    }

    public String token() {
        return shell.bot().textWithId("agentToken.value").getText();
    }

    public boolean tokenIsEditable() {
        return shell.bot().textWithId("agentToken.value").isEditable();
    }

    /** Copy: returns what the clipboard then holds as text. */
    public String copy() {
        shell.bot().buttonWithId("agentToken.copy").click();
        shell.bot().waitUntil(org.agentproxy.testing.bot.Condition.of("the token to be copied",
                () -> shell.bot().labelWithId("agentToken.copied").getText().equals("Copied to the clipboard.")));
        return shell.bot().syncExec(() -> {
            Clipboard clipboard = new Clipboard(shell.bot().display());
            try {
                return (String) clipboard.getContents(TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
        });
    }

    public void close() {
        shell.bot().button("Close").click();
        shell.bot().waitUntil(Conditions.shellCloses(shell));
    }
}
