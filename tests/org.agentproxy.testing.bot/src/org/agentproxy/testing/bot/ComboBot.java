package org.agentproxy.testing.bot;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/** A {@link Combo} (drop-down list, read-only or editable). */
public class ComboBot extends WidgetBot<Combo> {

    ComboBot(Bot bot, Combo combo) {
        super(bot, combo);
    }

    /** @return the items of the list */
    public List<String> items() {
        return read(c -> List.of(c.getItems()));
    }

    /** @return the text shown: the selected item, or what was typed in an editable combo */
    public String getText() {
        return read(Combo::getText);
    }

    /** @return the index of the selected item, -1 if none */
    public int selectionIndex() {
        return read(Combo::getSelectionIndex);
    }

    /**
     * Waits until the combo is enabled and has the item, selects it and notifies {@code SWT.Selection}.
     *
     * @param item the exact item text
     */
    public ComboBot select(String item) {
        waitUntilEnabled();
        try {
            waitFor("to have item '" + item + "'", c -> c.indexOf(item) >= 0);
        } catch (BotTimeoutException e) {
            throw new BotTimeoutException(e.getMessage() + "; items: " + items(), e.widgetDump());
        }
        act("select '" + item + "' in " + this, c -> {
            c.select(c.indexOf(item));
            notify(c, SWT.Selection, null);
        });
        return this;
    }

    /** Sets the text of an editable combo; SWT fires {@code SWT.Modify}. */
    public ComboBot setText(String text) {
        waitUntilEnabled();
        act("set the text of " + this, c -> c.setText(text));
        return this;
    }
}
