package org.agentproxy.testing.bot;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Presses keys as a person does: real key events posted to the window system through {@link Display#post(Event)},
 * so that they reach the focused control through the whole platform — key bindings of the workbench (Ctrl+Z), tab
 * traversal, mnemonics — unlike {@link TextBot#typeText(String)}, which notifies one widget. Shaped like SWTBot's
 * {@code Keyboard} ({@code pressShortcut(SWT.CTRL, 'z')}). Each press returns once the display has dispatched its
 * key release, so the press's effect (a command run, the focus moved) has happened: no sleep needed.
 * <p>
 * The keys go to the focused window: activate the shell first ({@link ShellBot#activate()}).
 */
public final class Keyboard {

    private final Bot bot;

    Keyboard(Bot bot) {
        this.bot = bot;
    }

    /** Presses and releases one key, e.g. {@code SWT.TAB}, {@code SWT.PAGE_DOWN} or {@code 'a'}. */
    public Keyboard pressKey(int key) {
        return pressShortcut(SWT.NONE, key);
    }

    /**
     * Holds the modifiers, presses and releases the key, releases the modifiers.
     *
     * @param modifiers {@code SWT.CTRL}, {@code SWT.SHIFT}, {@code SWT.ALT} ({@code |}-combined), or {@code SWT.NONE}
     * @param key       a character ({@code 'z'}, lower case) or a key code ({@code SWT.PAGE_DOWN})
     */
    public Keyboard pressShortcut(int modifiers, int key) {
        Display display = bot.display();
        AtomicInteger released = new AtomicInteger();
        // the last release posted is the barrier: the first modifier's if any (a key binding or a mnemonic may take
        // the key's own release), else the key's
        int last = (modifiers & SWT.CTRL) != 0 ? SWT.CTRL : (modifiers & SWT.SHIFT) != 0 ? SWT.SHIFT
                : (modifiers & SWT.ALT) != 0 ? SWT.ALT : key;
        Listener counter = e -> {
            if (matches(e, last)) {
                released.incrementAndGet();
            }
        };
        bot.syncExec(() -> {
            display.addFilter(SWT.KeyUp, counter);
            return null;
        });
        try {
            bot.syncExec(() -> {
                int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
                for (int m : mods) {
                    if ((modifiers & m) != 0) {
                        post(display, SWT.KeyDown, m);
                    }
                }
                post(display, SWT.KeyDown, key);
                post(display, SWT.KeyUp, key);
                for (int i = mods.length - 1; i >= 0; i--) {
                    if ((modifiers & mods[i]) != 0) {
                        post(display, SWT.KeyUp, mods[i]);
                    }
                }
                return null;
            });
            Duration timeout = bot.timeout();
            Optional<Boolean> done = Wait.poll(timeout,
                    () -> released.get() > 0 ? Optional.of(Boolean.TRUE) : Optional.empty());
            if (done.isEmpty()) {
                throw new BotTimeoutException("The display did not receive the key " + describe(modifiers, key)
                        + " within " + timeout.toMillis() + " ms: is the studio's window the focused one?");
            }
            bot.syncExec(() -> null); // the events queued behind the release are dispatched too
        } finally {
            bot.syncExec(() -> {
                display.removeFilter(SWT.KeyUp, counter);
                return null;
            });
        }
        return this;
    }

    private static boolean matches(Event e, int key) {
        return (key & SWT.KEYCODE_BIT) != 0 || (key & SWT.MODIFIER_MASK) != 0 ? e.keyCode == key
                : Character.toLowerCase(e.keyCode) == Character.toLowerCase(key)
                        || Character.toLowerCase(e.character) == Character.toLowerCase(key);
    }

    private static void post(Display display, int type, int key) {
        Event event = new Event();
        event.type = type;
        // Tab, Enter, Escape, Backspace and Delete are keys of the window system, not characters it could type
        if ((key & SWT.KEYCODE_BIT) != 0 || (key & SWT.MODIFIER_MASK) != 0 || key == SWT.TAB || key == SWT.CR
                || key == SWT.ESC || key == SWT.BS || key == SWT.DEL) {
            event.keyCode = key;
        } else {
            event.character = (char) key;
        }
        if (!display.post(event)) {
            throw new BotException("The window system refused the key event " + describe(SWT.NONE, key));
        }
    }

    private static String describe(int modifiers, int key) {
        StringBuilder text = new StringBuilder();
        if ((modifiers & SWT.CTRL) != 0) {
            text.append("Ctrl+");
        }
        if ((modifiers & SWT.SHIFT) != 0) {
            text.append("Shift+");
        }
        if ((modifiers & SWT.ALT) != 0) {
            text.append("Alt+");
        }
        return text.append(key == SWT.PAGE_DOWN ? "PageDown" : key == SWT.PAGE_UP ? "PageUp" : key == SWT.TAB ? "Tab"
                : (key & SWT.KEYCODE_BIT) != 0 ? "key " + key : String.valueOf((char) key)).toString();
    }
}
