package org.agentproxy.testing.bot;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Base of the widget bots: holds one widget and reads it on the UI thread ({@code syncExec}-like, with a
 * timeout), or acts on it with {@code asyncExec} followed by a barrier (see the package documentation). The
 * widget itself is never handed to the test thread.
 *
 * @param <W> the SWT widget type
 */
public abstract class WidgetBot<W extends Widget> {

    /** The bot that found the widget: gives the display and the timeout. */
    protected final Bot bot;

    /** The widget: touch it only on the UI thread, i.e. inside {@link #read} or {@link #act}. */
    protected final W widget;

    /**
     * @param bot    the bot that found the widget
     * @param widget the widget
     */
    protected WidgetBot(Bot bot, W widget) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.widget = Objects.requireNonNull(widget, "widget");
    }

    /** @return whether the widget is enabled (for controls: it and all its ancestors) */
    public boolean isEnabled() {
        return read(w -> w instanceof Control c ? c.isEnabled()
                : w instanceof MenuItem m ? m.isEnabled()
                : w instanceof ToolItem t ? t.isEnabled()
                : true);
    }

    /** @return whether the widget is not disposed and (for controls) visible on screen */
    public boolean isVisible() {
        return read(w -> !w.isDisposed() && (!(w instanceof Control c) || c.isVisible()));
    }

    /** @return the {@link Bot#ID_KEY} of the widget, or {@code null} */
    public String id() {
        return read(Texts::id);
    }

    /** @return the tooltip, or {@code null} */
    public String tooltip() {
        return read(Texts::tooltip);
    }

    /** Gives the keyboard focus to the widget (controls only). */
    public void setFocus() {
        act("set the focus to " + this, w -> {
            if (w instanceof Control c) {
                c.setFocus();
            }
        });
    }

    /**
     * Finds an item of the control's context menu, as a right click would: notifies the control of
     * {@code SWT.MenuDetect}, then looks into its pop-up menu (see {@link MenuBot} about {@code SWT.Show}).
     *
     * @param text the item label, without mnemonic and accelerator
     * @return the item, once it exists; use {@link MenuBot#menu(String)} for submenus
     */
    public MenuBot contextMenu(String text) {
        Optional<MenuItem> item = Wait.poll(bot.timeout(), () -> read(w -> {
            if (!(w instanceof Control control)) {
                throw new BotException(Texts.describe(w) + " is not a control: it has no context menu");
            }
            Event detect = new Event();
            control.notifyListeners(SWT.MenuDetect, detect);
            Menu menu = control.getMenu();
            return !detect.doit || menu == null || menu.isDisposed() ? Optional.<MenuItem>empty()
                    : MenuBot.find(menu, text);
        }));
        return new MenuBot(bot, item.orElseThrow(() -> new WidgetNotFoundException("Could not find context menu item '"
                + text + "' of " + this + " within " + bot.timeout().toMillis() + " ms; items: "
                + read(w -> w instanceof Control c && c.getMenu() != null ? MenuBot.labels(c.getMenu()) : List.of()), bot.widgetDump())));
    }

    /**
     * Escape hatch for what the bot does not offer: runs {@code query} on the UI thread with the widget.
     * Return plain values only, not widgets.
     *
     * @param <T>   the result type
     * @param query run on the UI thread
     * @return its result
     */
    public <T> T syncExec(Function<? super W, T> query) {
        return read(query);
    }

    /** Reads the widget on the UI thread. */
    protected <T> T read(Function<? super W, T> query) {
        return UiThread.call(display(), bot.timeout(), () -> query.apply(widget));
    }

    /** Acts on the widget on the UI thread, without waiting for nested event loops (modal dialogs). */
    protected void act(String what, Consumer<? super W> action) {
        UiThread.act(display(), bot.timeout(), what, () -> action.accept(widget));
    }

    /** Waits (bot timeout) until the widget is enabled, as before any user action. */
    protected void waitUntilEnabled() {
        waitFor("to become enabled", w -> w instanceof Control c ? c.isEnabled()
                : w instanceof MenuItem m ? m.isEnabled()
                : w instanceof ToolItem t ? t.isEnabled()
                : true);
    }

    /** Waits (bot timeout) until {@code state} holds for the widget; the timeout message is this + what. */
    protected void waitFor(String what, Predicate<? super W> state) {
        Duration timeout = bot.timeout();
        Optional<Boolean> ok = Wait.poll(timeout,
                () -> read(w -> state.test(w)) ? Optional.of(Boolean.TRUE) : Optional.empty());
        if (ok.isEmpty()) {
            throw bot.timedOut("Timed out after " + timeout.toMillis() + " ms waiting for " + this + " " + what);
        }
    }

    /** Sends an event of {@code type} to {@code target} (UI thread only), with {@code item} if not null. */
    protected static void notify(Widget target, int type, Item item) {
        Event event = new Event();
        event.item = item;
        target.notifyListeners(type, event);
    }

    /** @return the display of the widget */
    protected Display display() {
        return bot.display();
    }

    /** @return e.g. {@code Button 'OK' [id=dialog.ok]} */
    @Override
    public String toString() {
        try {
            return read(Texts::describe);
        } catch (BotException e) {
            return widget.getClass().getSimpleName();
        }
    }
}
