package org.agentproxy.cli;

import java.io.PrintStream;
import java.util.List;

import org.agentproxy.server.ServerLauncher;

/**
 * {@code agentproxy server --data DIR …}: runs the policy server in this process until it is stopped. The
 * product's {@code agentproxy} script starts {@code server} as its own Equinox application
 * ({@code org.agentproxy.server.application}, with server JVM options); this command does the same from the
 * command-line application.
 */
public final class ServerCommand implements Command {

    @Override
    public String name() {
        return "server"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.ServerCommand_serverDataDIRPortN;
    }

    @Override
    public String summary() {
        return Messages.ServerCommand_runThePolicyServerAgents;
    }

    @Override
    public String help() {
        return ServerLauncher.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return new ServerLauncher().run(args, out, err);
    }
}
