package org.agentproxy.deployment;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The agent groups of a policy server, over its admin API: list them, create one, issue a new agent token, delete
 * one. An OSGi service (the {@code http} implementation speaks to {@code http}/{@code https} servers);
 * {@link #overHttp()} gives one outside OSGi. Every call blocks on the network: call it off the UI thread. Messages
 * name the server, the group and the server's reason, never a token.
 */
public interface GroupAdministration {

    /** What the policy server accepts as a group name (it is also a directory name and a URL path segment). */
    java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** {@link #NAME} in words, for a field's error. */
    String NAME_RULE = "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /** A group and the version current there (0: nothing deployed yet). */
    record Group(String name, long currentVersion) {
    }

    /**
     * A group that was created or got a new agent token: the token is returned this once (the server keeps only
     * its hash). {@link AccessToken#toString()} never shows it.
     */
    record IssuedToken(String group, AccessToken agentToken) {
    }

    /**
     * A deleted group.
     *
     * @param version    the version that was current (0: it held no policy)
     * @param archivedAs where the server keeps its history, relative to its data directory
     */
    record Deleted(String group, long version, String archivedAs) {
    }

    /** The server's groups, by name. */
    List<Group> groups(URI server, AccessToken adminToken, IProgressMonitor monitor) throws TransportException;

    /** Creates a group; {@link TransportException.Kind#REJECTED} (HTTP 409) when it exists, 400 when the name is not valid. */
    IssuedToken create(URI server, AccessToken adminToken, String group, IProgressMonitor monitor)
            throws TransportException;

    /** Issues a new agent token for a group; the old one stops working at once. */
    IssuedToken issueAgentToken(URI server, AccessToken adminToken, String group, IProgressMonitor monitor)
            throws TransportException;

    /**
     * Deletes a group if {@code expectedVersion} is still current ({@link TransportException.Kind#CONFLICT}
     * otherwise). A group holding a policy is refused ({@link TransportException.Kind#REJECTED}, HTTP 409) unless
     * {@code force}: its agents get 404 afterwards and keep the last policy they had.
     */
    Deleted delete(URI server, AccessToken adminToken, String group, long expectedVersion, boolean force,
            IProgressMonitor monitor) throws TransportException;

    /** The HTTP implementation, outside OSGi (tests, tools). */
    static GroupAdministration overHttp() {
        return new org.agentproxy.deployment.internal.http.HttpGroupAdministration();
    }
}
