package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TableBot;

/**
 * The Fleet Status view: server, group and state; Refresh; the agents table; the predicted and observed paths of
 * the selected agent; Open in Connection Paths.
 */
public final class FleetStatusBot {

    private final Bot bot;

    FleetStatusBot(Bot bot) {
        this.bot = bot;
    }

    public FleetStatusBot group(String name) {
        bot.textWithId("fleetStatus.group").setText(name);
        return this;
    }

    public String status() {
        return bot.labelWithId("fleetStatus.status").getText();
    }

    /** Refresh, then waits until the Job's answer is shown (the summary line). */
    public FleetStatusBot refresh() {
        bot.button("Refresh").click();
        return awaitSummary();
    }

    /** Chooses what to show (the view refreshes), then waits for the answer. */
    public FleetStatusBot show(String state) {
        bot.comboWithId("fleetStatus.state").select(state);
        return awaitSummary();
    }

    private FleetStatusBot awaitSummary() {
        bot.waitUntil(Condition.of("the fleet status read", () -> status().startsWith("Group ")
                && bot.button("Refresh").isEnabled()));
        return this;
    }

    public TableBot agents() {
        return bot.tableWithId("fleetStatus.agents");
    }

    /** Selects the agent's row. */
    public FleetStatusBot select(String agent) {
        TableBot table = agents();
        table.select(table.rowWithCell(0, agent));
        return this;
    }

    /** The agent's "Mismatched purposes" cell (the column found by its header). */
    public String mismatchedPurposes(String agent) {
        TableBot table = agents();
        return table.cell(table.rowWithCell(0, agent), table.headers().indexOf("Mismatched purposes"));
    }

    public String predicted() {
        return bot.textWithId("fleetStatus.predicted").getText();
    }

    public String observed() {
        return bot.textWithId("fleetStatus.observed").getText();
    }

    /** Open in Connection Paths: the Connection Paths view on the agent's facts. */
    public ConnectionPathsBot openConnectionPaths() {
        bot.button("Open in Connection Paths").click();
        return new ConnectionPathsBot(bot);
    }
}
