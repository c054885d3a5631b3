package org.agentproxy.testing.bot;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;

/**
 * One key with the modifiers held while it is pressed, as JFace's {@code KeyStroke} and SWTBot's
 * {@code KeyStroke}: {@code KeyStroke.parse("Ctrl+S")}, {@code KeyStroke.parse("M1+Shift+Z")},
 * {@code KeyStroke.of(SWT.MOD1, 's')}. Pressed with {@link Keyboard#pressShortcut(KeyStroke...)}.
 *
 * <p>Modifier names (case-insensitive): {@code Ctrl}/{@code Control}, {@code Shift}, {@code Alt}, and the
 * platform-neutral {@code M1} (Ctrl on Linux and Windows, Command on macOS), {@code M2} (Shift), {@code M3} (Alt), as
 * in the workbench's key bindings. Key names: a single character ({@code S} and {@code s} are the same key: letters
 * are pressed as lower case, hold {@code Shift} for upper case), {@code Enter}/{@code Return}, {@code Tab},
 * {@code Esc}/{@code Escape}, {@code Space}, {@code Backspace}/{@code BS}, {@code Delete}/{@code Del},
 * {@code Insert}, {@code Home}, {@code End}, {@code PageUp}, {@code PageDown}, {@code Up}, {@code Down},
 * {@code Left}, {@code Right}, {@code F1}–{@code F12}; a plus key is written {@code Ctrl++}.
 */
public final class KeyStroke {

    private static final Map<String, Integer> KEYS = new LinkedHashMap<>();
    private static final Map<String, Integer> MODIFIERS = new LinkedHashMap<>();

    static {
        KEYS.put("ENTER", (int) SWT.CR);
        KEYS.put("RETURN", (int) SWT.CR);
        KEYS.put("CR", (int) SWT.CR);
        KEYS.put("TAB", (int) SWT.TAB);
        KEYS.put("ESC", (int) SWT.ESC);
        KEYS.put("ESCAPE", (int) SWT.ESC);
        KEYS.put("SPACE", (int) ' ');
        KEYS.put("BACKSPACE", (int) SWT.BS);
        KEYS.put("BS", (int) SWT.BS);
        KEYS.put("DELETE", (int) SWT.DEL);
        KEYS.put("DEL", (int) SWT.DEL);
        KEYS.put("INSERT", SWT.INSERT);
        KEYS.put("HOME", SWT.HOME);
        KEYS.put("END", SWT.END);
        KEYS.put("PAGEUP", SWT.PAGE_UP);
        KEYS.put("PAGE_UP", SWT.PAGE_UP);
        KEYS.put("PAGEDOWN", SWT.PAGE_DOWN);
        KEYS.put("PAGE_DOWN", SWT.PAGE_DOWN);
        KEYS.put("UP", SWT.ARROW_UP);
        KEYS.put("DOWN", SWT.ARROW_DOWN);
        KEYS.put("LEFT", SWT.ARROW_LEFT);
        KEYS.put("RIGHT", SWT.ARROW_RIGHT);
        int[] functionKeys = { SWT.F1, SWT.F2, SWT.F3, SWT.F4, SWT.F5, SWT.F6, SWT.F7, SWT.F8, SWT.F9, SWT.F10,
                SWT.F11, SWT.F12 };
        for (int i = 0; i < functionKeys.length; i++) {
            KEYS.put("F" + (i + 1), functionKeys[i]);
        }
        MODIFIERS.put("CTRL", SWT.CTRL);
        MODIFIERS.put("CONTROL", SWT.CTRL);
        MODIFIERS.put("SHIFT", SWT.SHIFT);
        MODIFIERS.put("ALT", SWT.ALT);
        MODIFIERS.put("M1", SWT.MOD1);
        MODIFIERS.put("M2", SWT.MOD2);
        MODIFIERS.put("M3", SWT.MOD3);
    }

    private final int modifiers;
    private final int key;

    private KeyStroke(int modifiers, int key) {
        this.modifiers = modifiers;
        this.key = key;
    }

    /**
     * @param modifiers {@code SWT.CTRL}, {@code SWT.SHIFT}, {@code SWT.ALT}, {@code SWT.MOD1}… combined with {@code |},
     *                  or {@code SWT.NONE}
     * @param key       a character ({@code 's'}; upper-case letters are taken as lower case) or an SWT key code
     *                  ({@code SWT.PAGE_DOWN}, {@code SWT.F5}, {@code SWT.CR})
     * @return the key stroke
     */
    public static KeyStroke of(int modifiers, int key) {
        if ((modifiers & ~(SWT.CTRL | SWT.SHIFT | SWT.ALT)) != 0) {
            throw new IllegalArgumentException("Unsupported modifiers " + Integer.toHexString(modifiers)
                    + ": use SWT.CTRL, SWT.SHIFT, SWT.ALT or SWT.MOD1..MOD3");
        }
        if (key == 0 || (key & SWT.MODIFIER_MASK) != 0) {
            throw new IllegalArgumentException("Not a key: " + key + " (a modifier alone is no key stroke)");
        }
        int normalized = (key & SWT.KEYCODE_BIT) == 0 && Character.isLetter(key) ? Character.toLowerCase(key) : key;
        return new KeyStroke(modifiers, normalized);
    }

    /**
     * @param text e.g. {@code "Ctrl+S"}, {@code "M1+Shift+Z"}, {@code "Alt+F4"}, {@code "Enter"}, {@code "Ctrl+PageDown"}
     *             (see the class comment for the names)
     * @return the key stroke
     * @throws IllegalArgumentException naming the part that is no modifier or no key
     */
    public static KeyStroke parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Empty key stroke");
        }
        int modifiers = 0;
        String rest = trimmed;
        while (true) {
            int plus = rest.indexOf('+');
            if (plus <= 0 || plus == rest.length() - 1 && rest.length() == 1) {
                break;
            }
            String name = rest.substring(0, plus).trim().toUpperCase(Locale.ROOT);
            Integer modifier = MODIFIERS.get(name);
            if (modifier == null) {
                throw new IllegalArgumentException("'" + rest.substring(0, plus).trim() + "' in '" + text
                        + "' is not a modifier (Ctrl, Shift, Alt, M1, M2, M3)");
            }
            modifiers |= modifier;
            rest = rest.substring(plus + 1);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("No key after the modifiers in '" + text + "'");
            }
        }
        String name = rest.trim();
        if (name.isEmpty() && rest.equals(" ")) {
            name = " ";
        }
        if (name.length() == 1) {
            return of(modifiers, name.charAt(0));
        }
        Integer key = KEYS.get(name.toUpperCase(Locale.ROOT));
        if (key == null) {
            throw new IllegalArgumentException("'" + name + "' in '" + text + "' is not a key name (a character, Enter,"
                    + " Tab, Esc, Space, Backspace, Delete, Insert, Home, End, PageUp, PageDown, Up, Down, Left, Right,"
                    + " F1-F12)");
        }
        return of(modifiers, key);
    }

    /** @return the modifiers held, a combination of {@code SWT.CTRL}, {@code SWT.SHIFT}, {@code SWT.ALT} */
    public int modifiers() {
        return modifiers;
    }

    /** @return the key: a lower-case character or an SWT key code */
    public int key() {
        return key;
    }

    /** @return e.g. {@code Ctrl+Shift+Z}, {@code Ctrl+PageDown}, {@code Enter}: parsed back by {@link #parse} */
    @Override
    public String toString() {
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
        return text.append(keyName(key)).toString();
    }

    static String keyName(int key) {
        if (key == ' ') {
            return "Space";
        }
        for (Map.Entry<String, Integer> entry : KEYS.entrySet()) {
            if (entry.getValue() == key && entry.getKey().length() > 1 && !entry.getKey().contains("_")) {
                String name = entry.getKey();
                return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT).replace("up", "Up").replace("down", "Down");
            }
        }
        return (key & SWT.KEYCODE_BIT) != 0 ? "key " + key : String.valueOf((char) Character.toUpperCase(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyStroke k && k.modifiers == modifiers && k.key == key;
    }

    @Override
    public int hashCode() {
        return 31 * modifiers + key;
    }
}
