package org.agentproxy.ui.tests.bots;

import java.util.List;
import java.util.stream.Collectors;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.testing.bot.ShellBot;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;

/** A JFace message dialog (error, information): its title, its message, its OK button. */
public final class MessageDialogBot {

    private final ShellBot shell;

    MessageDialogBot(ShellBot shell) {
        this.shell = shell;
    }

    public String title() {
        return shell.title();
    }

    /** The texts of the dialog's labels, joined by new lines. */
    public String message() {
        Bot bot = shell.bot();
        List<Widget> labels = bot.widgets(Matchers.ofType(Label.class));
        return bot.syncExec(() -> labels.stream().map(w -> ((Label) w).getText()).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n")));
    }

    /** Presses OK and waits for the dialog to close. */
    public void ok() {
        shell.bot().button("OK").click();
        shell.bot().waitUntil(Conditions.shellCloses(shell));
    }
}
