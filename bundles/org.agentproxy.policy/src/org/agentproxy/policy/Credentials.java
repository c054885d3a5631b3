package org.agentproxy.policy;

/**
 * User name and password for an authenticating proxy whose address the agent finds elsewhere
 * (external agents: the endpoint's system proxy).
 *
 * @param user     user name, or {@code null}
 * @param password reference to the stored password, or {@code null}
 */
public record Credentials(String user, SecretRef password) {

    public static final Credentials NONE = new Credentials(null, null);

    public Credentials {
        user = Values.text(user);
    }

    public Credentials withUser(String value) {
        return new Credentials(value, password);
    }

    public Credentials withPassword(SecretRef value) {
        return new Credentials(user, value);
    }
}
