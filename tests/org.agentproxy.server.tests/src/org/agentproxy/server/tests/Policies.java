package org.agentproxy.server.tests;

import java.nio.file.Path;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.codec.PolicyCodec;

/** Valid policies for tests. */
final class Policies {

    private Policies() {
    }

    /** A valid policy named {@code name} whose internal server proxy listens on {@code port}. */
    static Policy named(String name, int port) {
        return Policy.create(name, new HostPort("osce.corp.example", 4343)).withInternalAgents(
                new InternalAgentsScope(new ProxyEndpoint(true, "proxy.corp.example", port, null, null), null));
    }

    static String json(String name, int port) {
        return PolicyCodec.write(named(name, port));
    }

    /** The shipped sample (it refers to secrets by reference). */
    static String sample() throws Exception {
        return java.nio.file.Files.readString(Path.of(System.getProperty("agentproxy.samples"),
                "sample-policy.json"));
    }
}
