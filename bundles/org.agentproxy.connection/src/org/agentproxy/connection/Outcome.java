package org.agentproxy.connection;

import java.time.Duration;
import java.util.List;

/**
 * What a connection test found: exactly one of the records below. {@link #describe()} says it in an
 * administrator's words; the records' fields say it for code (an icon, a field to highlight).
 */
public sealed interface Outcome {

    /** One sentence for an administrator. */
    String describe();

    /** Whether the tunnel to the target was established. */
    default boolean success() {
        return false;
    }

    /**
     * The proxy connected to the target and opened the tunnel.
     *
     * @param proxyReply the proxy's status line (HTTP) or {@code SOCKS4 request granted}
     */
    record TunnelEstablished(String proxyReply) implements Outcome {
        @Override
        public String describe() {
            return "tunnel established (" + proxyReply + ")";
        }

        @Override
        public boolean success() {
            return true;
        }
    }

    /**
     * A name did not resolve.
     *
     * @param host            the name
     * @param resolvedByProxy false: this computer could not resolve the proxy's name; true: the proxy reported
     *                        that it could not resolve the target's name
     */
    record DnsFailure(String host, boolean resolvedByProxy) implements Outcome {
        @Override
        public String describe() {
            return resolvedByProxy ? "DNS failure: the proxy cannot resolve the target name " + host
                    : "DNS failure: the proxy name " + host + " does not resolve from this computer";
        }
    }

    /**
     * Nothing accepts connections at the proxy's address: the port is closed or a firewall rejects.
     *
     * @param authority the proxy's {@code host:port} (the address tried, for a name)
     */
    record Refused(String authority) implements Outcome {
        @Override
        public String describe() {
            return "connection refused by " + authority + ": no proxy listens on that port, or a firewall rejects";
        }
    }

    /**
     * The network reported the proxy unreachable (no route, network down).
     *
     * @param authority the proxy's {@code host:port}
     * @param detail    the system's message
     */
    record Unreachable(String authority, String detail) implements Outcome {
        @Override
        public String describe() {
            return "proxy " + authority + " is unreachable: " + detail;
        }
    }

    /**
     * A phase did not finish in time.
     *
     * @param phase the phase
     * @param limit the time it was given
     */
    record TimedOut(Phase phase, Duration limit) implements Outcome {
        @Override
        public String describe() {
            String what = switch (phase) {
                case RESOLVE_PROXY -> "DNS did not answer for the proxy name";
                case CONNECT_PROXY -> "the proxy did not accept the connection (packets dropped by a firewall?)";
                case TUNNEL -> "the proxy did not answer the tunnel request (it may still be trying the target)";
            };
            return "timeout in phase \"" + phase.label() + "\" after " + limit.toMillis() + " ms: " + what;
        }
    }

    /**
     * The proxy wants (other) credentials: HTTP 407, or 401 from proxies that answer wrong credentials so
     * (tinyproxy 1.11, tinyproxy issue #532). On a CONNECT request no origin server is involved yet, so a 401
     * can only come from the proxy.
     *
     * @param status          407 or 401
     * @param schemes         the authentication schemes the proxy offers ({@code Basic}, {@code NTLM}, …)
     * @param credentialsSent whether the test sent credentials (then they were rejected)
     */
    record AuthenticationRequired(int status, List<String> schemes, boolean credentialsSent) implements Outcome {
        public AuthenticationRequired {
            schemes = List.copyOf(schemes);
        }

        @Override
        public String describe() {
            String offered = schemes.isEmpty() ? "no scheme named" : "scheme " + String.join(", ", schemes);
            return (credentialsSent ? "proxy rejected the user name or password" : "proxy requires authentication")
                    + " (HTTP " + status + ", " + offered + ")";
        }
    }

    /**
     * The proxy answered the tunnel request with another HTTP status: it refuses the target or port (403), or
     * cannot reach the target (502, 503, 504, or tinyproxy's 500 "Unable to connect").
     *
     * @param status     the HTTP status
     * @param reason     the reason phrase
     * @param diagnostic the proxy's own error code ({@code X-Squid-Error}) or a hint; empty when none
     */
    record HttpRefused(int status, String reason, String diagnostic) implements Outcome {
        @Override
        public String describe() {
            return "proxy answered HTTP " + status + " " + reason + (diagnostic.isEmpty() ? "" : " (" + diagnostic
                    + ")");
        }
    }

    /**
     * The SOCKS4 proxy rejected the request.
     *
     * @param code 91 rejected or failed, 92 no identd, 93 user id not confirmed by identd, or another value
     */
    record SocksRejected(int code) implements Outcome {
        @Override
        public String describe() {
            String meaning = switch (code) {
                case 91 -> "request rejected or failed (the proxy refuses the user or target, or cannot reach it)";
                case 92 -> "rejected: the proxy cannot reach an identd on this computer";
                case 93 -> "rejected: identd did not confirm the user id";
                default -> "unknown reply code";
            };
            return "SOCKS4 proxy answered " + code + ": " + meaning;
        }
    }

    /**
     * The proxy's answer was not the protocol expected, or it closed the connection without one.
     *
     * @param detail what was wrong
     */
    record ProtocolError(String detail) implements Outcome {
        @Override
        public String describe() {
            return "unexpected answer from the proxy: " + detail;
        }
    }

    /**
     * The test was cancelled.
     *
     * @param phase the phase it was in
     */
    record Cancelled(Phase phase) implements Outcome {
        @Override
        public String describe() {
            return "cancelled during \"" + phase.label() + "\"";
        }
    }
}
