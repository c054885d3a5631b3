package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import org.agentproxy.policy.HostPort;

/** {@code --target HOST:PORT} and {@code [IPv6]:PORT}. */
final class Targets {

    private Targets() {
    }

    static HostPort parse(String text) throws TestConnectionCommand.Invalid {
        int colon = text.lastIndexOf(':');
        String host = colon > 0 ? text.substring(0, colon) : ""; //$NON-NLS-1$
        if (host.startsWith("[") && host.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            host = "";   // an IPv6 address without brackets: the port is ambiguous //$NON-NLS-1$
        }
        int port = -1;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // reported below
        }
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new TestConnectionCommand.Invalid(NLS.bind(Messages.Targets_target0ExpectedHOSTPORT, text));
        }
        return new HostPort(host, port);
    }
}
