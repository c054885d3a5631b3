package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.TextBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.Test;

/** {@code Bot.keyboard()}: real key events through the window system, waited for until the display has them. */
class KeyboardTest extends FixtureTest {

    @Test
    void pressKeyTypesIntoTheFocusedFieldThroughTheWindowSystem() {
        bot.shell(FixtureShell.TITLE).activate();
        TextBot name = bot.textWithLabel("Name:");
        name.setFocus();

        bot.keyboard().pressKey('a').pressKey('b');

        assertEquals("ab", name.getText(), "the keys went through the window system to the focused field");
        assertTrue(observed("modify:ab"), fixture.events.toString());
    }

    @Test
    void tabMovesTheFocusAsTraversalDoes() {
        bot.shell(FixtureShell.TITLE).activate();
        bot.textWithLabel("Name:").setFocus();

        bot.keyboard().pressKey(SWT.TAB);

        assertEquals("fixture.description", focusedId(), "Tab left the name field for the next one");
    }

    @Test
    void pressShortcutHoldsTheModifiersWhileTheKeyIsPressed() {
        bot.shell(FixtureShell.TITLE).activate();
        bot.textWithLabel("Name:").setFocus();
        StringBuilder seen = new StringBuilder();
        Listener filter = e -> seen.append((e.stateMask & SWT.CTRL) != 0 ? "ctrl+" : "").append(e.keyCode == SWT.PAGE_DOWN
                ? "pagedown" : String.valueOf((char) e.keyCode)).append(' ');
        bot.syncExec(() -> {
            display().addFilter(SWT.KeyDown, filter);
            return null;
        });
        try {
            bot.keyboard().pressShortcut(SWT.CTRL, SWT.PAGE_DOWN);
        } finally {
            bot.syncExec(() -> {
                display().removeFilter(SWT.KeyDown, filter);
                return null;
            });
        }

        assertTrue(bot.syncExec(seen::toString).contains("ctrl+pagedown"), bot.syncExec(seen::toString));
    }

    @Test
    void aShortcutWrittenAsTextFiresTheMenuAcceleratorThroughTheWindowSystem() {
        bot.shell(FixtureShell.TITLE).activate();
        bot.textWithLabel("Name:").setFocus();

        bot.keyboard().pressShortcut("Ctrl+S");

        assertTrue(observed("menu:save"), "Ctrl+S ran Edit → Save, as a person's keys do: " + fixture.events);
    }

    @Test
    void mod1IsTheShortcutModifierOfThePlatform() {
        bot.shell(FixtureShell.TITLE).activate();
        bot.textWithLabel("Name:").setFocus();

        bot.keyboard().pressShortcut(SWT.MOD1, 's');

        assertTrue(observed("menu:save"), fixture.events.toString());
    }

    @Test
    void typeTextTypesMixedCaseAndSymbolsIntoTheFocusedField() {
        bot.shell(FixtureShell.TITLE).activate();
        TextBot name = bot.textWithLabel("Name:");
        name.setFocus();

        bot.keyboard().typeText("Proxy_1: a@b.example");

        assertEquals("Proxy_1: a@b.example", name.getText());
        assertTrue(observed("modify:P") && observed("modify:Proxy_1: a@b.example"),
                "each key went through the field's listeners: " + fixture.events);
    }

    @Test
    void typeTextSendsKeyEventsToTheFieldsListenersAndEditingKeysWork() {
        bot.shell(FixtureShell.TITLE).activate();
        TextBot description = bot.textWithId("fixture.description");
        description.setFocus();

        bot.keyboard().typeText("abx").pressKey(SWT.BS).typeText("c");

        assertEquals("abc", description.getText(), "Backspace edited the field as it does for a person");
        assertTrue(observed("key:a") && observed("key:c"), fixture.events.toString());
    }

    @Test
    void typeTextRefusesWhatNoKeyTypes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bot.keyboard().typeText("café"));
        assertTrue(e.getMessage().contains("TextBot.setText"), e.getMessage());
    }

    private Display display() {
        return bot.display();
    }

    private String focusedId() {
        return bot.focusedId();
    }
}
