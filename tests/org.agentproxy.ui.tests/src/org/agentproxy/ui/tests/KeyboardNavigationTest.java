package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agentproxy.testing.bot.Bot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyboard in the policy editor, with real key presses: Ctrl+PageDown / Ctrl+PageUp switch pages (the
 * workbench's multi-page convention), Tab reaches every field of every page in reading order, and every field's label
 * and every button has a mnemonic.
 */
class KeyboardNavigationTest extends EditorTestSupport {

    /** A control's top may sit a few pixels above the one before it in the same row (a button beside a list). */
    private static final int SAME_ROW = 12;

    @Test
    void ctrlPageDownAndCtrlPageUpSwitchEditorPages() {
        editor.page("Internal Agents").text("internalAgents.server.host").setFocus();

        editor.press(SWT.CTRL, SWT.PAGE_DOWN);
        assertEquals("External Agents", editor.activePage());
        editor.press(SWT.CTRL, SWT.PAGE_DOWN);
        assertEquals("Global Smart Protection Service", editor.activePage());
        editor.press(SWT.CTRL, SWT.PAGE_UP);
        editor.press(SWT.CTRL, SWT.PAGE_UP);
        assertEquals("Internal Agents", editor.activePage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Internal Agents", "External Agents", "Global Smart Protection Service",
            "User Proxy Privilege", "Agent Connectivity" })
    void tabReachesEveryFieldInReadingOrder(String label) {
        PageControls.show(editor, label);
        Map<String, Integer> expected = studio.bot().syncExec(PageControls::bound); // id → top, in the page's order
        List<String> ids = new ArrayList<>(expected.keySet());
        studio.bot().syncExec(() -> PageControls.focus(ids.get(0)));

        List<String> visited = new ArrayList<>(List.of(ids.get(0)));
        for (int i = 0; i < ids.size() + 2 && visited.size() < ids.size(); i++) {
            editor.press(SWT.NONE, SWT.TAB);
            String id = focusedId();
            if (id == null || visited.contains(id)) {
                break; // left the page, or went round
            }
            visited.add(id);
        }

        assertEquals(ids, visited, "Tab visits every field of " + label + ", in order");
        int top = expected.get(visited.get(0));
        for (String id : visited) {
            assertTrue(expected.get(id) >= top - SAME_ROW, id + " is above the field before it: not reading order; "
                    + "the fields and their tops: " + expected);
            top = Math.max(top, expected.get(id));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Internal Agents", "External Agents", "Global Smart Protection Service",
            "User Proxy Privilege", "Agent Connectivity" })
    void everyFieldLabelAndButtonHasAMnemonic(String label) {
        PageControls.show(editor, label);
        Map<String, String> labels = studio.bot().syncExec(PageControls::labels);

        List<String> without = labels.entrySet().stream().filter(e -> PageControls.mnemonic(e.getValue()) == 0)
                .map(e -> e.getKey() + " '" + e.getValue() + "'").toList();
        assertTrue(without.isEmpty(), "no mnemonic on " + label + ": " + without);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Internal Agents", "External Agents", "Global Smart Protection Service",
            "User Proxy Privilege", "Agent Connectivity" })
    void everyBoundControlHasALabel(String label) {
        PageControls.show(editor, label);
        Map<String, Integer> bound = studio.bot().syncExec(PageControls::bound);
        Map<String, String> labels = studio.bot().syncExec(PageControls::labels);

        List<String> without = bound.keySet().stream()
                .filter(id -> labels.get(id) == null || labels.get(id).replace("&", "").isBlank()).toList();
        assertTrue(without.isEmpty(), "bound controls without a label on " + label + ": " + without);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Internal Agents", "External Agents", "Global Smart Protection Service",
            "User Proxy Privilege", "Agent Connectivity" })
    void everyFieldHasATooltip(String label) {
        PageControls.show(editor, label);
        Map<String, String> tips = studio.bot().syncExec(PageControls::tooltips);

        List<String> without = tips.entrySet().stream().filter(e -> e.getValue() == null || e.getValue().isBlank())
                .map(Map.Entry::getKey).toList();
        assertTrue(without.isEmpty(), "fields without a tooltip on " + label + ": " + without);
    }

    private String focusedId() {
        return studio.bot().syncExec(() -> {
            for (Control c = studio.bot().display().getFocusControl(); c != null; c = c.getParent()) {
                if (c.getData(Bot.ID_KEY) instanceof String id) {
                    return id;
                }
            }
            return null;
        });
    }

}
