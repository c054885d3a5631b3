package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/** The Policy Problems view lists every problem and jumps to its field. */
class ProblemsViewTest extends EditorTestSupport {

    @Test
    void doubleClickingAProblemShowsItsPageAndFocusesItsField() {
        ScopePageBot internal = editor.page("Internal Agents");
        internal.set("internalAgents.smartProtection.host", "bad..host");
        ScopePageBot other = editor.page("External Agents");

        assertTrue(studio.problems().problem("internalAgents.smartProtection.host").contains("bad..host"));
        studio.problems().open("internalAgents.smartProtection.host");

        studio.bot().waitUntil(org.agentproxy.testing.bot.Condition.of("the host field to have the focus",
                () -> "internalAgents.smartProtection.host".equals(other.focusedId())));
        assertEquals("internalAgents.smartProtection.host", other.focusedId());
    }
}
