package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.scenario.AgentProxy;

/** A proxy typed as {@code host:port} ({@code [v6]:port} for an IPv6 literal) in the scenario form. */
final class ProxyField {

    private ProxyField() {
    }

    /**
     * @param field what the form calls the field (error messages start with it)
     * @param text  what was typed; empty for no proxy
     * @param was   the base scenario's proxy: kept (with its facts) when the text still names it
     * @throws IllegalArgumentException the text is not {@code host:port} with a port of 1-65535
     */
    static AgentProxy parse(String field, String text, AgentProxy was) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (was != null && was.host() != null && t.equals(was.authority())) {
            return was;
        }
        int colon = t.lastIndexOf(':');
        String host = colon < 0 ? "" : t.substring(0, colon); //$NON-NLS-1$
        if (host.startsWith("[") && host.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = colon < 0 ? -1 : Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isBlank() || host.contains(" ") || port < 1 || port > 65535) { //$NON-NLS-1$
            throw new IllegalArgumentException(field + ": \"" + t + "\" is not host:port (a port of 1-65535), " //$NON-NLS-1$ //$NON-NLS-2$
                    + "e.g. proxy.example.net:8080"); //$NON-NLS-1$
        }
        return AgentProxy.of(host, port);
    }
}
