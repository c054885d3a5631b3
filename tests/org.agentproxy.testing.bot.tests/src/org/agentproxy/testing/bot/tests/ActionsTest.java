package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.testing.bot.BotTimeoutException;
import org.agentproxy.testing.bot.ButtonBot;
import org.agentproxy.testing.bot.CTabItemBot;
import org.agentproxy.testing.bot.ComboBot;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.TextBot;
import org.junit.jupiter.api.Test;

class ActionsTest extends FixtureTest {

    @Test
    void clickNotifiesTheSelectionListener() {
        bot.button("OK").click();
        assertTrue(observed("click:OK"), fixture.events.toString());
    }

    @Test
    void clickWaitsUntilTheButtonIsEnabled() {
        ButtonBot apply = bot.button("Apply");
        assertFalse(apply.isEnabled());
        fixture.enableApplyLater(display, 300);
        apply.click();
        assertTrue(observed("click:Apply"), fixture.events.toString());
    }

    @Test
    void widgetIsEnabledConditionWaitsForATimer() {
        ButtonBot apply = bot.button("Apply");
        fixture.enableApplyLater(display, 300);
        bot.waitUntil(Conditions.widgetIsEnabled(apply));
        assertTrue(apply.isEnabled());
    }

    @Test
    void clickOnADisabledButtonTimesOut() {
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.withTimeout(SHORT).button("Apply").click());
        assertTrue(e.getMessage().contains("Button 'Apply'") && e.getMessage().contains("to become enabled"),
                e.getMessage());
        assertFalse(observed("click:Apply"));
    }

    @Test
    void setTextFiresModify() {
        TextBot name = bot.textWithLabel("Name:");
        name.setText("default");
        assertEquals("default", name.getText());
        assertTrue(observed("modify:default"), fixture.events.toString());
        assertTrue(name.isEditable());
    }

    @Test
    void typeTextSendsKeysAndModifiesCharacterByCharacter() {
        TextBot description = bot.textWithLabel("Description:");
        description.typeText("ab");
        assertEquals("ab", description.getText());
        assertTrue(fixture.events.containsAll(List.of("key:a", "modify-description:a", "key:b",
                "modify-description:ab")), fixture.events.toString());
    }

    @Test
    void pressReturnPressesTheDefaultButtonUnlessTheFieldVetoesTheTraversal() {
        TextBot name = bot.textWithLabel("Name:");
        bot.button("OK").syncExec(b -> {
            b.getShell().setDefaultButton(b);
            return null;
        });

        name.pressReturn();
        // GTK posts the button's Selection: it arrives with the next dispatch
        bot.waitUntil(org.agentproxy.testing.bot.Condition.of("the default button to be pressed",
                () -> observed("click:OK")));

        fixture.events.clear();
        name.syncExec(t -> {
            t.addListener(org.eclipse.swt.SWT.Traverse, e -> e.doit = false);
            t.addListener(org.eclipse.swt.SWT.DefaultSelection, e -> fixture.events.add("default-selection"));
            return null;
        });
        name.pressReturn();
        bot.syncExec(() -> null); // a barrier: anything posted by now is dispatched
        bot.syncExec(() -> null);
        assertFalse(observed("click:OK"), "a vetoed traversal does not reach the default button: " + fixture.events);
        assertTrue(observed("default-selection"), "the field gets DefaultSelection instead: " + fixture.events);
    }

    @Test
    void checkBoxToggles() {
        ButtonBot logging = bot.checkBox("Enable logging");
        logging.click();
        assertTrue(logging.isChecked());
        assertTrue(observed("check:true"));
        logging.click();
        assertFalse(logging.isChecked());
        assertTrue(observed("check:false"));
        logging.check();
        assertTrue(logging.isChecked());
        logging.uncheck();
        assertFalse(logging.isChecked());
    }

    @Test
    void radioSelectsItselfAndDeselectsItsGroup() {
        bot.radio("Deny").click();
        assertTrue(bot.radio("Deny").isChecked());
        assertFalse(bot.radio("Allow").isChecked());
        assertEquals(List.of("radio:Allow:false", "radio:Deny:true"), fixture.events);
    }

    @Test
    void comboSelectsAnItem() {
        ComboBot mode = bot.comboWithLabel("Mode:");
        assertEquals(List.of("strict", "lenient", "off"), mode.items());
        mode.select("lenient");
        assertEquals("lenient", mode.getText());
        assertEquals(1, mode.selectionIndex());
        assertTrue(observed("combo:lenient"));
    }

    @Test
    void comboSelectOfAMissingItemListsTheItems() {
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.withTimeout(SHORT).comboWithLabel("Mode:").select("paranoid"));
        assertTrue(e.getMessage().contains("'paranoid'") && e.getMessage().contains("[strict, lenient, off]"),
                e.getMessage());
    }

    @Test
    void linkClickSendsTheHref() {
        bot.link("See the docs").click();
        assertTrue(observed("link:https://example.org/docs"), fixture.events.toString());
        bot.link("See <a href=\"https://example.org/docs\">the docs</a>").click("the docs");
        assertEquals(2, fixture.events.size());
    }

    @Test
    void cTabItemActivates() {
        CTabItemBot details = bot.cTabItem("Details");
        assertFalse(details.isActive());
        details.activate();
        assertTrue(details.isActive());
        assertTrue(observed("tab:Details"));
        assertFalse(bot.cTabItem("Overview").isActive());
    }
}
