package org.agentproxy.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.agentproxy.server.internal.http.JsonErrorHandler;
import org.agentproxy.server.internal.http.Router;
import org.agentproxy.server.internal.status.AgentStatusStore;
import org.agentproxy.server.internal.status.FileAgentStatusStore;
import org.agentproxy.server.internal.status.GroupVersions;
import org.agentproxy.server.internal.status.PgAgentStatusStore;
import org.agentproxy.server.internal.store.DataDirectory;
import org.agentproxy.server.internal.store.FileStore;
import org.agentproxy.server.internal.store.PgStore;
import org.agentproxy.server.internal.store.ServerStore;
import org.agentproxy.server.internal.tls.ServerSsl;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running policy server: Jetty on one port over one data directory (which it locks). Start it with
 * {@link #start}, stop it with {@link #close}. The first start writes an admin token to
 * {@code DATA/admin-token}. Thread-safe.
 */
public final class PolicyServer implements AutoCloseable {

    private final Server jetty;
    private final ServerConnector connector;
    private final ServerStore store;
    private final AgentStatusStore agents;
    private final ServerSsl ssl;
    private boolean closed;

    private PolicyServer(Server jetty, ServerConnector connector, ServerStore store, AgentStatusStore agents,
            ServerSsl ssl) {
        this.agents = agents;
        this.jetty = jetty;
        this.connector = connector;
        this.store = store;
        this.ssl = ssl;
    }

    /**
     * Opens the data directory and starts listening.
     *
     * @param log receives start-up notes and failures, one line each (never a token or a secret value)
     * @throws IOException when the directory cannot be used (e.g. another server holds it) or the port is taken
     */
    public static PolicyServer start(ServerConfig config, Consumer<String> log) throws IOException {
        return start(config, StatusSettings.DEFAULTS, log);
    }

    /** {@link #start(ServerConfig, Consumer)} keeping the fleet status as {@code status} says. */
    public static PolicyServer start(ServerConfig config, StatusSettings status, Consumer<String> log)
            throws IOException {
        DataDirectory data = DataDirectory.open(config.dataDirectory());
        // the PostgreSQL store's classes (and pgjdbc, HikariCP) are loaded only on this branch
        ServerStore store = config.database() == null ? FileStore.open(data, log)
                : PgStore.open(data, config.database(), log);
        AgentStatusStore agents;
        try {
            // the fleet status beside the policies: in the data directory, or in the database every replica shares
            // (docs/fleet-status.md); the cast is resolved only on this branch, so a file store loads nothing of it
            agents = config.database() != null
                    ? PgAgentStatusStore.open(((PgStore) store).database(), status, log)
                    : FileAgentStatusStore.open(data.path(), status, name -> {
                        var group = store.groups().get(name);
                        return group == null ? null : GroupVersions.of(group);
                    }, log);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        ServerSsl ssl;
        try {
            ssl = config.tls() == null ? null : ServerSsl.load(config.tls(), store.dataDirectory().path(), log);
        } catch (IOException | RuntimeException e) {
            closeQuietly(agents);
            store.close();
            throw e;
        }
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("policy-server");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // strict on the wire: no ambiguous or encoded separators, dots or control characters in a path, and no
        // obsolete header forms; what they refuse is answered by JsonErrorHandler as the API's JSON error
        http.setUriCompliance(UriCompliance.DEFAULT);
        http.setHttpCompliance(HttpCompliance.RFC9110);
        // selectors: Jetty's default (half the cores) unless -Dagentproxy.server.selectors=N says otherwise
        int selectors = Integer.getInteger("agentproxy.server.selectors", -1);
        ServerConnector connector;
        if (ssl == null) {
            connector = new ServerConnector(jetty, 1, selectors, new HttpConnectionFactory(http));
        } else {
            // HTTP/1.1 only (no ALPN, no HTTP/2: docs/server.md#tls); the client's Host need not match the SNI name
            http.addCustomizer(new SecureRequestCustomizer(false));
            connector = new ServerConnector(jetty, 1, selectors, new SslConnectionFactory(ssl.factory(), "http/1.1"),
                    new HttpConnectionFactory(http));
        }
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        jetty.addConnector(connector);
        jetty.setHandler(new Router(store, config.maxBodyBytes(), config.authFailureLimit(), agents, status, threads,
                log));
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            closeQuietly(agents);
            store.close();
            throw new IOException("cannot listen on " + config.bindAddress() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
        return new PolicyServer(jetty, connector, store, agents, ssl);
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://ADDRESS:PORT/} (or {@code https://}): the base of the API. */
    public URI uri() {
        String host = connector.getHost();
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return URI.create((ssl == null ? "http" : "https") + "://" + h + ":" + port() + "/");
    }

    /** Whether it speaks HTTPS. */
    public boolean tls() {
        return ssl != null;
    }

    /** The SHA-256 fingerprint of its TLS certificate (as {@code openssl x509 -fingerprint -sha256}), or null. */
    public String fingerprint() {
        return ssl == null ? null : ssl.fingerprint();
    }

    public Path dataDirectory() {
        return store.dataDirectory().path();
    }

    /** Where the state is: {@code data: DIR}, or {@code store: postgresql://…, data: DIR}. */
    public String storeDescription() {
        return store.describe();
    }

    /** Waits until the server is stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops listening (requests in progress finish) and releases the data directory; once. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) { // stopped already (a signal, then the launcher's try-with-resources): a second call waits for it
            return;
        }
        closed = true;
        try {
            stopQuietly(jetty);
        } finally {
            try {
                agents.close(); // the last snapshot of the fleet status
            } finally {
                store.close();
            }
        }
    }

    private static void closeQuietly(AgentStatusStore agents) {
        try {
            agents.close();
        } catch (IOException | RuntimeException e) {
            // failing already: the first failure is the one reported
        }
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping: nothing left to do about it
        }
    }
}
