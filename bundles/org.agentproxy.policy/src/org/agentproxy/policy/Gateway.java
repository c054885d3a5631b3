package org.agentproxy.policy;

/**
 * A gateway that marks an agent as internal.
 *
 * @param ip  the gateway's IPv4 or IPv6 address
 * @param mac its MAC address ({@code aa:bb:cc:dd:ee:ff} or with '-'), or {@code null} to match the IP only
 */
public record Gateway(String ip, String mac) {

    public Gateway {
        ip = Values.text(ip);
        mac = Values.text(mac);
    }
}
