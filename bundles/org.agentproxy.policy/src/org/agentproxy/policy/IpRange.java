package org.agentproxy.policy;

/**
 * An inclusive range of IP addresses of one family.
 *
 * @param from first address (IPv4 or IPv6 literal)
 * @param to   last address, same family, not below {@code from}
 */
public record IpRange(String from, String to) {

    public IpRange {
        from = Values.text(from);
        to = Values.text(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
