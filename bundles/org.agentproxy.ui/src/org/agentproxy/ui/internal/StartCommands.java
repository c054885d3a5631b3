package org.agentproxy.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The start option {@code -command COMMAND} (repeatable): runs a command once the window is open, as its menu item
 * would, in its serialized form with parameters, e.g. {@code org.eclipse.ui.help.aboutAction} or
 * {@code org.eclipse.ui.views.showView(org.eclipse.ui.views.showView.viewId=org.agentproxy.deployment.ui.fleetStatus)}.
 * The pseudo-translated run (releng/scripts/pseudo-translate.sh) opens each dialog and view with it to take its
 * screenshot; an administrator can use it to start on a view.
 */
final class StartCommands {

    private StartCommands() {
    }

    /** The commands of the start options, in order. */
    static List<String> option() {
        String[] args = Platform.getApplicationArgs();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if ("-command".equals(args[i])) { //$NON-NLS-1$
                commands.add(args[i + 1]);
            }
        }
        return commands;
    }

    /** Runs each command after the events queued now (a dialog a command opens does not hold up start-up). */
    static void runLater(IWorkbench workbench) {
        for (String serialized : option()) {
            Display.getCurrent().asyncExec(() -> run(workbench, serialized));
        }
    }

    private static void run(IWorkbench workbench, String serialized) {
        try {
            ParameterizedCommand command = workbench.getService(ICommandService.class).deserialize(serialized);
            workbench.getService(IHandlerService.class).executeCommand(command, null);
        } catch (CommandException | RuntimeException e) {
            ILog.of(StartCommands.class).warn("-command " + serialized + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
