package org.agentproxy.testing.proxy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for tests. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago on 127.0.0.1 (for a server that cannot bind port 0 itself). */
    public static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A loopback port where nothing listens: connecting there is refused. */
    public static int closed() throws IOException {
        return free();
    }
}
