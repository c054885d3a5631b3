package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ShellBot;

/** The Create Agent Group dialog: server, name, Create → the Agent Token dialog. */
public final class CreateGroupBot {

    public static final String TITLE = "Create Agent Group";

    private final ShellBot shell;
    private final Bot studio;

    CreateGroupBot(ShellBot shell, Bot studio) {
        this.shell = shell;
        this.studio = studio;
    }

    public CreateGroupBot name(String name) {
        shell.bot().textWithLabel("Group name:").setText(name);
        return this;
    }

    public boolean canCreate() {
        return shell.bot().button("Create").isEnabled();
    }

    /** What the dialog's title area says is wrong with the name, or {@code null}. */
    public String errorMessage() {
        return shell.syncExec(s -> s.getData() instanceof org.eclipse.jface.dialogs.TitleAreaDialog d
                ? d.getErrorMessage() : null);
    }

    /** Create: the group is made in the background, then its token shows. */
    public AgentTokenBot create() {
        shell.bot().button("Create").click();
        return new AgentTokenBot(studio.shell(AgentTokenBot.TITLE));
    }
}
