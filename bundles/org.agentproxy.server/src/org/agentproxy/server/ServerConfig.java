package org.agentproxy.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a policy server runs.
 *
 * @param dataDirectory where groups, versions, audit data, token hashes and the secret key live
 * @param bindAddress   the address to listen on; loopback unless told otherwise
 * @param port          the TCP port, or 0 for any free one ({@link PolicyServer#port()} says which)
 * @param maxBodyBytes  the largest request body accepted (a larger one gets 413)
 * @param authFailureLimit refused tokens per client address within a minute after which its requests get 429 until
 *                      the oldest is a minute old; 0 turns the limit off
 * @param tls           HTTPS: the certificate and what clients must present; {@code null}: plain HTTP
 * @param database      a PostgreSQL database as the store (replicas may share it; the data directory then holds
 *                      only the secret key, the first admin token and the refused-admin log); {@code null}: the
 *                      data directory is the store
 */
public record ServerConfig(Path dataDirectory, String bindAddress, int port, int maxBodyBytes,
        int authFailureLimit, ServerTls tls, DatabaseConfig database) {

    /** The default address: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8470;
    /** The default body limit: 1 MiB, far above any real policy. */
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    /** The default limit of refused tokens per client address and minute. */
    public static final int DEFAULT_AUTH_FAILURES = 30;

    public ServerConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: must be between 0 and 65535, not " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes: must be at least 1024, not " + maxBodyBytes);
        }
        if (authFailureLimit < 0) {
            throw new IllegalArgumentException("authFailureLimit: must be 0 (no limit) or more, not "
                    + authFailureLimit);
        }
    }

    /** The data directory as the store. */
    public ServerConfig(Path dataDirectory, String bindAddress, int port, int maxBodyBytes, int authFailureLimit,
            ServerTls tls) {
        this(dataDirectory, bindAddress, port, maxBodyBytes, authFailureLimit, tls, null);
    }

    /** Plain HTTP. */
    public ServerConfig(Path dataDirectory, String bindAddress, int port, int maxBodyBytes, int authFailureLimit) {
        this(dataDirectory, bindAddress, port, maxBodyBytes, authFailureLimit, null, null);
    }

    /** Loopback, the default port and limits, plain HTTP. */
    public static ServerConfig of(Path dataDirectory) {
        return new ServerConfig(dataDirectory, LOOPBACK, DEFAULT_PORT, DEFAULT_MAX_BODY, DEFAULT_AUTH_FAILURES);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(dataDirectory, bindAddress, value, maxBodyBytes, authFailureLimit, tls, database);
    }

    public ServerConfig withBindAddress(String value) {
        return new ServerConfig(dataDirectory, value, port, maxBodyBytes, authFailureLimit, tls, database);
    }

    public ServerConfig withMaxBodyBytes(int value) {
        return new ServerConfig(dataDirectory, bindAddress, port, value, authFailureLimit, tls, database);
    }

    public ServerConfig withAuthFailureLimit(int value) {
        return new ServerConfig(dataDirectory, bindAddress, port, maxBodyBytes, value, tls, database);
    }

    /** HTTPS with these settings ({@code null}: plain HTTP). */
    public ServerConfig withTls(ServerTls value) {
        return new ServerConfig(dataDirectory, bindAddress, port, maxBodyBytes, authFailureLimit, value, database);
    }

    /** A PostgreSQL database as the store ({@code null}: the data directory). */
    public ServerConfig withDatabase(DatabaseConfig value) {
        return new ServerConfig(dataDirectory, bindAddress, port, maxBodyBytes, authFailureLimit, tls, value);
    }
}
