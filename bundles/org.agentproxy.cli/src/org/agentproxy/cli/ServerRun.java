package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.server.DatabaseConfig;
import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.ServerLauncher;
import org.agentproxy.server.ServerMigrate;
import org.agentproxy.server.ServerTls;

/**
 * What {@link ServerCommand} and its subcommands do with the server's classes, apart from their picocli models: the
 * command line's own configuration has no server bundles (their import is optional, lib/cli-configuration.sh leaves
 * them out: issue 15), yet builds those models for {@code agentproxy help} and completion, which read the commands'
 * fields and methods. {@code agentproxy server …} itself starts with the whole configuration.
 */
final class ServerRun {

    private final ServerLauncher launcher = new ServerLauncher();

    int run(ServerCommand command, PrintStream out, PrintStream err) throws UsageError {
        ServerTls serverTls = tls(command);
        if (serverTls == null && !command.insecureHttp && !ServerLauncher.isLoopback(command.bind)) {
            throw new UsageError(NLS.bind(Messages.ServerCommand_refusingPlainHttpOn0, command.bind));
        }
        if (serverTls != null && command.insecureHttp) {
            throw new UsageError(Messages.ServerCommand_insecureHttpContradicts);
        }
        if (command.store == null && (command.dbUser != null || command.dbPasswordFile != null)) {
            throw new UsageError(Messages.ServerCommand_dbUserBelongsToStore);
        }
        DatabaseConfig database = command.store == null ? null
                : new DatabaseConfig(command.store, command.dbUser, command.dbPasswordFile);
        return launcher.run(new ServerConfig(command.data, command.bind, command.port, command.maxBody,
                command.authFailures, serverTls, database), out, err);
    }

    void stop() {
        launcher.stop();
    }

    private static ServerTls tls(ServerCommand command) throws UsageError {
        if (!command.hostnames.isEmpty() && !command.selfSigned) {
            throw new UsageError(Messages.ServerCommand_tlsHostnameBelongsToSelfSigned);
        }
        boolean pem = command.certificate != null || command.key != null;
        boolean fromKeyStore = command.keyStore != null || command.passwordFile != null;
        if ((pem ? 1 : 0) + (fromKeyStore ? 1 : 0) + (command.selfSigned ? 1 : 0) > 1) {
            throw new UsageError(Messages.ServerCommand_giveOneTlsSource);
        }
        if (command.passwordFile != null && command.keyStore == null) {
            throw new UsageError(Messages.ServerCommand_tlsPasswordFileNeedsKeystore);
        }
        ServerTls tls = command.selfSigned ? ServerTls.selfSigned(command.hostnames)
                : fromKeyStore ? ServerTls.keyStore(command.keyStore, command.passwordFile)
                : pem ? ServerTls.pem(command.certificate, command.key) : null;
        if (command.clientCa != null) {
            if (tls == null) {
                throw new UsageError(Messages.ServerCommand_tlsClientCaNeedsTls);
            }
            tls = tls.withClientCa(command.clientCa);
        }
        return tls;
    }

    static int initTls(Path dir, List<String> hostnames, PrintStream out, PrintStream err) {
        return ServerLauncher.initTls(dir, hostnames, out, err);
    }

    static int migrate(String from, String to, String user, Path passwordFile, Path key, PrintStream out,
            PrintStream err) {
        return ServerMigrate.run(from, to, user, passwordFile, key, out, err);
    }
}
