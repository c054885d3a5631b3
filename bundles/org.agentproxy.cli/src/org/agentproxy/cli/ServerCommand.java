package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


// compile-time constants only, no class of the server bundle loaded (see ServerRun)
import org.agentproxy.server.ServerConfig;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agentproxy server --data DIR [--bind ADDRESS] [--port N] [--max-body BYTES] [--auth-failures N] [TLS]
 * [DATABASE]}: runs the policy server in this process until it is stopped (SIGTERM, Ctrl-C, {@link #stop}); its
 * subcommands {@code init-tls} (a self-signed certificate) and {@code migrate} (a data directory into PostgreSQL and
 * back). The product's {@code agentproxy} script starts {@code server} as its own Equinox application
 * ({@code org.agentproxy.cli.server}, with server JVM options); tests and tools start
 * {@code org.agentproxy.cli.internal.ServerMain} in a plain JVM. Plain HTTP on an address other than loopback is
 * refused without {@code --insecure-http}; passwords come from owner-only files only. Exit codes: 0 stopped, 2 bad
 * arguments, 1 cannot start.
 */
@CommandLine.Command(name = "server", subcommands = { ServerCommand.InitTls.class, ServerCommand.Migrate.class })
public final class ServerCommand implements Command {

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    Path data;

    @Option(names = "--bind", paramLabel = "ADDRESS", descriptionKey = "bind")
    String bind = ServerConfig.LOOPBACK;

    @Option(names = "--port", paramLabel = "N", converter = Port.class, descriptionKey = "port")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--max-body", paramLabel = "BYTES", converter = MaxBody.class, descriptionKey = "max-body")
    int maxBody = ServerConfig.DEFAULT_MAX_BODY;

    @Option(names = "--auth-failures", paramLabel = "N", converter = AuthFailures.class,
            descriptionKey = "auth-failures")
    int authFailures = ServerConfig.DEFAULT_AUTH_FAILURES;

    @Option(names = "--store", paramLabel = "postgresql://HOST[:PORT]/DB", descriptionKey = "store")
    String store;

    @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "db-user")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE", descriptionKey = "db-password-file")
    Path dbPasswordFile;

    @Option(names = "--tls-cert", paramLabel = "FILE", descriptionKey = "tls-cert")
    Path certificate;

    @Option(names = "--tls-key", paramLabel = "FILE", descriptionKey = "tls-key")
    Path key;

    @Option(names = "--tls-keystore", paramLabel = "FILE", descriptionKey = "tls-keystore")
    Path keyStore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", descriptionKey = "tls-password-file")
    Path passwordFile;

    @Option(names = "--tls-self-signed", descriptionKey = "tls-self-signed")
    boolean selfSigned;

    @Option(names = "--tls-hostname", paramLabel = "NAME", descriptionKey = "tls-hostname")
    List<String> hostnames = new ArrayList<>();

    @Option(names = "--tls-client-ca", paramLabel = "FILE", descriptionKey = "tls-client-ca")
    Path clientCa;

    @Option(names = "--insecure-http", descriptionKey = "insecure-http")
    boolean insecureHttp;

    // passwords: never on the command line (other users see it in the process list); named to refuse them clearly
    @Option(names = "--tls-password", hidden = true, paramLabel = "PASSWORD",
            descriptionKey = "server.refused-password")
    String tlsPasswordRefused;

    @Option(names = "--password", hidden = true, paramLabel = "PASSWORD",
            descriptionKey = "server.refused-password")
    String passwordRefused;

    @Option(names = "--db-password", hidden = true, paramLabel = "PASSWORD",
            descriptionKey = "server.refused-password")
    String dbPasswordRefused;

    // the server's classes are touched only when a server runs (ServerRun): the command line's own configuration
    // has no server bundles (lib/cli-configuration.sh), and picocli reads this class's fields and methods for `help`
    private ServerRun running;

    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        refusePassword("--tls-password", tlsPasswordRefused, "--tls-password-file"); //$NON-NLS-1$ //$NON-NLS-2$
        refusePassword("--password", passwordRefused, "--tls-password-file"); //$NON-NLS-1$ //$NON-NLS-2$
        refusePassword("--db-password", dbPasswordRefused, "--db-password-file"); //$NON-NLS-1$ //$NON-NLS-2$
        if (data == null) {
            throw new UsageError(Messages.ServerCommand_dataIsRequired);
        }
        try {
            return running().run(this, out, err);
        } catch (IllegalArgumentException e) { // a value the server's configuration refuses, naming the option
            throw new UsageError(e.getMessage());
        }
    }

    /**
     * Stops a server started by {@link #call} (or {@link #run}), which then returns 0: what SIGTERM does.
     *
     * @since 0.2.0
     */
    public void stop() {
        running().stop();
    }

    private synchronized ServerRun running() {
        if (running == null) {
            running = new ServerRun();
        }
        return running;
    }

    /** A password option: refused, its value never printed. */
    static void refusePassword(String option, String value, String fileOption) throws UsageError {
        if (value != null) {
            throw new UsageError(NLS.bind(Messages.ServerCommand_0APasswordIsNeverTaken, option, fileOption));
        }
    }

    /** {@code agentproxy server init-tls DIR [--tls-hostname NAME]...}: a self-signed pair for the server. */
    @CommandLine.Command(name = "init-tls")
    static final class InitTls implements Command {

        @Parameters(paramLabel = "DIR", arity = "0..1", descriptionKey = "dir")
        Path dir;

        @Option(names = { "--tls-hostname", "--hostname" }, paramLabel = "NAME", descriptionKey = "tls-hostname")
        List<String> hostnames = new ArrayList<>();

        @Override
        public int call(PrintStream out, PrintStream err) throws UsageError {
            if (dir == null) {
                throw new UsageError(Messages.ServerCommand_giveTheFolder);
            }
            return ServerRun.initTls(dir, hostnames, out, err);
        }
    }

    /**
     * {@code agentproxy server migrate --from DIR --to postgresql://… [--db-user U] [--db-password-file F]} and the
     * way back, {@code --from postgresql://… --to NEWDIR --key FILE}.
     */
    @CommandLine.Command(name = "migrate")
    static final class Migrate implements Command {

        @Option(names = "--from", paramLabel = "DIR|URL", descriptionKey = "from")
        String from;

        @Option(names = "--to", paramLabel = "URL|DIR", descriptionKey = "to")
        String to;

        @Option(names = "--key", paramLabel = "FILE", descriptionKey = "key")
        Path key;

        @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "db-user")
        String user;

        @Option(names = "--db-password-file", paramLabel = "FILE", descriptionKey = "db-password-file")
        Path passwordFile;

        @Option(names = "--db-password", hidden = true, paramLabel = "PASSWORD",
                descriptionKey = "server.refused-password")
        String passwordRefused;

        @Override
        public int call(PrintStream out, PrintStream err) throws UsageError {
            refusePassword("--db-password", passwordRefused, "--db-password-file"); //$NON-NLS-1$ //$NON-NLS-2$
            if (from == null || to == null) {
                throw new UsageError(Messages.ServerCommand_giveFromAndTo);
            }
            try {
                return ServerRun.migrate(from, to, user, passwordFile, key, out, err);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
    }

    /** {@code --port}: 0 (any free port) to 65535. */
    static final class Port extends Choices.WholeNumber {

        Port() {
            super(0, 65535);
        }
    }

    /** {@code --max-body}: at least 1 KiB. */
    static final class MaxBody extends Choices.WholeNumber {

        MaxBody() {
            super(1024, Integer.MAX_VALUE - 1);
        }
    }

    /** {@code --auth-failures}: 0 (no limit) to a million. */
    static final class AuthFailures extends Choices.WholeNumber {

        AuthFailures() {
            super(0, 1_000_000);
        }
    }
}
