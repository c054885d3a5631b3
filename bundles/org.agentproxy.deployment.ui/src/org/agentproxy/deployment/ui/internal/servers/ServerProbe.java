package org.agentproxy.deployment.ui.internal.servers;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.GroupAdministration.Group;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Asks a policy server for its agent groups through the deployment core's {@link GroupAdministration}. Off the UI thread. */
public final class ServerProbe {

    private ServerProbe() {
    }

    /**
     * @return the server's groups
     * @throws IOException unreachable, refused token, not a policy server: the message says which (never the token)
     */
    public static List<Group> groups(URI server, AccessToken token) throws IOException {
        return groups(server, token, new NullProgressMonitor());
    }

    public static List<Group> groups(URI server, AccessToken token, IProgressMonitor monitor) throws IOException {
        if (token == null) {
            throw new IOException(NLS.bind(Messages.ServerProbe_noAdminTokenIsStored, server));
        }
        try {
            return DeploymentUi.get().groupAdministration().groups(server, token, monitor);
        } catch (TransportException e) {
            throw new IOException(describe(server, e), e);
        }
    }

    /** A failure in words: a refused token says so plainly. */
    public static String describe(URI server, TransportException e) {
        return e.kind() == TransportException.Kind.UNAUTHORIZED && e.status() > 0
                ? NLS.bind(Messages.ServerProbe_0RefusedTheAdminToken, server, e.status())
                : e.getMessage();
    }

    /** One line for the Test button: {@code Connected: 2 groups: hq (version 3), lab (version 0)}. */
    public static String describe(List<Group> groups) {
        if (groups.isEmpty()) {
            return Messages.ServerProbe_connectedTheServerHasNo;
        }
        StringBuilder b = new StringBuilder(NLS.bind(Messages.ServerProbe_connected01, groups.size(), (groups.size() == 1 ? Messages.ServerProbe_group : Messages.ServerProbe_groups)));
        for (int i = 0; i < groups.size(); i++) {
            b.append(i > 0 ? ", " : "").append(groups.get(i).name()).append(Messages.ServerProbe_version) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(groups.get(i).currentVersion()).append(')');
        }
        return b.toString();
    }
}
