package org.agentproxy.policy.net;

/** IP address family. */
public enum AddressFamily {
    IPV4,
    IPV6
}
