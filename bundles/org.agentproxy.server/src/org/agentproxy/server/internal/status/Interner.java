package org.agentproxy.server.internal.status;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the strings many agents report alike (targets, proxies, purposes, gateways, domains) so that each costs
 * memory once, not once per agent. Bounded: past {@code capacity} distinct strings a new one is kept by its agent
 * alone, so that agents cannot grow the table without limit. Thread-safe.
 */
final class Interner {

    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();
    private final int capacity;

    Interner(int capacity) {
        this.capacity = capacity;
    }

    String intern(String value) {
        if (value == null) {
            return null;
        }
        String shared = strings.get(value);
        if (shared != null) {
            return shared;
        }
        if (strings.size() >= capacity) {
            return value;
        }
        shared = strings.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}
