package org.agentproxy.connection;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and password for proxy authentication (HTTP Basic; for SOCKS4 the user name is the user id and
 * the password is not used). The password is copied in and wiped by {@link #close()}; {@link #toString()} never
 * shows it.
 */
public final class ProxyCredentials implements AutoCloseable {

    private final String user;
    private final char[] password;

    /**
     * @param user     the user name, not empty; Basic authentication forbids ':' in it
     * @param password the password (copied; the caller may wipe its array), or {@code null} for none
     */
    public ProxyCredentials(String user, char[] password) {
        Objects.requireNonNull(user, "user");
        if (user.isEmpty()) {
            throw new IllegalArgumentException("proxy user: is empty");
        }
        this.user = user;
        this.password = password == null ? new char[0] : password.clone();
    }

    public String user() {
        return user;
    }

    /** A copy of the password, for the handshake; the caller wipes it. */
    public char[] password() {
        return password.clone();
    }

    /** Whether a password is set. */
    public boolean hasPassword() {
        return password.length > 0;
    }

    /** Wipes the password. */
    @Override
    public void close() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "ProxyCredentials[user=" + user + ", password=" + (hasPassword() ? "***" : "none") + "]";
    }
}
