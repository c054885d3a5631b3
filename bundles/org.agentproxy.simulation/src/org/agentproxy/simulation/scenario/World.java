package org.agentproxy.simulation.scenario;

import java.net.InetAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.policy.net.AddressFamily;
import org.agentproxy.policy.net.IpAddresses;

/**
 * The network the agent lives in: which endpoints answer and on which address families.
 *
 * @param defaultReachable       whether an endpoint not listed in {@code hosts} answers (default true)
 * @param defaultFamily          the family of an endpoint named by a DNS name and not listed (default dual-stack);
 *                               an IP literal always has its own family
 * @param smartProtectionNetwork the Trend Micro Smart Protection Network
 * @param activeUpdate           the Trend Micro ActiveUpdate server
 * @param hosts                  facts per endpoint, keyed by {@code host} (every port) or {@code host:port} (that
 *                               port only, e.g. an integrated SPS on the server's machine); IPv6 literals with a port
 *                               in brackets. Keys are kept in a canonical form: names in lower case, IP literals as
 *                               the JDK prints them
 * @param integratedSps          the OfficeScan server's integrated SPS, described apart from the source lists, or
 *                               {@code null}
 */
public record World(boolean defaultReachable, EndpointFamily defaultFamily, EndpointFacts smartProtectionNetwork,
        EndpointFacts activeUpdate, Map<String, EndpointFacts> hosts, IntegratedSps integratedSps) {

    /** Everything reachable, names dual-stack. */
    public static final World DEFAULT = new World(true, EndpointFamily.DUAL_STACK, EndpointFacts.REACHABLE,
            EndpointFacts.REACHABLE, Map.of(), null);

    /** A world that does not describe the integrated SPS apart from the lists. */
    public World(boolean defaultReachable, EndpointFamily defaultFamily, EndpointFacts smartProtectionNetwork,
            EndpointFacts activeUpdate, Map<String, EndpointFacts> hosts) {
        this(defaultReachable, defaultFamily, smartProtectionNetwork, activeUpdate, hosts, null);
    }

    public World {
        defaultFamily = defaultFamily == null ? EndpointFamily.DUAL_STACK : defaultFamily;
        smartProtectionNetwork = smartProtectionNetwork == null ? new EndpointFacts(defaultReachable, null)
                : smartProtectionNetwork;
        activeUpdate = activeUpdate == null ? new EndpointFacts(defaultReachable, null) : activeUpdate;
        Map<String, EndpointFacts> canonical = new LinkedHashMap<>();
        if (hosts != null) {
            hosts.forEach((k, v) -> canonical.put(canonicalKey(k), v));
        }
        hosts = Collections.unmodifiableMap(canonical);
    }

    /** This world with the facts of one endpoint set ({@code host} or {@code host:port}). */
    public World with(String key, EndpointFacts facts) {
        Map<String, EndpointFacts> copy = new LinkedHashMap<>(hosts);
        copy.put(canonicalKey(key), facts);
        return new World(defaultReachable, defaultFamily, smartProtectionNetwork, activeUpdate, copy, integratedSps);
    }

    public World withSmartProtectionNetwork(EndpointFacts facts) {
        return new World(defaultReachable, defaultFamily, facts, activeUpdate, hosts, integratedSps);
    }

    public World withActiveUpdate(EndpointFacts facts) {
        return new World(defaultReachable, defaultFamily, smartProtectionNetwork, facts, hosts, integratedSps);
    }

    /** This world with the OfficeScan server's integrated SPS described (or not, {@code null}). */
    public World withIntegratedSps(IntegratedSps value) {
        return new World(defaultReachable, defaultFamily, smartProtectionNetwork, activeUpdate, hosts, value);
    }

    /**
     * This world with the facts of the integrated SPS (when it has some) on the OfficeScan server's host and the SPS's
     * port, unless {@code hosts} has an entry for exactly that {@code host:port}, which wins as it does over a host
     * entry. The engine reads the world this way; so should anything that shows what the engine will use.
     *
     * @param serverHost the policy's OfficeScan server, or {@code null} when it names none (the world is unchanged)
     */
    public World resolved(String serverHost) {
        if (integratedSps == null || integratedSps.facts() == null || serverHost == null) {
            return this;
        }
        String key = key(serverHost, integratedSps.port());
        return hosts.containsKey(key) ? this : with(key, integratedSps.facts());
    }

    /** The canonical {@code host:port} key of an endpoint ({@code [v6]:port} for an IPv6 literal). */
    public static String key(String host, int port) {
        return join(canonicalHost(host), port);
    }

    /** The host of a canonical key: {@code osce.example} of {@code osce.example:4345}, {@code fd00::1} of {@code [fd00::1]:80}. */
    public static String hostOf(String canonicalKey) {
        if (canonicalKey.startsWith("[")) {
            return canonicalKey.substring(1, canonicalKey.indexOf(']'));
        }
        int colon = canonicalKey.indexOf(':');
        return colon >= 0 && colon == canonicalKey.lastIndexOf(':') ? canonicalKey.substring(0, colon) : canonicalKey;
    }

    /** The facts of {@code host:port}: its own entry, else the host's, else the defaults; the family resolved. */
    public EndpointFacts facts(String host, int port) {
        String h = canonicalHost(host);
        EndpointFacts f = hosts.get(join(h, port));
        if (f == null) {
            f = hosts.get(h);
        }
        if (f == null) {
            f = new EndpointFacts(defaultReachable, null);
        }
        return f.family() != null ? f : new EndpointFacts(f.reachable(), familyOf(host));
    }

    /** The facts of a named service ({@link #smartProtectionNetwork()}, {@link #activeUpdate()}), family resolved. */
    public EndpointFacts service(EndpointFacts facts) {
        return facts.family() != null ? facts : new EndpointFacts(facts.reachable(), defaultFamily);
    }

    /** The family of a host: its own for an IP literal, else the world's default. */
    public EndpointFamily familyOf(String host) {
        Optional<InetAddress> literal = IpAddresses.parse(host);
        if (literal.isEmpty()) {
            return defaultFamily;
        }
        return IpAddresses.familyOf(literal.get()) == AddressFamily.IPV4 ? EndpointFamily.IPV4_ONLY
                : EndpointFamily.IPV6_ONLY;
    }

    /**
     * The canonical form of a {@code hosts} key: {@code host}, {@code host:port}, {@code [v6]:port} or a bare IPv6
     * literal.
     *
     * @throws IllegalArgumentException when the key is none of these
     */
    public static String canonicalKey(String key) {
        String k = key == null ? "" : key.strip();
        String host = k;
        int port = 0;
        if (k.startsWith("[")) {
            int close = k.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("\"" + key + "\" has '[' without ']'");
            }
            host = k.substring(1, close);
            port = k.length() > close + 1 ? port(key, k.substring(close + 1)) : 0;
        } else if (k.indexOf(':') >= 0 && k.indexOf(':') == k.lastIndexOf(':')) {
            host = k.substring(0, k.indexOf(':'));
            port = port(key, k.substring(k.indexOf(':')));
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("\"" + key + "\" names no host");
        }
        if (host.indexOf(':') >= 0 && IpAddresses.parse(host).isEmpty()) {
            throw new IllegalArgumentException("\"" + key + "\" is not a host, host:port or IPv6 address");
        }
        return join(canonicalHost(host), port);
    }

    private static int port(String key, String colonAndPort) {
        if (!colonAndPort.matches(":\\d{1,5}") || Integer.parseInt(colonAndPort.substring(1)) > 65535
                || Integer.parseInt(colonAndPort.substring(1)) == 0) {
            throw new IllegalArgumentException("\"" + key + "\" has no valid port after the host (1-65535)");
        }
        return Integer.parseInt(colonAndPort.substring(1));
    }

    private static String canonicalHost(String host) {
        return IpAddresses.canonicalHost(host.toLowerCase(Locale.ROOT));
    }

    private static String join(String canonicalHost, int port) {
        if (port <= 0) {
            return canonicalHost;
        }
        return (canonicalHost.indexOf(':') >= 0 ? "[" + canonicalHost + "]" : canonicalHost) + ":" + port;
    }
}
