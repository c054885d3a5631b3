package org.agentproxy.ui.internal;

import org.agentproxy.ui.ActivePolicy;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Menus come from {@code plugin.xml} (commands and handlers); this advisor only opens the menu bar to them and
 * puts the policy's summary into the status line.
 */
final class StudioActionBarAdvisor extends ActionBarAdvisor {

    StudioActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        PolicyStatusItem item = new PolicyStatusItem();
        statusLine.add(item);
        ActivePolicy active = StudioPlugin.getDefault().activePolicy();
        active.addListener(item::update);
    }
}
