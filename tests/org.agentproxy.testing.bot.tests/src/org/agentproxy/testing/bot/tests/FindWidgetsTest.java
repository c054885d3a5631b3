package org.agentproxy.testing.bot.tests;

import static org.agentproxy.testing.bot.Matchers.and;
import static org.agentproxy.testing.bot.Matchers.ofType;
import static org.agentproxy.testing.bot.Matchers.withStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.Test;

class FindWidgetsTest extends FixtureTest {

    @Test
    void findsTheTextAfterALabelIgnoringItsMnemonic() {
        assertEquals("fixture.name", bot.textWithLabel("Name:").id());
        assertEquals("fixture.description", bot.textWithLabel("Description:").id());
    }

    @Test
    void labelTextMustMatchExactlyApartFromMnemonics() {
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).textWithLabel("Name"));
        assertTrue(e.getMessage().contains("with label 'Name'"), e.getMessage());
    }

    @Test
    void findsByTooltip() {
        assertEquals("fixture.name", bot.textWithTooltip("The policy name").id());
        assertEquals("Refresh", bot.buttonWithTooltip("Refresh the view").getText());
    }

    @Test
    void findsById() {
        assertEquals("Refresh", bot.buttonWithId("fixture.refresh").getText());
        assertEquals("The policy name", bot.textWithId("fixture.name").tooltip());
        assertEquals("Ready", bot.labelWithId("fixture.status").getText());
        assertEquals(List.of("Policies", "Agents"), bot.treeWithId("fixture.tree").items());
        assertEquals(3, bot.tableWithId("fixture.table").rowCount());
    }

    @Test
    void findsByTextIgnoringMnemonics() {
        assertEquals("&OK", bot.button("OK").getText());
        assertEquals("&Name:", bot.label("Name:").getText());
        assertFalse(bot.checkBox("Enable logging").isChecked());
        assertTrue(bot.radio("Allow").isChecked());
        assertEquals("strict", bot.comboWithLabel("Mode:").getText());
    }

    @Test
    void findsTheFirstVisibleTreeAndTable() {
        assertEquals("fixture.tree", bot.tree().id());
        assertEquals("fixture.table", bot.table().id());
    }

    @Test
    void buttonDoesNotMatchCheckBoxes() {
        assertThrows(WidgetNotFoundException.class, () -> bot.withTimeout(SHORT).button("Enable logging"));
    }

    @Test
    void genericFinderTakesMatchers() {
        List<Widget> radios = bot.widgets(and(ofType(Button.class), withStyle(SWT.RADIO, "RADIO")));
        List<String> texts = bot.syncExec(() -> radios.stream().map(w -> ((Button) w).getText())
                .collect(Collectors.toList()));
        assertEquals(List.of("Allow", "Deny"), texts);
    }

    @Test
    void findsShellsByTitle() {
        ShellBot shell = bot.shell(FixtureShell.TITLE);
        assertEquals(FixtureShell.TITLE, shell.title());
        assertTrue(shell.isOpen());
        assertEquals(List.of(FixtureShell.TITLE),
                bot.shells().stream().map(ShellBot::title).collect(Collectors.toList()));
        assertEquals(FixtureShell.TITLE, bot.activeShell().title());
    }

    @Test
    void aMissingWidgetTimesOutQuicklyAndSaysWhatExists() {
        long start = System.nanoTime();
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).button("Does not exist"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= SHORT.toMillis() && millis < 5_000, "took " + millis + " ms");
        String message = e.getMessage();
        assertTrue(message.contains("with text 'Does not exist'"), message);
        String dump = e.widgetDump();
        assertTrue(dump.contains("'" + FixtureShell.TITLE + "'"), dump);
        assertTrue(dump.contains("Button 'OK'"), dump);
        assertTrue(dump.contains("Label 'Name:'"), dump);
        assertTrue(dump.contains("[id=fixture.tree]"), dump);
    }

    @Test
    void aMissingShellTimesOutWithTheVisibleShells() {
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).shell("Preferences"));
        assertTrue(e.getMessage().contains("'Preferences'"), e.getMessage());
        assertTrue(e.widgetDump().contains("Visible shells: '" + FixtureShell.TITLE + "'"), e.widgetDump());
    }

    @Test
    void widgetsOfAnInactiveTabAreInvisibleUntilActivated() {
        assertThrows(WidgetNotFoundException.class, () -> bot.withTimeout(SHORT).label("Details page"));
        bot.cTabItem("Details").activate();
        assertEquals("Details page", bot.label("Details page").getText());
    }
}
