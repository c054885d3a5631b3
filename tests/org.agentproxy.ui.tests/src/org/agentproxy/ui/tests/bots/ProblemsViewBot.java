package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.TableBot;

/** The Policy Problems view: rows of field path and problem; double-click jumps to the field. */
public final class ProblemsViewBot {

    private final TableBot table;

    ProblemsViewBot(Bot bot) {
        this.table = bot.tableWithId("policyProblems.table");
    }

    /** The field paths of the rows, in order. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            fields.add(table.cell(i, 0));
        }
        return fields;
    }

    public String problem(String field) {
        return table.cell(fields().indexOf(field), 1);
    }

    /** Double-clicks the row of a field path. */
    public void open(String field) {
        table.doubleClick(fields().indexOf(field));
    }
}
