package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TreeBot;

/** The Policy Servers view: servers and their groups; Create Group…, Issue Agent Token…, Delete Group…, Refresh. */
public final class PolicyServersBot {

    private final Bot bot;
    private final Bot studio;

    PolicyServersBot(Bot bot, Bot studio) {
        this.bot = bot;
        this.studio = studio;
    }

    private TreeBot tree() {
        return bot.treeWithId("policyServers.tree");
    }

    /** Waits until the server's node has a child with this text; returns this. */
    public PolicyServersBot waitForChild(String server, String child) {
        bot.waitUntil(Condition.of("'" + child + "' under " + server, () -> {
            try {
                return tree().getTreeItem(server).items().contains(child);
            } catch (RuntimeException e) {
                return false;
            }
        }));
        return this;
    }

    /** Waits until the server's node has no child with this text. */
    public PolicyServersBot waitForNoChild(String server, String child) {
        bot.waitUntil(Condition.of("no '" + child + "' under " + server,
                () -> !tree().getTreeItem(server).items().contains(child)));
        return this;
    }

    public PolicyServersBot selectServer(String server) {
        tree().getTreeItem(server).select();
        return this;
    }

    public PolicyServersBot selectGroup(String server, String group) {
        tree().getTreeItem(server, group).select();
        return this;
    }

    public CreateGroupBot createGroup() {
        bot.buttonWithId("org.agentproxy.deployment.ui.createGroup").click();
        return new CreateGroupBot(studio.shell(CreateGroupBot.TITLE), studio);
    }

    /** Issue Agent Token…, confirmed: the new token's dialog. */
    public AgentTokenBot issueAgentToken() {
        bot.buttonWithId("org.agentproxy.deployment.ui.issueAgentToken").click();
        new MessageDialogBot(studio.shell("Issue Agent Token")).ok();
        return new AgentTokenBot(studio.shell(AgentTokenBot.TITLE));
    }

    /** Delete Group…: the confirmation (Delete or Cancel). */
    public ConfirmBot deleteGroup() {
        bot.buttonWithId("org.agentproxy.deployment.ui.deleteGroup").click();
        return new ConfirmBot(studio.shell("Delete Agent Group"));
    }

    public PolicyServersBot refresh() {
        bot.buttonWithId("org.agentproxy.deployment.ui.refreshServers").click();
        return this;
    }

    /** A confirmation with its own buttons. */
    public static final class ConfirmBot {
        private final org.agentproxy.testing.bot.ShellBot shell;

        ConfirmBot(org.agentproxy.testing.bot.ShellBot shell) {
            this.shell = shell;
        }

        public String message() {
            return new MessageDialogBot(shell).message();
        }

        public void press(String button) {
            shell.bot().button(button).click();
            shell.bot().waitUntil(org.agentproxy.testing.bot.Conditions.shellCloses(shell));
        }
    }
}
