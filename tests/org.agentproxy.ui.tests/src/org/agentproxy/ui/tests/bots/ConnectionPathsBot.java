package org.agentproxy.ui.tests.bots;

import java.util.List;

import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ButtonBot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.testing.bot.TableBot;
import org.eclipse.swt.widgets.Widget;

/**
 * The Connection Paths view: the scenario's fields and reachability check boxes, the diagram and the table
 * (purpose, attempt, via, target, outcome, rule).
 */
public final class ConnectionPathsBot {

    private final Bot bot;
    private final TableBot table;

    ConnectionPathsBot(Bot bot) {
        this.bot = bot;
        this.table = bot.tableWithId("connectionPaths.table");
    }

    /** The check box saying whether an endpoint answers, e.g. {@code Integrated SPS osce.corp.example}. */
    public ButtonBot reachable(String label) {
        return bot.checkBox(label);
    }

    public String status() {
        return bot.labelWithId("connectionPaths.status").getText();
    }

    /** The row of a purpose's attempt (1-based) as {purpose, attempt, via, target, outcome, rule}; or null. */
    public String[] attempt(String purpose, int attempt) {
        for (int i = 0; i < table.rowCount(); i++) {
            if (table.cell(i, 0).equals(purpose) && table.cell(i, 1).equals(String.valueOf(attempt))) {
                String[] row = new String[6];
                for (int c = 0; c < row.length; c++) {
                    row[c] = table.cell(i, c);
                }
                return row;
            }
        }
        return null;
    }

    /** Waits until the outcome column of a purpose's attempt reads {@code outcome}. */
    public ConnectionPathsBot waitForOutcome(String purpose, int attempt, String outcome) {
        bot.waitUntil(Condition.of(purpose + " attempt " + attempt + " is " + outcome, () -> {
            String[] row = attempt(purpose, attempt);
            return row != null && row[4].equals(outcome);
        }));
        return this;
    }

    /** The diagram as laid out last. */
    public PathGraph graph() {
        return (PathGraph) data("connectionPaths.graph");
    }

    /** How often the diagram was painted. */
    public int paints() {
        Object paints = data("connectionPaths.paints");
        return paints == null ? 0 : (Integer) paints;
    }

    /** Waits until the diagram is painted again after {@code before} paints. */
    public ConnectionPathsBot waitForRedraw(int before) {
        bot.waitUntil(Condition.of("the diagram is redrawn", () -> paints() > before));
        return this;
    }

    private Object data(String key) {
        List<Widget> canvas = bot.widgets(Matchers.withId("connectionPaths.diagram"));
        return bot.syncExec(() -> canvas.get(0).getData(key));
    }
}
