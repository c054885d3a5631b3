package org.agentproxy.simulation.ui.internal;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A read-only virtual table of text rows with a bot id: rows are filled when shown, so a list of a million agents
 * costs nothing until scrolled to. Each row may carry the stable ids of what its cells name: the tooltip of a cell
 * shows its id, and the item's data {@code ids} holds them (tests read it).
 */
final class ResultTable {

    record Column(String title, int width) {
    }

    /**
     * A row: what its cells show and, per cell, the id behind the text ({@code null}: none).
     */
    record Row(String[] cells, String[] ids) {

        static Row of(String... cells) {
            return new Row(cells, new String[cells.length]);
        }
    }

    private final Table table;
    private List<Row> rows = List.of();

    ResultTable(Composite parent, String id, List<Column> columns) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        for (Column c : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c.title());
            ColumnWidths.set(column, c.width());
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.MouseMove, this::tooltip);
    }

    Table control() {
        return table;
    }

    void show(List<Row> value) {
        rows = value;
        table.setRedraw(false);
        table.clearAll();
        table.setItemCount(value.size());
        table.setRedraw(true);
    }

    /** Runs {@code action} with the index of the row the user selects. */
    void onSelect(IntConsumer action) {
        table.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0) {
                action.accept(index);
            }
        });
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        Row row = rows.get(index);
        item.setText(row.cells());
        item.setData("ids", row.ids()); //$NON-NLS-1$
    }

    private void tooltip(Event e) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        String tip = null;
        if (item != null) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                if (item.getBounds(c).contains(e.x, e.y) && item.getData("ids") instanceof String[] ids //$NON-NLS-1$
                        && c < ids.length && ids[c] != null) {
                    tip = NLS.bind(Messages.ResultTable_id0, ids[c]);
                }
            }
        }
        if (!Objects.equals(tip, table.getToolTipText())) {
            table.setToolTipText(tip);
        }
    }
}
