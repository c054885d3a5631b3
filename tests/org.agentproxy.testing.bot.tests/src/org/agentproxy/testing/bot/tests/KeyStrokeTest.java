package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.KeyStroke;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

/** {@link KeyStroke}: "Ctrl+S" and friends, as the workbench's key bindings write them. */
class KeyStrokeTest {

    @Test
    void parsesModifiersAndKeysCaseInsensitively() {
        assertEquals(KeyStroke.of(SWT.CTRL, 's'), KeyStroke.parse("Ctrl+S"));
        assertEquals(KeyStroke.of(SWT.CTRL, 's'), KeyStroke.parse("ctrl+s"));
        assertEquals(KeyStroke.of(SWT.CTRL | SWT.SHIFT, 'z'), KeyStroke.parse("M1+Shift+Z"));
        assertEquals(KeyStroke.of(SWT.ALT, SWT.F4), KeyStroke.parse("Alt+F4"));
        assertEquals(KeyStroke.of(SWT.CTRL, SWT.PAGE_DOWN), KeyStroke.parse("Control+PageDown"));
        assertEquals(KeyStroke.of(SWT.NONE, SWT.CR), KeyStroke.parse("Enter"));
        assertEquals(KeyStroke.of(SWT.NONE, SWT.ESC), KeyStroke.parse("Esc"));
        assertEquals(KeyStroke.of(SWT.CTRL, '+'), KeyStroke.parse("Ctrl++"));
        assertEquals(KeyStroke.of(SWT.CTRL, ' '), KeyStroke.parse("Ctrl+Space"));
    }

    @Test
    void mod1IsTheControlKeyHere() {
        assertEquals(KeyStroke.of(SWT.MOD1, 's'), KeyStroke.of(SWT.CTRL, 's'));
        assertEquals(SWT.CTRL, KeyStroke.parse("M1+S").modifiers());
    }

    @Test
    void printsWhatItParses() {
        for (String text : new String[] { "Ctrl+S", "Ctrl+Shift+Z", "Alt+F4", "Ctrl+PageDown", "Enter", "Tab", "Esc",
                "Shift+Up", "Delete", "Ctrl+Space", "F12" }) {
            assertEquals(text, KeyStroke.parse(text).toString());
        }
    }

    @Test
    void badTextIsRefusedNamingThePart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyStroke.parse("Hyper+S"));
        assertTrue(e.getMessage().contains("'Hyper'") && e.getMessage().contains("not a modifier"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KeyStroke.parse("Ctrl+Banana"));
        assertTrue(e.getMessage().contains("'Banana'") && e.getMessage().contains("not a key name"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KeyStroke.parse("Ctrl+"));
        assertTrue(e.getMessage().contains("No key"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyStroke.parse(" "));
    }
}
