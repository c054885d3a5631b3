package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.TableBot;

/**
 * The Policy Problems view: rows of where (page › section › field), problem and field path; double-click jumps to
 * the field. Rows are found by their field path.
 */
public final class ProblemsViewBot {

    private static final int WHERE = 0;
    private static final int PROBLEM = 1;
    private static final int PATH = 2;

    private final TableBot table;

    ProblemsViewBot(Bot bot) {
        this.table = bot.tableWithId("policyProblems.table");
    }

    /** The field paths of the rows, in order. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            fields.add(table.cell(i, PATH));
        }
        return fields;
    }

    public String problem(String field) {
        return table.cell(fields().indexOf(field), PROBLEM);
    }

    /** Where the row's field is on screen: {@code Page › Section › Field}. */
    public String where(String field) {
        return table.cell(fields().indexOf(field), WHERE);
    }

    /** Double-clicks the row of a field path. */
    public void open(String field) {
        table.doubleClick(fields().indexOf(field));
    }
}
