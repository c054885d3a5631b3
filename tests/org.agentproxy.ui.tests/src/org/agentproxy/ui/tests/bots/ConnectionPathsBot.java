package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ButtonBot;
import org.agentproxy.testing.bot.ComboBot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.testing.bot.TextBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleControlListener;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;

/**
 * The Connection Paths view: the sample drop-down, the scenario's fields and reachability check boxes, the busy hint,
 * the legend of the rules, the diagram and the table (purpose, attempt, via, target, outcome, rule) whose cells show
 * readable names and keep the ids behind them.
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

    /** A field of the scenario form by its id suffix, e.g. {@code ip}, {@code systemProxy}. */
    public TextBot field(String name) {
        return bot.textWithId("connectionPaths." + name);
    }

    public String status() {
        return bot.labelWithId("connectionPaths.status").getText();
    }

    /** The Sample drop-down. */
    public ComboBot samples() {
        return bot.comboWithId("connectionPaths.samples");
    }

    /** Chooses a shipped sample by the name the drop-down shows. */
    public ConnectionPathsBot chooseSample(String name) {
        samples().select(name);
        return this;
    }

    /** Load Scenario…: the scripted chooser must answer. */
    public ConnectionPathsBot loadScenario() {
        bot.buttonWithId("connectionPaths.load").click();
        return this;
    }

    /** The legend's lines, R0 to R7, as shown. */
    public List<String> legend() {
        return List.of("R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7").stream()
                .map(r -> bot.labelWithId("connectionPaths.legend." + r).getText()).toList();
    }

    /** The tooltip of a rule's line in the legend (the rule as the documentation states it). */
    public String legendTooltip(String rule) {
        return bot.labelWithId("connectionPaths.legend." + rule).tooltip();
    }

    /** The busy hint's text ({@code Computing…} while a result is awaited, else empty). */
    public String busy() {
        return bot.labelWithId("connectionPaths.busy").getText();
    }

    /** How often the busy hint was shown. */
    public int busyShown() {
        Object shown = bot.labelWithId("connectionPaths.busy").syncExec(w -> w.getData("busy.shown"));
        return shown == null ? 0 : (Integer) shown;
    }

    /** The row (as shown) of a purpose's attempt (1-based); the purpose by its id or its name; or null. */
    public String[] attempt(String purpose, int attempt) {
        int row = rowOf(purpose, attempt);
        if (row < 0) {
            return null;
        }
        String[] cells = new String[6];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = table.cell(row, c);
        }
        return cells;
    }

    /** The ids behind the row of a purpose's attempt: {purpose, attempt, route (proxy), target, outcome, rule}. */
    public String[] attemptIds(String purpose, int attempt) {
        int row = rowOf(purpose, attempt);
        return row < 0 ? null : RowIds.of(table, row);
    }

    /** Selects the row of a purpose's attempt, which scrolls the table to it (to look at it, e.g. in a screenshot). */
    public ConnectionPathsBot showAttempt(String purpose, int attempt) {
        table.select(rowOf(purpose, attempt));
        return this;
    }

    /** The tooltip the table shows over a cell of a purpose's attempt. */
    public String tooltip(String purpose, int attempt, int column) {
        int row = rowOf(purpose, attempt);
        if (row < 0) {
            return null;
        }
        List<Widget> tables = bot.widgets(Matchers.withId("connectionPaths.table"));
        return bot.syncExec(() -> {
            Table t = (Table) tables.get(0);
            t.showItem(t.getItem(row));
            TableItem item = t.getItem(row);
            item.getText();
            var bounds = item.getBounds(column);
            Event move = new Event();
            move.x = bounds.x + 2;
            move.y = bounds.y + bounds.height / 2;
            t.notifyListeners(SWT.MouseMove, move);
            return t.getToolTipText();
        });
    }

    private int rowOf(String purpose, int attempt) {
        for (int i = 0; i < table.rowCount(); i++) {
            String[] ids = RowIds.of(table, i);
            boolean match = purpose.equals(ids[0]) || purpose.equals(table.cell(i, 0));
            if (match && table.cell(i, 1).equals(String.valueOf(attempt))) {
                return i;
            }
        }
        return -1;
    }

    /** Waits until the outcome of a purpose's attempt is {@code outcome} (its id, e.g. {@code failed: unreachable}). */
    public ConnectionPathsBot waitForOutcome(String purpose, int attempt, String outcome) {
        bot.waitUntil(Condition.of(purpose + " attempt " + attempt + " is " + outcome, () -> {
            String[] ids = attemptIds(purpose, attempt);
            return ids != null && outcome.equals(ids[4]);
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

    /**
     * What a screen reader learns of the diagram, through the canvas's own accessibility listeners: its name, its
     * description, then the name of each accessible child (boxes, then edges).
     */
    public List<String> accessible() {
        List<Widget> canvas = bot.widgets(Matchers.withId("connectionPaths.diagram"));
        return bot.syncExec(() -> {
            Widget c = canvas.get(0);
            AccessibleListener names = (AccessibleListener) c.getData("org.agentproxy.accessibleListener");
            AccessibleControlListener control = (AccessibleControlListener) c
                    .getData("org.agentproxy.accessibleControlListener");
            List<String> read = new ArrayList<>();
            AccessibleEvent name = new AccessibleEvent(c);
            name.childID = ACC.CHILDID_SELF;
            names.getName(name);
            read.add(name.result);
            AccessibleEvent description = new AccessibleEvent(c);
            description.childID = ACC.CHILDID_SELF;
            names.getDescription(description);
            read.add(description.result);
            AccessibleControlEvent count = new AccessibleControlEvent(c);
            count.childID = ACC.CHILDID_SELF;
            control.getChildCount(count);
            for (int i = 0; i < count.detail; i++) {
                AccessibleEvent child = new AccessibleEvent(c);
                child.childID = i;
                names.getName(child);
                read.add(child.result);
            }
            return read;
        });
    }

    private Object data(String key) {
        List<Widget> canvas = bot.widgets(Matchers.withId("connectionPaths.diagram"));
        return bot.syncExec(() -> canvas.get(0).getData(key));
    }
}
