package org.agentproxy.simulation.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A read-only table of text rows with a bot id. */
final class ResultTable {

    record Column(String title, int width) {
    }

    private final Table table;

    ResultTable(Composite parent, String id, List<Column> columns) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("org.agentproxy.bot.id", id);
        for (Column c : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c.title());
            column.setWidth(c.width());
        }
    }

    Table control() {
        return table;
    }

    void show(List<String[]> rows) {
        table.setRedraw(false);
        table.removeAll();
        for (String[] row : rows) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        table.setRedraw(true);
    }
}
