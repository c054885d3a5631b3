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
            return Messages.bind(Messages.Outcome_tunnelEstablished, proxyReply);
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
            return Messages.bind(resolvedByProxy ? Messages.Outcome_dnsFailureAtProxy : Messages.Outcome_dnsFailureHere,
                    host);
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
            return Messages.bind(Messages.Outcome_refused, authority);
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
            return Messages.bind(Messages.Outcome_unreachable, authority, detail);
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
                case RESOLVE_PROXY -> Messages.Outcome_timedOutResolve;
                case CONNECT_PROXY -> Messages.Outcome_timedOutConnect;
                case TUNNEL -> Messages.Outcome_timedOutTunnel;
            };
            return Messages.bind(Messages.Outcome_timedOut, phase.label(), limit.toMillis(), what);
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
            String offered = schemes.isEmpty() ? Messages.Outcome_noScheme
                    : Messages.bind(Messages.Outcome_schemes, String.join(", ", schemes));
            return Messages.bind(credentialsSent ? Messages.Outcome_credentialsRejected
                    : Messages.Outcome_authenticationRequired, status, offered);
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
            return diagnostic.isEmpty() ? Messages.bind(Messages.Outcome_httpRefused, status, reason)
                    : Messages.bind(Messages.Outcome_httpRefusedWith, status, reason, diagnostic);
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
                case 91 -> Messages.Outcome_socks91;
                case 92 -> Messages.Outcome_socks92;
                case 93 -> Messages.Outcome_socks93;
                default -> Messages.Outcome_socksUnknown;
            };
            return Messages.bind(Messages.Outcome_socksRejected, code, meaning);
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
            return Messages.bind(Messages.Outcome_protocolError, detail);
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
            return Messages.bind(Messages.Outcome_cancelled, phase.label());
        }
    }
}
