package org.agentproxy.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.server.internal.tls.SelfSignedCertificate;

/**
 * Runs a policy server from a {@link ServerConfig} until it is stopped (SIGTERM, Ctrl-C, {@link #stop}), printing
 * what an administrator needs ("listening on URL", the TLS fingerprint, a warning for plain HTTP off loopback); and
 * makes a self-signed certificate ({@link #initTls}). The command line ({@code agentproxy server}, its options, help
 * and completion) is the CLI bundle's; this class takes values, not arguments.
 *
 * @since 1.0.0
 */
public final class ServerLauncher {

    /** The exit code: stopped (also by SIGTERM or Ctrl-C: requests in progress finish first), or done. */
    public static final int OK = 0;
    /** The exit code: cannot start, or cannot write. */
    public static final int FAILED = 1;
    /** The exit code: a value cannot be used (the message names it). */
    public static final int INVALID = 2;

    private volatile PolicyServer server;
    private volatile boolean stopped;

    /** Starts a server with {@code config} and waits until it is stopped; returns {@link #OK} or {@link #FAILED}. */
    public int run(ServerConfig config, PrintStream out, PrintStream err) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR"); // no "no SLF4J provider" notice
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
            return OK;
        } catch (IOException e) {
            err.println("agentproxy server: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
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

    /**
     * Writes a self-signed {@code DIR/server-cert.pem} and {@code DIR/server-key.pem} (owner-only) for localhost,
     * 127.0.0.1, ::1 and {@code hostnames}, and prints its SHA-256 fingerprint, which clients pin. Nothing is
     * overwritten.
     *
     * @return {@link #OK}; {@link #INVALID} a name is not a host name or address, or a file exists already;
     *         {@link #FAILED} cannot write
     */
    public static int initTls(Path dir, List<String> hostnames, PrintStream out, PrintStream err) {
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
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("agentproxy server init-tls: " + e.getMessage());
            return INVALID;
        } catch (FileAlreadyExistsException e) {
            err.println("agentproxy server init-tls: " + e.getFile() + " exists already; nothing was overwritten");
            return INVALID;
        } catch (IOException e) {
            err.println("agentproxy server init-tls: cannot write to " + dir + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** Whether {@code address} (a name or an IP address) is a loopback address; an unknown name is not. */
    public static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
