package org.agentproxy.testing.bot;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A {@link MenuItem} of a menu bar or of a context menu. Items are matched by their label: mnemonics and the
 * accelerator text (after {@code '\t'}) removed. Before reading a drop-down or pop-up menu the bot sends it
 * {@code SWT.Show} (JFace's {@code MenuManager} fills menus then) and {@code SWT.Hide} afterwards, as SWTBot does.
 */
public class MenuBot extends WidgetBot<MenuItem> {

    MenuBot(Bot bot, MenuItem item) {
        super(bot, item);
    }

    /** @return the label: mnemonics and accelerator text removed */
    public String getText() {
        return read(i -> Texts.menuLabel(i.getText()));
    }

    /**
     * @param text the label of an item of this item's submenu
     * @return that item, once it exists
     */
    public MenuBot menu(String text) {
        Optional<MenuItem> item = Wait.poll(bot.timeout(), () -> read(i -> {
            if (i.getMenu() == null) {
                throw new BotException(Texts.describe(i) + " has no submenu");
            }
            return find(i.getMenu(), text);
        }));
        return new MenuBot(bot, item.orElseThrow(() -> new WidgetNotFoundException("Could not find menu item '"
                + text + "' under " + this + " within " + bot.timeout().toMillis() + " ms; items: " + items(), bot.widgetDump())));
    }

    /** @return the labels of the submenu's items (empty if none) */
    public List<String> items() {
        return read(i -> i.getMenu() == null ? List.<String>of() : labels(i.getMenu()));
    }

    /**
     * Waits until the item is enabled, then selects it: check items toggle, radio items become selected, and
     * the item is notified of {@code SWT.Selection}. Returns without waiting for a modal dialog it opens.
     */
    public void click() {
        waitUntilEnabled();
        act("click " + this, i -> {
            if ((i.getStyle() & SWT.CHECK) != 0) {
                i.setSelection(!i.getSelection());
            } else if ((i.getStyle() & SWT.RADIO) != 0) {
                i.setSelection(true);
            }
            notify(i, SWT.Selection, null);
        });
    }

    /** @return the selection of a check or radio item */
    public boolean isChecked() {
        return read(MenuItem::getSelection);
    }

    /** Finds an item by label, showing (and then hiding) the menu unless it is a menu bar. UI thread only. */
    static Optional<MenuItem> find(Menu menu, String label) {
        return shown(menu, () -> Stream.of(menu.getItems())
                .filter(i -> label.equals(Texts.menuLabel(i.getText()))).findFirst());
    }

    /** @return the labels of the menu's items, showing (and then hiding) the menu. UI thread only. */
    static List<String> labels(Menu menu) {
        return shown(menu, () -> Stream.of(menu.getItems()).map(i -> Texts.menuLabel(i.getText()))
                .collect(Collectors.toList()));
    }

    private static <T> T shown(Menu menu, Supplier<T> read) {
        boolean popup = (menu.getStyle() & SWT.BAR) == 0;
        if (popup) {
            notify(menu, SWT.Show, null);
        }
        try {
            return read.get();
        } finally {
            if (popup && !menu.isDisposed()) {
                notify(menu, SWT.Hide, null);
            }
        }
    }
}
