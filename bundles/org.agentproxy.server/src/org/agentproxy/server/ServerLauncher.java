package org.agentproxy.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.agentproxy.server.internal.tls.SelfSignedCertificate;

/**
 * {@code agentproxy server --data DIR [--bind ADDRESS] [--port N] [--max-body BYTES] [--auth-failures N] [TLS
 * options]}: runs a policy server until it is stopped (SIGTERM, Ctrl-C, {@link #stop}); {@code agentproxy server
 * init-tls DIR} makes a self-signed certificate. Plain HTTP on an address other than loopback is refused without
 * {@code --insecure-http}. Exit codes: 0 stopped (also by SIGTERM or Ctrl-C: requests in progress finish first), 2
 * bad arguments, 1 cannot start. Also a plain Java {@link #main} (no OSGi), which tests start in a separate JVM.
 */
public final class ServerLauncher {

    /** The help text. */
    public static final String HELP = """
            Usage: agentproxy server --data DIR [--bind ADDRESS] [--port N] [--max-body BYTES]
                                     [--auth-failures N] [TLS] [DATABASE]
                   agentproxy server init-tls DIR [--tls-hostname NAME]...
                   agentproxy server migrate --from DIR --to postgresql://HOST[:PORT]/DB [DB options]
                   agentproxy server migrate --from postgresql://… --to NEWDIR --key FILE [DB options]

            Runs the policy server agents poll, until it is stopped (Ctrl-C, SIGTERM).
              --data DIR        data directory (created on first start; the first start writes an
                                admin token to DIR/admin-token, readable by the owner only)
              --bind ADDRESS    address to listen on (default 127.0.0.1: loopback only)
              --port N          TCP port (default %d; 0 picks a free one)
              --max-body BYTES  largest request body accepted (default %d)
              --auth-failures N refused tokens per client address within a minute, after which
                                its requests get 429 until then (default %d; 0: no limit)

            DATABASE (replicas: any number of servers over one PostgreSQL database, docs/scaling.md):
              --store postgresql://HOST[:PORT]/DB
                                keep groups, versions, tokens and secrets there instead of in DIR
                                (DIR keeps secret.key, which every replica must share, the first
                                admin token and the refused-admin log)
              --db-user USER    the database user (default: PGUSER or the OS user)
              --db-password-file FILE
                                the database password in an owner-only file (default: PGPASSFILE
                                or ~/.pgpass)

            TLS (HTTPS; TLS 1.2 and 1.3 only, HTTP/1.1):
              --tls-cert FILE --tls-key FILE
                                certificate chain and private key as PEM files (the key owner-only)
              --tls-keystore FILE [--tls-password-file FILE]
                                a PKCS#12 key store; its password in an owner-only file, never on
                                the command line
              --tls-self-signed a self-signed certificate in DIR/tls, made on the first start
              --tls-hostname NAME
                                with --tls-self-signed or init-tls: a name or address the certificate
                                covers besides localhost, 127.0.0.1 and ::1 (repeatable)
              --tls-client-ca FILE
                                every client (agents and administrators) must present a certificate
                                issued by a CA in this PEM file; others are refused at the handshake
              --insecure-http   allow plain HTTP on an address other than loopback (behind a TLS proxy)
            init-tls DIR writes a self-signed DIR/server-cert.pem and DIR/server-key.pem (owner-only)
            and prints its SHA-256 fingerprint, which clients pin (--server-fingerprint).

            migrate copies every group, version, token record, secrets entry and audit entry from a
            data directory (no server running on it) into an empty database, or back into a new data
            directory (--key: the secret.key of the database's servers), and verifies the copy by
            reading both back. docs/scaling.md.

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
        if (!args.isEmpty() && args.get(0).equals("init-tls")) {
            return initTls(args.subList(1, args.size()), out, err);
        }
        if (!args.isEmpty() && args.get(0).equals("migrate")) {
            return ServerMigrate.run(args.subList(1, args.size()), out, err);
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
            if (!running.tls() && !isLoopback(config.bindAddress())) {
                err.println("agentproxy server: warning: plain HTTP on " + config.bindAddress()
                        + " (--insecure-http): tokens and proxy passwords cross the network in clear unless a TLS "
                        + "proxy is in front");
            }
            out.println("agentproxy server: listening on " + running.uri() + " (" + running.storeDescription() + ")");
            if (running.tls()) {
                out.println("agentproxy server: TLS certificate SHA-256 fingerprint " + running.fingerprint()
                        + (config.tls().clientCa() == null ? "" : "; clients must present a certificate"));
            }
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
        Map<String, Path> files = new HashMap<>();
        List<String> hostnames = new ArrayList<>();
        boolean selfSigned = false;
        boolean insecure = false;
        int authFailures = ServerConfig.DEFAULT_AUTH_FAILURES;
        String store = null;
        String dbUser = null;
        Path dbPasswordFile = null;
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
                case "--tls-cert", "--tls-key", "--tls-keystore", "--tls-password-file", "--tls-client-ca" -> {
                    if (files.put(arg, Path.of(value(it, arg))) != null) {
                        throw new IllegalArgumentException(arg + " is given twice");
                    }
                }
                case "--tls-hostname" -> hostnames.add(value(it, arg));
                case "--store" -> store = value(it, arg);
                case "--db-user" -> dbUser = value(it, arg);
                case "--db-password-file" -> dbPasswordFile = Path.of(value(it, arg));
                case "--tls-self-signed" -> selfSigned = true;
                case "--insecure-http" -> insecure = true;
                case "--tls-password", "--password", "--db-password" -> throw new IllegalArgumentException(arg + ": a password is "
                        + "never taken on the command line (other users see it in the process list): put it in a "
                        + "file only you can read and give --tls-password-file FILE");
                default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"");
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        ServerTls tls = tls(files, selfSigned, hostnames);
        if (tls == null && !insecure && !isLoopback(bind)) {
            throw new IllegalArgumentException("refusing plain HTTP on " + bind + ", which is not loopback: admin "
                    + "and agent tokens and proxy passwords would cross the network in clear; give --tls-cert and "
                    + "--tls-key, --tls-keystore or --tls-self-signed, or --insecure-http when a TLS proxy is in front");
        }
        if (tls != null && insecure) {
            throw new IllegalArgumentException("--insecure-http contradicts the TLS options given");
        }
        if (store == null && (dbUser != null || dbPasswordFile != null)) {
            throw new IllegalArgumentException("--db-user and --db-password-file belong to --store postgresql://…");
        }
        DatabaseConfig database = store == null ? null : new DatabaseConfig(store, dbUser, dbPasswordFile);
        return new ServerConfig(data, bind, port, maxBody, authFailures, tls, database);
    }

    private static ServerTls tls(Map<String, Path> files, boolean selfSigned, List<String> hostnames) {
        if (!hostnames.isEmpty() && !selfSigned) {
            throw new IllegalArgumentException("--tls-hostname belongs to --tls-self-signed (or init-tls)");
        }
        boolean pem = files.containsKey("--tls-cert") || files.containsKey("--tls-key");
        boolean keyStore = files.containsKey("--tls-keystore") || files.containsKey("--tls-password-file");
        if ((pem ? 1 : 0) + (keyStore ? 1 : 0) + (selfSigned ? 1 : 0) > 1) {
            throw new IllegalArgumentException("give one of --tls-cert/--tls-key, --tls-keystore or "
                    + "--tls-self-signed, not several");
        }
        if (files.containsKey("--tls-password-file") && !files.containsKey("--tls-keystore")) {
            throw new IllegalArgumentException("--tls-password-file needs --tls-keystore");
        }
        if (selfSigned) {
            SelfSignedCertificate.checkNames(hostnames);
        }
        ServerTls tls = selfSigned ? ServerTls.selfSigned(hostnames)
                : keyStore ? ServerTls.keyStore(files.get("--tls-keystore"), files.get("--tls-password-file"))
                : pem ? ServerTls.pem(files.get("--tls-cert"), files.get("--tls-key")) : null;
        if (files.containsKey("--tls-client-ca")) {
            if (tls == null) {
                throw new IllegalArgumentException("--tls-client-ca needs TLS (--tls-cert and --tls-key, "
                        + "--tls-keystore or --tls-self-signed)");
            }
            tls = tls.withClientCa(files.get("--tls-client-ca"));
        }
        return tls;
    }

    /** {@code init-tls DIR [--tls-hostname NAME]...}: a self-signed pair for the server; exit code. */
    static int initTls(List<String> args, PrintStream out, PrintStream err) {
        Path dir = null;
        List<String> hostnames = new ArrayList<>();
        for (Iterator<String> it = args.iterator(); it.hasNext();) {
            String arg = it.next();
            if (arg.equals("--tls-hostname") || arg.equals("--hostname")) {
                hostnames.add(it.hasNext() ? it.next() : "");
            } else if (arg.startsWith("-") || dir != null) {
                err.println("agentproxy server init-tls: unexpected \"" + arg + "\" (usage: agentproxy server "
                        + "init-tls DIR [--tls-hostname NAME]...)");
                return 2;
            } else {
                dir = Path.of(arg);
            }
        }
        if (dir == null) {
            err.println("agentproxy server init-tls: give the folder to write the certificate and key to");
            return 2;
        }
        try {
            var made = SelfSignedCertificate.write(dir, hostnames);
            out.println("agentproxy server: wrote " + dir.resolve(SelfSignedCertificate.CERTIFICATE) + " and "
                    + dir.resolve(SelfSignedCertificate.KEY) + " (owner only), a self-signed certificate for "
                    + String.join(", ", made.names()) + ", valid until "
                    + made.certificate().getNotAfter().toInstant());
            out.println("agentproxy server: SHA-256 fingerprint " + made.fingerprint());
            out.println("agentproxy server: start with --tls-cert " + dir.resolve(SelfSignedCertificate.CERTIFICATE)
                    + " --tls-key " + dir.resolve(SelfSignedCertificate.KEY)
                    + "; clients pin it with --server-fingerprint " + made.fingerprint());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("agentproxy server init-tls: " + e.getMessage());
            return 2;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println("agentproxy server init-tls: " + e.getFile() + " exists already; nothing was overwritten");
            return 2;
        } catch (IOException e) {
            err.println("agentproxy server init-tls: cannot write to " + dir + ": " + e.getMessage());
            return 1;
        }
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
