package org.agentproxy.simulation.internal.engine;

/** {@code host:port} with IPv6 literals in brackets. */
final class Authority {

    private Authority() {
    }

    static String of(String host, int port) {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return port > 0 ? h + ":" + port : h;
    }
}
