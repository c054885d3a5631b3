package org.agentproxy.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.server.ServerLauncher;

import picocli.CommandLine;
import picocli.CommandLine.Unmatched;

/**
 * {@code agentproxy server --data DIR …}: runs the policy server in this process until it is stopped. The
 * product's {@code agentproxy} script starts {@code server} as its own Equinox application
 * ({@code org.agentproxy.server.application}, with server JVM options), whose {@link ServerLauncher} reads the
 * options; this command hands its arguments, {@code --help} included, to the same launcher.
 */
@CommandLine.Command(name = "server")
public final class ServerCommand implements Command {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public int call(PrintStream out, PrintStream err) {
        return new ServerLauncher().run(args == null ? List.of() : args, out, err);
    }

    /** The server's own help (its options are the server application's). */
    static String help() {
        return ServerLauncher.HELP;
    }
}
