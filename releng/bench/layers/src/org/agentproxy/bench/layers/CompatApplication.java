package org.agentproxy.bench.layers;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The compatibility layer: the 3.x workbench with the studio's window (size, status line, progress indicator, no
 * tool bar) and layout, views that show a label, and no editor: what the studio's window costs without the studio.
 */
public final class CompatApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return CompatPerspective.ID;
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
                    return new WorkbenchWindowAdvisor(configurer) {
                        @Override
                        public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
                            return new ActionBarAdvisor(bars) {
                                @Override
                                protected void fillMenuBar(IMenuManager menuBar) {
                                    MenuManager file = new MenuManager("File", IWorkbenchActionConstants.M_FILE);
                                    file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
                                    menuBar.add(file);
                                    menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
                                }
                            };
                        }

                        @Override
                        public void preWindowOpen() {
                            IWorkbenchWindowConfigurer c = getWindowConfigurer();
                            c.setInitialSize(new Point(1240, 860));
                            c.setShowCoolBar(false);
                            c.setShowPerspectiveBar(false);
                            c.setShowStatusLine(true);
                            c.setShowProgressIndicator(true);
                            c.setTitle("Bench Compat Window");
                        }
                    };
                }
            });
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // the benchmark kills the process
    }
}
