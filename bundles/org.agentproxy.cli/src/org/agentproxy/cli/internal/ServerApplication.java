package org.agentproxy.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.agentproxy.cli.ServerCommand;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code org.agentproxy.cli.server}: the {@code agentproxy} script starts it for
 * {@code agentproxy server …} (with server JVM options, docs/server.md). Parses the arguments like
 * {@code agentproxy server} ({@link ServerCommand}) and runs until the application is stopped or the JVM shuts down;
 * its result is the process exit code.
 */
public final class ServerApplication implements IApplication {

    private final ServerCommand command = new ServerCommand();

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        List<String> list = args == null ? List.of() : Arrays.asList(args);
        return command.run(list.isEmpty() || !list.get(0).equals("server") ? list : list.subList(1, list.size()), //$NON-NLS-1$
                System.out, System.err);
    }

    @Override
    public void stop() {
        command.stop();
    }
}
