package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.TableBot;

/** The stable ids behind a row of a simulation view's table (item data {@code ids}; the cells show names). */
final class RowIds {

    private RowIds() {
    }

    /** The ids of a row's cells ({@code null} where a cell has none). */
    static String[] of(TableBot table, int row) {
        return table.syncExec(t -> {
            var item = t.getItem(row);
            item.getText();   // a virtual table fills the row on first access
            return item.getData("ids") instanceof String[] ids ? ids.clone() : new String[t.getColumnCount()];
        });
    }

    /** The tooltip the table shows over a cell: {@code id: <id>}, or {@code null}. */
    static String tooltip(TableBot table, int row, int column) {
        String[] ids = of(table, row);
        return column < ids.length && ids[column] != null ? "id: " + ids[column] : null;
    }
}
