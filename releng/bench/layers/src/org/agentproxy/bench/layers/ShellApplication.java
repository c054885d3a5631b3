package org.agentproxy.bench.layers;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** The OSGi layer: the bare SWT shell of releng/bench/BareShell.java, opened by an application of the product. */
public final class ShellApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Bench OSGi Shell");
        shell.setSize(1100, 760);
        shell.open();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
        return EXIT_OK;
    }

    @Override
    public void stop() {
        // the benchmark kills the process
    }
}
