package org.agentproxy.simulation.internal.impact;

import org.agentproxy.policy.net.HostNames;
import org.agentproxy.simulation.scenario.AgentProxy;

/** Fast, strict parsing of the literals of an inventory row. */
final class Literals {

    private Literals() {
    }

    /**
     * A dotted-quad IPv4 address as a number, or -1 when the text is not one. As strict as
     * {@code IpAddresses.parse}: four decimal parts 0-255 without leading zeros.
     */
    static long ipv4(String s) {
        long value = 0;
        int parts = 0;
        int i = 0;
        int n = s.length();
        while (i < n && parts < 4) {
            int start = i;
            int part = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
                part = part * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || part > 255 || (digits > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | part;
            parts++;
            if (parts < 4) {
                if (i >= n || s.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return parts == 4 && i == n ? value : -1;
    }

    /** {@link #ipv4(String)} of the ASCII bytes {@code b[from, to)}. */
    static long ipv4(byte[] b, int from, int to) {
        long value = 0;
        int parts = 0;
        int i = from;
        while (i < to && parts < 4) {
            int start = i;
            int part = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9' && i - start < 3) {
                part = part * 10 + (b[i] - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || part > 255 || (digits > 1 && b[start] == '0')) {
                return -1;
            }
            value = (value << 8) | part;
            parts++;
            if (parts < 4) {
                if (i >= to || b[i] != '.') {
                    return -1;
                }
                i++;
            }
        }
        return parts == 4 && i == to ? value : -1;
    }

    /** {@code host:port} or {@code [v6]:port} as a proxy whose facts come from the world. */
    static AgentProxy hostPort(String text, String column) {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                throw new BadValue(column, "\"" + text + "\" is not host:port ([IPv6]:port for an IPv6 address)");
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
        } else {
            int colon = text.lastIndexOf(':');
            if (colon < 0 || text.indexOf(':') != colon) {
                throw new BadValue(column, "\"" + text + "\" is not host:port ([IPv6]:port for an IPv6 address)");
            }
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
        }
        String problem = HostNames.problem(host).orElse(null);
        if (problem != null) {
            throw new BadValue(column, problem);
        }
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new BadValue(column, "port of \"" + text + "\" must be between 1 and 65535");
        }
        return AgentProxy.of(host, Integer.parseInt(port));
    }
}
