package org.agentproxy.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Shows a deployment's sub-tasks (targets, retries) as lines on the error stream. */
public final class PrintingMonitor extends NullProgressMonitor {

    private final PrintStream err;
    private final String prefix;

    public PrintingMonitor(PrintStream err, String prefix) {
        this.err = err;
        this.prefix = prefix;
    }

    @Override
    public void subTask(String name) {
        if (name != null && !name.isBlank()) {
            err.println(prefix + name);
        }
    }
}
