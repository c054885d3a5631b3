package org.agentproxy.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The studio application: creates the display and runs the workbench. */
public final class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        preloadClasses();
        Display display = PlatformUI.createDisplay();
        try {
            int rc = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor());
            return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /**
     * Starts loading the classes the UI thread needs for the first window ahead, on the core the UI thread leaves idle,
     * when the product has a class list from its build's training run ({@link ClassPreloader}).
     */
    private static void preloadClasses() {
        Location install = Platform.getInstallLocation();
        if (install == null || install.getURL() == null || !"file".equals(install.getURL().getProtocol())) { //$NON-NLS-1$
            return;
        }
        Bundle bundle = FrameworkUtil.getBundle(Application.class);
        ClassPreloader.start(bundle == null ? null : bundle.getBundleContext(),
                Path.of(install.getURL().getPath(), "lib", "aot", "studio.classes"), Application.class.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().syncExec(() -> {
            if (!workbench.getDisplay().isDisposed()) {
                workbench.close();
            }
        });
    }
}
