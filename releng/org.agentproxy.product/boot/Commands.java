package org.agentproxy.boot;

import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * The command line's start: Equinox's {@link EclipseStarter} called directly, the framework on the JVM's class path
 * ({@code lib/boot/commands.jar} and {@code plugins/org.eclipse.osgi.unsigned.jar}, see {@code lib/find-java.sh}), in
 * place of {@code org.eclipse.equinox.launcher.Main}. The launcher reads {@code config.ini} and the framework's
 * manifests, makes a class loader for the framework and its extensions, and sets properties for the workbench
 * (splash, restart, {@code eclipse.commands}); the commands need none of that, and it cost a sixth of their start
 * (issue 15, docs/architecture.md "Start-up"). The command line's configuration has no framework extension (p2's
 * {@code compatibility.state}, which only the whole configuration needs).
 *
 * <p>The arguments are EclipseStarter's ({@code -configuration DIR -application ID -data @none COMMAND…}); the
 * process exits with the application's result, as under the launcher: an {@link Integer} result, else
 * {@code eclipse.exitcode} as EclipseStarter set it (13 when the framework or the application could not start).
 */
public final class Commands {

    private static final String EXIT_CODE = "eclipse.exitcode"; //$NON-NLS-1$

    private Commands() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("eclipse.startTime") == null) { //$NON-NLS-1$
            System.setProperty("eclipse.startTime", Long.toString(System.currentTimeMillis())); //$NON-NLS-1$
        }
        Object result = EclipseStarter.run(args, null);
        if (EclipseStarter.isRunning()) {
            EclipseStarter.shutdown();
        }
        System.out.flush();
        System.exit(exitCode(result, System.getProperty(EXIT_CODE)));
    }

    static int exitCode(Object result, String property) {
        if (result instanceof Integer code) {
            return code;
        }
        try {
            return property == null ? 13 : Integer.parseInt(property.trim());
        } catch (NumberFormatException notANumber) {
            return 13;
        }
    }
}
