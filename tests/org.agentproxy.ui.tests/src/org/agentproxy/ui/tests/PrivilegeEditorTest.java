package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/** User Proxy Privilege page: the apply mode, per-node grants, the effective setting, the warning. */
class PrivilegeEditorTest extends EditorTestSupport {

    private static final String PAGE = "User Proxy Privilege";
    private static final String TREE = "userProxyPrivilege.root";

    @Test
    void grantingADomainShowsItsEffectiveSettingAndIsSaved() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        TableBot tree = page.table(TREE);
        int lyon = row(tree, "Branch Lyon");
        assertEquals("no user proxy", tree.cell(lyon, 2));

        tree.select(lyon);
        page.button(TREE, "grant");

        assertEquals("granted", tree.cell(lyon, 1));
        assertEquals("users may set a proxy", tree.cell(lyon, 2));
        editor.save();
        assertEquals(Grant.GRANTED, onDisk().userProxyPrivilege().root().children().get(1).grant());
    }

    @Test
    void applyToAllAgentsMakesTheRootWinEverywhere() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        TableBot tree = page.table(TREE);
        assertEquals("users may set a proxy", tree.cell(row(tree, "Field Sales"), 2));

        page.combo("userProxyPrivilege.applyMode").select("Apply to all agents (overrides domains and agents)");

        assertEquals("no user proxy", tree.cell(row(tree, "Field Sales"), 2));
        editor.save();
        assertEquals(ApplyMode.ALL_AGENTS, onDisk().userProxyPrivilege().applyMode());
    }

    @Test
    void thePageWarnsThatWrongUserSettingsBreakUpdates() {
        editor.page(PAGE);

        assertFalse(studio.bot().widgets(Matchers.withText("A proxy configured by the user is used only for "
                + "\"Update Now\", and only when users disable, or the agent cannot detect, automatic proxy "
                + "settings. Wrong user settings break updates.")).isEmpty());
    }

    /** The row of a node: names are indented by depth. */
    private static int row(TableBot tree, String name) {
        for (int i = 0; i < tree.rowCount(); i++) {
            if (tree.cell(i, 0).strip().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no node " + name);
    }
}
