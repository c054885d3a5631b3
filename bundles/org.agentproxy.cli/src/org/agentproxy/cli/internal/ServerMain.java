package org.agentproxy.cli.internal;

import java.util.Arrays;

import org.agentproxy.cli.ServerCommand;

/**
 * {@code agentproxy server …} as a plain Java main class, without OSGi: what tests and tools start in a JVM of their
 * own, with the jars of the server's bundles, this bundle, picocli and {@code org.eclipse.osgi} (for its message
 * class {@code NLS}) on the class path. The same options, messages and exit codes as {@code agentproxy server}.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) {
        System.exit(new ServerCommand().run(Arrays.asList(args), System.out, System.err));
    }
}
