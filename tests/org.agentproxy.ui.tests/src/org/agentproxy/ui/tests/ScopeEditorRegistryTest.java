package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.testing.bot.Matchers;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.Test;

/** The registry of org.agentproxy.ui.scopeEditors over this bundle's fixture contributions (plugin.xml). */
class ScopeEditorRegistryTest extends EditorTestSupport {

    @Test
    void validPagesComeInOrderAndInvalidOnesAreSkippedWithTheirBundleNamed() {
        List<String> log = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> log.add(status.getMessage());
        Platform.addLogListener(listener);
        try {
            closeAndReopen();
        } finally {
            Platform.removeLogListener(listener);
        }

        assertEquals(List.of("Internal Agents", "External Agents", "Global Smart Protection Service",
                "User Proxy Privilege", "Agent Connectivity", "Fixture Page", "Not A Page"), pageTabs());
        assertTrue(log.stream().anyMatch(m -> m.contains("org.agentproxy.ui.tests")
                && m.contains("attribute 'class' is missing")), log.toString());
        assertTrue(log.stream().anyMatch(m -> m.contains("attribute 'order' must be a whole number, not \"first\"")),
                log.toString());
        assertTrue(log.stream().anyMatch(m -> m.contains("duplicate page id org.agentproxy.scope.internal.page")),
                log.toString());
    }

    @Test
    void aContributedPageEditsThePolicyLikeTheProductsOwn() throws Exception {
        editor.page("Fixture Page").set("description", "edited by a contributed page");
        editor.save();

        assertEquals("edited by a contributed page", onDisk().description());
    }

    @Test
    void aPageWhoseClassIsNoScopePageSaysSoAndTheOthersWork() {
        editor.page("Not A Page");

        assertFalse(studio.bot().widgets(Matchers.withText("This page could not be built: "
                + "org.agentproxy.ui.tests.FixtureNotAPage does not implement org.agentproxy.ui.editor.ScopePage"))
                .isEmpty());
        assertEquals("proxy.corp.example",
                editor.page("Internal Agents").text("internalAgents.server.host").getText());
    }

    /** The policy editor's page tabs, in order (its tab folder is the one at the bottom). */
    private List<String> pageTabs() {
        List<Widget> tabs = studio.bot().widgets(Matchers.ofType(CTabItem.class));
        return studio.bot().syncExec(() -> tabs.stream().map(CTabItem.class::cast)
                .filter(t -> t.getParent().getTabPosition() == SWT.BOTTOM).map(CTabItem::getText).toList());
    }
}
