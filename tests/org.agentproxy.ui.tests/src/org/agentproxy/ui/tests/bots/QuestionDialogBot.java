package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.ShellBot;

/**
 * A question the studio asks before it writes or sends the policy: "Text Not Applied" (Discard my text / Go to the
 * field / Cancel) and "Save Policy with Errors" (Save anyway / Cancel).
 */
public final class QuestionDialogBot {

    public static final String REFUSED_TEXT = "Text Not Applied";
    public static final String SAVE_WITH_ERRORS = "Save Policy with Errors";

    private final ShellBot shell;
    private final MessageDialogBot dialog;

    QuestionDialogBot(ShellBot shell) {
        this.shell = shell;
        this.dialog = new MessageDialogBot(shell);
    }

    public String title() {
        return shell.title();
    }

    public String message() {
        return dialog.message();
    }

    /** "Discard my text": the fields show the policy's values again, and the action goes on. */
    public void discardMyText() {
        press("Discard my text");
    }

    /** "Go to the field": the action stops, the first field with refused text gets the focus. */
    public void goToTheField() {
        press("Go to the field");
    }

    public void saveAnyway() {
        press("Save anyway");
    }

    public void cancel() {
        press("Cancel");
    }

    private void press(String button) {
        shell.bot().button(button).click();
        shell.bot().waitUntil(Conditions.shellCloses(shell));
    }
}
