package org.agentproxy.testing.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** A {@link Table}. Rows and columns are counted from 0. */
public class TableBot extends WidgetBot<Table> {

    TableBot(Bot bot, Table table) {
        super(bot, table);
    }

    /** @return the number of rows */
    public int rowCount() {
        return read(Table::getItemCount);
    }

    /** @return the number of columns (0 for a table without columns, which has one implicit column) */
    public int columnCount() {
        return read(Table::getColumnCount);
    }

    /** @return the column headers */
    public List<String> headers() {
        return read(t -> Arrays.stream(t.getColumns()).map(TableColumn::getText).collect(Collectors.toList()));
    }

    /** @return the text of a cell */
    public String cell(int row, int column) {
        return read(t -> item(t, row).getText(column));
    }

    /** Makes the row the table's selection and notifies {@code SWT.Selection}. */
    public TableBot select(int row) {
        waitUntilEnabled();
        act("select row " + row + " of " + this, t -> selectOnUiThread(t, row));
        return this;
    }

    /** Selects the row, then notifies {@code SWT.DefaultSelection} (a double click or Enter). */
    public TableBot doubleClick(int row) {
        waitUntilEnabled();
        act("double-click row " + row + " of " + this, t -> {
            TableItem item = selectOnUiThread(t, row);
            notify(t, SWT.DefaultSelection, item);
        });
        return this;
    }

    /** @return the first row whose cell in {@code column} reads {@code text}, or -1 */
    public int rowWithCell(int column, String text) {
        return read(t -> {
            for (int i = 0; i < t.getItemCount(); i++) {
                if (t.getItem(i).getText(column).equals(text)) {
                    return i;
                }
            }
            return -1;
        });
    }

    /**
     * Partial matching: SWTBot users reach for {@code indexOf}/{@code containsItem}; rows whose text changes (counts,
     * times) are found by the part that does not.
     *
     * @return the first row whose cell in {@code column} contains {@code part}, or -1
     */
    public int rowWithCellContaining(int column, String part) {
        return rowWithCellMatching(column, Pattern.compile(Pattern.quote(part)));
    }

    /**
     * @param pattern found anywhere in the cell ({@link java.util.regex.Matcher#find()}); anchor it with {@code ^…$}
     *                for a whole-cell match, e.g. {@code Pattern.compile("^proxy-\\d+$")}
     * @return the first row whose cell in {@code column} matches, or -1
     */
    public int rowWithCellMatching(int column, Pattern pattern) {
        return read(t -> {
            for (int i = 0; i < t.getItemCount(); i++) {
                if (pattern.matcher(t.getItem(i).getText(column)).find()) {
                    return i;
                }
            }
            return -1;
        });
    }

    /**
     * Waits (bot timeout) until a row's cell in {@code column} matches, as the finders wait for their widget.
     *
     * @return that row
     * @throws WidgetNotFoundException listing the column's cells
     */
    public int waitForRowMatching(int column, Pattern pattern) {
        Optional<Integer> row = Wait.poll(bot.timeout(), () -> {
            int index = rowWithCellMatching(column, pattern);
            return index >= 0 ? Optional.of(index) : Optional.empty();
        });
        return row.orElseThrow(() -> new WidgetNotFoundException("Could not find a row of " + this + " whose column "
                + column + " matches /" + pattern + "/ within " + bot.timeout().toMillis() + " ms; column: "
                + column(column), bot.widgetDump()));
    }

    /** @return the texts of one column, top to bottom */
    public List<String> column(int column) {
        return read(t -> Arrays.stream(t.getItems()).map(i -> i.getText(column)).collect(Collectors.toList()));
    }

    /** @return the pixels of a cell's image, or {@code null} when the cell shows none */
    public ImageData image(int row, int column) {
        return read(t -> {
            Image image = item(t, row).getImage(column);
            return image == null ? null : image.getImageData();
        });
    }

    /** @return whether the row's check box (an {@code SWT.CHECK} table) is checked */
    public boolean isChecked(int row) {
        return read(t -> item(t, row).getChecked());
    }

    /** Toggles the row's check box and notifies {@code SWT.Selection} with {@code detail = SWT.CHECK}, as a click does. */
    public TableBot toggleCheck(int row) {
        waitUntilEnabled();
        act("toggle the check box of row " + row + " of " + this, t -> {
            TableItem item = item(t, row);
            item.setChecked(!item.getChecked());
            Event event = new Event();
            event.item = item;
            event.detail = SWT.CHECK;
            t.notifyListeners(SWT.Selection, event);
        });
        return this;
    }

    /**
     * Edits a cell in place as a user does in a JFace table with cell editors: selects the row, clicks the cell (left
     * button, once: {@code SWT.MouseDown} and {@code SWT.MouseUp} at the cell's centre), replaces the text of the
     * cell editor that opens and presses Return in it ({@code SWT.DefaultSelection}), which applies the text.
     *
     * @throws BotException if no text cell editor opens on the cell
     */
    public TableBot editCell(int row, int column, String text) {
        waitUntilEnabled();
        act("edit the cell at row " + row + ", column " + column + " of " + this, t -> {
            TableItem item = selectOnUiThread(t, row);
            Rectangle cell = item.getBounds(column);
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
                Event click = new Event();
                click.button = 1;
                click.count = 1;
                click.x = cell.x + cell.width / 2;
                click.y = cell.y + cell.height / 2;
                t.notifyListeners(type, click);
            }
            Text editor = Arrays.stream(t.getChildren()).filter(c -> c instanceof Text && c.isVisible())
                    .map(Text.class::cast).findFirst()
                    .orElseThrow(() -> new BotException("No cell editor opened at row " + row + ", column "
                            + column + " of " + this));
            editor.setText(text);
            editor.notifyListeners(SWT.DefaultSelection, new Event());
        });
        return this;
    }

    /** @return the indices of the selected rows, ascending */
    public List<Integer> selectedRows() {
        return read(t -> Arrays.stream(t.getSelectionIndices()).sorted().boxed().collect(Collectors.toList()));
    }

    private static TableItem selectOnUiThread(Table table, int row) {
        TableItem item = item(table, row);
        table.setSelection(row);
        notify(table, SWT.Selection, item);
        return item;
    }

    private static TableItem item(Table table, int row) {
        if (row < 0 || row >= table.getItemCount()) {
            throw new BotException("No row " + row + ": the table has " + table.getItemCount() + " rows");
        }
        return table.getItem(row);
    }
}
