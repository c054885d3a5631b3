package org.agentproxy.connection;

/** Host text helpers shared by the API's records. */
final class Hosts {

    private Hosts() {
    }

    static String unbracket(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    static String authority(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
