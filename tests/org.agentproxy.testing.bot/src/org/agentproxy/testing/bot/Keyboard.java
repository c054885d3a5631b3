package org.agentproxy.testing.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Presses keys as a person does: real key events posted to the window system through {@link Display#post(Event)}
 * (XTest under Xvfb), so that they reach the focused control through the whole platform — the workbench's key
 * bindings (Ctrl+S, Ctrl+Z), tab traversal, mnemonics, a text field's own editing — unlike
 * {@link TextBot#typeText(String)}, which notifies one widget. Shaped like SWTBot's {@code Keyboard}:
 * {@code pressShortcut(SWT.MOD1, 's')}, {@code pressShortcut("Ctrl+S")}, {@code pressShortcut(KeyStroke...)},
 * {@code typeText("proxy.example.com")}.
 *
 * <p>Each call returns once the display has dispatched the release of its last key (a display filter counts it), so
 * its effect — a command run, the focus moved, a character inserted — has happened: no sleep needed. The keys go to
 * the focused window and control: activate the shell ({@link ShellBot#activate()}) and focus the control first, or
 * use a page object that does.
 */
public final class Keyboard {

    /** Characters a US keymap (Xvfb's default) types with Shift held, and the key that types them. */
    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
    private static final String UNSHIFTED = "`1234567890-=[]\\;',./";

    private final Bot bot;

    Keyboard(Bot bot) {
        this.bot = bot;
    }

    /** Presses and releases one key, e.g. {@code SWT.TAB}, {@code SWT.PAGE_DOWN}, {@code SWT.CR} or {@code 'a'}. */
    public Keyboard pressKey(int key) {
        return pressShortcut(SWT.NONE, key);
    }

    /**
     * Holds the modifiers, presses and releases the key, releases the modifiers.
     *
     * @param modifiers {@code SWT.MOD1} (Ctrl here), {@code SWT.CTRL}, {@code SWT.SHIFT}, {@code SWT.ALT}
     *                  ({@code |}-combined), or {@code SWT.NONE}
     * @param key       a character ({@code 's'}; upper-case letters count as lower case, hold Shift for upper case)
     *                  or a key code ({@code SWT.PAGE_DOWN})
     */
    public Keyboard pressShortcut(int modifiers, int key) {
        return pressShortcut(KeyStroke.of(modifiers, key));
    }

    /**
     * Presses the key strokes one after the other, each as {@link #pressShortcut(int, int)} does.
     *
     * @param strokes e.g. {@code "Ctrl+S"}, {@code "M1+Shift+Z"}, {@code "Alt+F4"}, {@code "Enter"} (see
     *                {@link KeyStroke#parse(String)})
     */
    public Keyboard pressShortcut(String... strokes) {
        KeyStroke[] parsed = new KeyStroke[strokes.length];
        for (int i = 0; i < strokes.length; i++) {
            parsed[i] = KeyStroke.parse(strokes[i]);
        }
        return pressShortcut(parsed);
    }

    /** Presses the key strokes one after the other. */
    public Keyboard pressShortcut(KeyStroke... strokes) {
        for (KeyStroke stroke : strokes) {
            press(stroke);
        }
        return this;
    }

    /**
     * Types the text into the focused control key by key, as a person at a US keyboard (Xvfb's default keymap)
     * would: upper-case letters and shifted symbols ({@code :} {@code _} {@code @} …) with Shift held, {@code '\n'} as
     * Enter, {@code '\t'} as Tab. The field sees real key events: its verify and modify listeners, the undo of its
     * keystrokes, its content assist. Characters the keymap has no key for (non-ASCII) are refused: use
     * {@link TextBot#setText(String)} for them.
     *
     * @param text the characters to type
     */
    public Keyboard typeText(String text) {
        Objects.requireNonNull(text, "text");
        List<KeyStroke> strokes = new ArrayList<>();
        for (char ch : text.toCharArray()) {
            strokes.add(strokeFor(ch));
        }
        for (KeyStroke stroke : strokes) {
            press(stroke);
        }
        return this;
    }

    /** @return the key stroke that types {@code ch} on a US keymap */
    static KeyStroke strokeFor(char ch) {
        if (ch == '\n' || ch == '\r') {
            return KeyStroke.of(SWT.NONE, SWT.CR);
        }
        if (ch == '\t') {
            return KeyStroke.of(SWT.NONE, SWT.TAB);
        }
        if (ch > 0x7e || ch < 0x20) {
            throw new IllegalArgumentException("Cannot type '" + ch + "' (U+" + String.format("%04X", (int) ch)
                    + ") with the keyboard: only printable ASCII, Enter and Tab; use TextBot.setText for other text");
        }
        if (Character.isUpperCase(ch)) {
            return KeyStroke.of(SWT.SHIFT, Character.toLowerCase(ch));
        }
        int shifted = SHIFTED.indexOf(ch);
        if (shifted >= 0) {
            return KeyStroke.of(SWT.SHIFT, UNSHIFTED.charAt(shifted));
        }
        return KeyStroke.of(SWT.NONE, ch);
    }

    private void press(KeyStroke stroke) {
        int modifiers = stroke.modifiers();
        int key = stroke.key();
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
                throw bot.timedOut("The display did not receive the key " + stroke + " within " + timeout.toMillis()
                        + " ms: is the application's window the focused one?");
            }
            bot.syncExec(() -> null); // the events queued behind the release are dispatched too
        } finally {
            bot.syncExec(() -> {
                display.removeFilter(SWT.KeyUp, counter);
                return null;
            });
        }
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
            throw new BotException("The window system refused the key event " + KeyStroke.keyName(key));
        }
    }
}
