package org.agentproxy.server.internal;

import java.util.Arrays;
import java.util.List;

import org.agentproxy.server.ServerLauncher;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code org.agentproxy.server.application}: the {@code agentproxy} script starts it
 * for {@code agentproxy server …}. Runs until the application is stopped or the JVM shuts down; its result is
 * the process exit code.
 */
public final class ServerApplication implements IApplication {

    private final ServerLauncher launcher = new ServerLauncher();

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        List<String> list = args == null ? List.of() : Arrays.asList(args);
        return launcher.run(list.isEmpty() || !list.get(0).equals("server") ? list : list.subList(1, list.size()),
                System.out, System.err);
    }

    @Override
    public void stop() {
        launcher.stop();
    }
}
