package org.agentproxy.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, menu bar and status line. */
final class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

    static final String TITLE = Messages.StudioWindowAdvisor_agentProxyStudio;

    StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new StudioActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1240, 860));
        c.setShowCoolBar(false);
        c.setShowPerspectiveBar(false); // perspectives: Window menu (the bar would bring the main tool bar along)
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setTitle(TITLE);
    }
}
