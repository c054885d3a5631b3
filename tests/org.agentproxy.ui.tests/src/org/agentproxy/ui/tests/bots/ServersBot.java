package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.ShellBot;

/** The Policy Servers preference page (Deployment → Servers…): servers, their admin tokens, Test. */
public final class ServersBot {

    public static final String TITLE = "Preferences";
    private static final String RESULT = "servers.testResult";

    private final ShellBot shell;

    ServersBot(ShellBot shell) {
        this.shell = shell;
    }

    public ShellBot shell() {
        return shell;
    }

    /** Add, then fills in the new server's name, URL and admin token (a password field). */
    public ServersBot add(String name, String url, String token) {
        Bot bot = shell.bot();
        bot.button("Add").click();
        bot.textWithLabel("Name:").setText(name);
        bot.textWithLabel("URL:").setText(url);
        bot.textWithLabel("Admin token:").setText(token);
        return this;
    }

    /** Test: waits for the result line and returns it. */
    public String test() {
        Bot bot = shell.bot();
        bot.button("Test").click();
        bot.waitUntil(Condition.of("the server test to finish", () -> {
            String text = bot.labelWithId(RESULT).getText();
            return text.startsWith("Connected") || text.startsWith("Failed");
        }));
        return bot.labelWithId(RESULT).getText();
    }

    /** Test on a server whose certificate nothing vouches for: waits for the question before trusting it. */
    public TrustCertificateBot testUntrusted() {
        shell.bot().button("Test").click();
        return new TrustCertificateBot(new Bot(shell.bot().display()).shell(TrustCertificateBot.TITLE));
    }

    /** Waits until the result line starts with {@code Connected} or {@code Failed} and returns it. */
    public String result() {
        Bot bot = shell.bot();
        bot.waitUntil(Condition.of("the server test to finish", () -> {
            String text = bot.labelWithId(RESULT).getText();
            return text.startsWith("Connected") || text.startsWith("Failed");
        }));
        return bot.labelWithId(RESULT).getText();
    }

    /** The text of a cell of the servers table. */
    public String cell(int row, int column) {
        return shell.bot().tableWithId("servers.table").cell(row, column);
    }

    public int rowCount() {
        return shell.bot().tableWithId("servers.table").rowCount();
    }

    /** Apply and Close: stores the servers (tokens into secure storage) and waits for the dialog to close. */
    public void applyAndClose() {
        shell.bot().button("Apply and Close").click();
        shell.bot().waitUntil(Conditions.shellCloses(shell));
    }
}
