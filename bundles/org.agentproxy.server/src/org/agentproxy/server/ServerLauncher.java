package org.agentproxy.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * {@code agentproxy server --data DIR [--bind ADDRESS] [--port N] [--max-body BYTES] [--auth-failures N]}: runs a
 * policy server until it is stopped (SIGTERM, Ctrl-C, {@link #stop}). Exit codes: 0 stopped (also by SIGTERM or
 * Ctrl-C: requests in progress finish first), 2 bad arguments, 1 cannot start. Also a plain Java {@link #main} (no
 * OSGi), which tests start in a separate JVM.
 */
public final class ServerLauncher {

    /** The help text. */
    public static final String HELP = """
            Usage: agentproxy server --data DIR [--bind ADDRESS] [--port N] [--max-body BYTES]
                                     [--auth-failures N]

            Runs the policy server agents poll, until it is stopped (Ctrl-C, SIGTERM).
              --data DIR        data directory (created on first start; the first start writes an
                                admin token to DIR/admin-token, readable by the owner only)
              --bind ADDRESS    address to listen on (default 127.0.0.1: loopback only)
              --port N          TCP port (default %d; 0 picks a free one)
              --max-body BYTES  largest request body accepted (default %d)
              --auth-failures N refused tokens per client address within a minute, after which
                                its requests get 429 until then (default %d; 0: no limit)

            Prints "listening on URL" once it accepts requests. API and data: docs/server.md.
            Exit codes: 0 stopped (also by SIGTERM or Ctrl-C), 2 bad arguments, 1 cannot start."""
            .formatted(ServerConfig.DEFAULT_PORT, ServerConfig.DEFAULT_MAX_BODY, ServerConfig.DEFAULT_AUTH_FAILURES);

    private volatile PolicyServer server;
    private volatile boolean stopped;

    /** Runs a server in this JVM until it stops, then exits with the launcher's exit code. */
    public static void main(String[] args) {
        System.exit(new ServerLauncher().run(Arrays.asList(args), System.out, System.err));
    }

    /** Parses the arguments, starts the server and waits until it is stopped; returns the exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR"); // no "no SLF4J provider" notice
        }
        ServerConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("agentproxy server: " + e.getMessage() + " (see agentproxy server --help)");
            return 2;
        }
        if (config == null) {
            out.println(HELP);
            return 0;
        }
        try (PolicyServer running = PolicyServer.start(config, line -> err.println("agentproxy server: " + line));
                StopSignals signals = StopSignals.install(this::stop)) {
            server = running;
            if (!isLoopback(config.bindAddress())) {
                err.println("agentproxy server: warning: listening on " + config.bindAddress()
                        + ", not only loopback; the API is plain HTTP: put a TLS proxy in front");
            }
            out.println("agentproxy server: listening on " + running.uri() + " (data: " + running.dataDirectory()
                    + ")");
            out.flush();
            if (!stopped) {
                running.join();
            }
            err.println("agentproxy server: stopped");
            return 0;
        } catch (IOException e) {
            err.println("agentproxy server: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Stops a server started by {@link #run}; {@code run} then returns. */
    public void stop() {
        stopped = true;
        PolicyServer running = server;
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }
    }

    /** The configuration the arguments ask for, or {@code null} for {@code --help}. */
    static ServerConfig parse(List<String> args) {
        Path data = null;
        String bind = ServerConfig.LOOPBACK;
        int port = ServerConfig.DEFAULT_PORT;
        int maxBody = ServerConfig.DEFAULT_MAX_BODY;
        int authFailures = ServerConfig.DEFAULT_AUTH_FAILURES;
        for (Iterator<String> it = args.iterator(); it.hasNext();) {
            String arg = it.next();
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--data" -> data = Path.of(value(it, arg));
                case "--bind" -> bind = value(it, arg);
                case "--port" -> port = number(value(it, arg), arg, 0, 65535);
                case "--max-body" -> maxBody = number(value(it, arg), arg, 1024, Integer.MAX_VALUE - 1);
                case "--auth-failures" -> authFailures = number(value(it, arg), arg, 0, 1_000_000);
                default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"");
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        return new ServerConfig(data, bind, port, maxBody, authFailures);
    }

    private static String value(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    private static int number(String text, String option, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number between " + min + " and " + max
                + ", not \"" + text + "\"");
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
