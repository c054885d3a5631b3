package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TableBot;

/** The Deployments view: deployments (newest first) with their status, per-target results, Rollback. */
public final class DeploymentsViewBot {

    private static final int STATUS = 3;
    private final Bot bot;

    DeploymentsViewBot(Bot bot) {
        this.bot = bot;
    }

    private TableBot list() {
        return bot.tableWithId("deployments.list");
    }

    /** Waits until the row whose "What" column starts with {@code what} has that status; returns its row. */
    public int waitForStatus(String what, String status) {
        TableBot list = list();
        int[] row = {-1};
        bot.waitUntil(Condition.of("a deployment '" + what + "…' with status " + status, () -> {
            for (int i = 0; i < list.rowCount(); i++) {
                if (list.cell(i, 1).startsWith(what) && list.cell(i, STATUS).equals(status)) {
                    row[0] = i;
                    return true;
                }
            }
            return false;
        }));
        return row[0];
    }

    /** The text of a cell of the deployments table (0 id, 1 what, 2 started, 3 status, 4 targets). */
    public String cell(int row, int column) {
        return list().cell(row, column);
    }

    /** Selects a deployment; its per-target results show below. */
    public DeploymentsViewBot select(int row) {
        list().select(row);
        return this;
    }

    /** A cell of the selected deployment's per-target results (0 target, 1 outcome, 2 from, 3 to, 4 attempts). */
    public String target(int row, int column) {
        TableBot targets = bot.tableWithId("deployments.targets");
        bot.waitUntil(Condition.of("per-target results", () -> targets.rowCount() > row));
        return targets.cell(row, column);
    }

    /** Whether Rollback is enabled for the selected deployment. */
    public boolean canRollBack() {
        return bot.buttonWithId("deployments.rollback").isEnabled();
    }

    /** Rollback of the selected deployment, confirmed. */
    public DeploymentsViewBot rollback() {
        bot.buttonWithId("deployments.rollback").click();
        new MessageDialogBot(bot.shell("Roll Back Deployment")).ok();
        return this;
    }
}
