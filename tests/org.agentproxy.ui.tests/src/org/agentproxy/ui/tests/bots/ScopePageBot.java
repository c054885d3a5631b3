package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ButtonBot;
import org.agentproxy.testing.bot.ComboBot;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.testing.bot.TextBot;
import org.agentproxy.testing.bot.TreeBot;

/** A page of the policy editor. Its controls are found by their field path (the id the editor gives them). */
public final class ScopePageBot {

    private final Bot bot;
    private final String label;

    ScopePageBot(Bot bot, String label) {
        this.bot = bot;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public TextBot text(String path) {
        return bot.textWithId(path);
    }

    public ButtonBot check(String path) {
        return bot.buttonWithId(path);
    }

    public ComboBot combo(String path) {
        return bot.comboWithId(path);
    }

    public TableBot table(String path) {
        return bot.tableWithId(path);
    }

    public TreeBot tree(String path) {
        return bot.treeWithId(path);
    }

    /** The agent tree of the User Proxy Privilege page. */
    public AgentTreeBot agentTree() {
        return new AgentTreeBot(bot);
    }

    /** Presses a list or tree button, e.g. {@code button("smartProtectionSources.standardList", "add")}. */
    public void button(String path, String action) {
        bot.buttonWithId(path + "#" + action).click();
    }

    /** The page's status line (refused values, problems of its fields). */
    public String status(String pageId) {
        return bot.labelWithId(pageId + ".status").getText();
    }

    /** The id of the control that has the keyboard focus. */
    public String focusedId() {
        return bot.focusedId();
    }

    /** Sets a text field and waits until the policy holds the value (the status line no longer refuses it). */
    public ScopePageBot set(String path, String value) {
        text(path).setText(value);
        return this;
    }
}
