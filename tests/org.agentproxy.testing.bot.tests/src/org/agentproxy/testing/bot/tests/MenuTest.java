package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.testing.bot.BotTimeoutException;
import org.agentproxy.testing.bot.MenuBot;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.junit.jupiter.api.Test;

class MenuTest extends FixtureTest {

    @Test
    void menuClickRunsTheAction() {
        MenuBot open = bot.menu("File").menu("Open…");
        assertEquals("Open…", open.getText());
        open.click();
        assertTrue(observed("menu:open"), fixture.events.toString());
    }

    @Test
    void lazyMenusAreShownBeforeAndHiddenAfterReading() {
        assertEquals(List.of("Open…", "Recent", "Exit"), bot.menu("File").items());
        int shows = fixture.fileMenuShows.get();
        assertTrue(shows > 0);
        assertEquals(shows, fixture.fileMenuHides.get());
    }

    @Test
    void submenus() {
        bot.menu("File").menu("Recent").menu("policy.json").click();
        assertTrue(observed("menu:recent:policy.json"), fixture.events.toString());
    }

    @Test
    void checkItemsToggle() {
        MenuBot wrap = bot.menu("Edit").menu("Word Wrap");
        assertFalse(wrap.isChecked());
        wrap.click();
        assertTrue(wrap.isChecked());
        assertTrue(observed("menu:wrap:true"));
    }

    @Test
    void disabledItemsAreNotClicked() {
        MenuBot undo = bot.withTimeout(SHORT).menu("Edit").menu("Undo");
        assertFalse(undo.isEnabled());
        assertThrows(BotTimeoutException.class, undo::click);
    }

    @Test
    void aMissingMenuListsTheMenuBar() {
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).menu("Window"));
        assertTrue(e.getMessage().contains("[File, Edit]"), e.getMessage());
        e = assertThrows(WidgetNotFoundException.class, () -> bot.withTimeout(SHORT).menu("File").menu("Save"));
        assertTrue(e.getMessage().contains("[Open…, Recent, Exit]"), e.getMessage());
    }
}
