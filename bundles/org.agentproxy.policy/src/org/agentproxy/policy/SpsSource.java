package org.agentproxy.policy;

/**
 * A Smart Protection Server in a source list.
 *
 * @param host       DNS name, IDN, IPv4 or IPv6 literal
 * @param port       1-65535
 * @param protocol   HTTP or HTTPS (HTTPS required when the Global Smart Protection Service proxy is on)
 * @param integrated whether this is an OfficeScan server's integrated SPS
 */
public record SpsSource(String host, int port, SpsProtocol protocol, boolean integrated) {

    public SpsSource {
        host = Values.text(host);
        protocol = Values.orElse(protocol, SpsProtocol.HTTPS);
    }

    /** {@code https://host:port}, for display. */
    public String url() {
        String h = host != null && host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]"
                : String.valueOf(host);
        return protocol.name().toLowerCase(java.util.Locale.ROOT) + "://" + h + ":" + port;
    }
}
