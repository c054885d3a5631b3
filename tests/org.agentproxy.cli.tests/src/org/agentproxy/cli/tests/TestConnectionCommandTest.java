package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agentproxy.cli.Cli;
import org.agentproxy.cli.TestConnectionCommand;
import org.agentproxy.connection.SectionTargets;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.testing.proxy.LoopbackTarget;
import org.agentproxy.testing.proxy.Ports;
import org.agentproxy.testing.proxy.TinyProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agentproxy test-connection} against a real tinyproxy with Basic authentication (skipped when tinyproxy
 * is not installed), and its bad-input errors. The password never appears in the output.
 */
class TestConnectionCommandTest {

    private static final String USER = "agent";
    private static final String PASSWORD = "Pr0xy-pass-for-tests";

    @TempDir
    Path dir;

    /** One run with captured output; {@code PROXY_PASSWORD} is the only environment variable. */
    private static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("PROXY_PASSWORD", PASSWORD, "WRONG_PASSWORD", "not-it");
        Cli cli = new Cli("9.9.9.test", List.of(new TestConnectionCommand(env::get,
                new SectionTargets(new HostPort("127.0.0.1", 9)))));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = cli.run(List.of(args), o, e);
        }
        CliRun r = new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD), "the password is never printed");
        return r;
    }

    /** A policy whose internal server proxy is 127.0.0.1:proxyPort with user "agent", server 127.0.0.1:target. */
    private Path policy(int proxyPort, int targetPort) throws Exception {
        ProxyEndpoint proxy = new ProxyEndpoint(true, "127.0.0.1", proxyPort, USER,
                SecretRef.forField("internalAgents.server.password"));
        Policy p = Policy.create("Loopback", new HostPort("127.0.0.1", targetPort))
                .withInternalAgents(new InternalAgentsScope(proxy, null));
        Path file = dir.resolve("loopback.json");
        Files.writeString(file, PolicyCodec.write(p));
        return file;
    }

    @Test
    void aTunnelThroughTheAuthenticatingProxyExitsZero() throws Exception {
        try (TinyProxy proxy = TinyProxy.start(dir, USER, PASSWORD); LoopbackTarget target = LoopbackTarget.silent()) {
            CliRun r = run("test-connection", "--policy", policy(proxy.port(), target.port()).toString(),
                    "--section", "internal.server", "--password-env", "PROXY_PASSWORD");

            assertEquals(0, r.exitCode(), r.out() + r.err());
            assertTrue(r.out().contains("credentials: user agent, password from --password-env"), r.out());
            assertTrue(r.out().contains("  connect to proxy: "), r.out());
            assertTrue(r.out().contains("result: tunnel established (HTTP/1."), r.out());
            assertTrue(target.wasReached());
        }
    }

    @Test
    void thePasswordCanComeFromAFile() throws Exception {
        Path passwordFile = dir.resolve("password.txt");
        Files.writeString(passwordFile, PASSWORD + "\n");
        try (TinyProxy proxy = TinyProxy.start(dir, USER, PASSWORD); LoopbackTarget target = LoopbackTarget.silent()) {
            CliRun r = run("test-connection", "--policy", policy(proxy.port(), target.port()).toString(),
                    "--section", "internal.server", "--password-file", passwordFile.toString());

            assertEquals(0, r.exitCode(), r.out() + r.err());
        }
    }

    @Test
    void aWrongPasswordExitsOneWithTheProxysScheme() throws Exception {
        try (TinyProxy proxy = TinyProxy.start(dir, USER, PASSWORD)) {
            CliRun r = run("test-connection", "--policy", policy(proxy.port(), 9).toString(),
                    "--section", "internal.server", "--password-env", "WRONG_PASSWORD");

            assertEquals(1, r.exitCode(), r.out() + r.err());
            assertTrue(r.out().contains("result: proxy rejected the user name or password"), r.out());
            assertTrue(r.out().contains("scheme Basic"), r.out());
            assertFalse(r.out().contains("not-it"));
        }
    }

    @Test
    void withoutAPasswordTheProxyAsksForOneAndTheCommandSaysSo() throws Exception {
        try (TinyProxy proxy = TinyProxy.start(dir, USER, PASSWORD)) {
            CliRun r = run("test-connection", "--policy", policy(proxy.port(), 9).toString(),
                    "--section", "internal.server");

            assertEquals(1, r.exitCode(), r.out() + r.err());
            assertTrue(r.out().contains("credentials: none sent (user agent has no password given"), r.out());
            assertTrue(r.out().contains("result: proxy requires authentication (HTTP 407, scheme Basic)"), r.out());
        }
    }

    @Test
    void aClosedProxyPortExitsOne() throws Exception {
        CliRun r = run("test-connection", "--policy", policy(Ports.closed(), 9).toString(),
                "--section", "internal.server", "--target", "127.0.0.1:443");

        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("target 127.0.0.1:443 (--target)"), r.out());
        assertTrue(r.out().contains("result: connection refused by 127.0.0.1:"), r.out());
    }

    @Test
    void badInputExitsTwoNamingTheProblem() throws Exception {
        String file = policy(3128, 4343).toString();
        assertInvalid("missing --section", "test-connection", "--policy", file);
        assertInvalid("--section nowhere: unknown; one of internal.server, internal.sps, global-sps, "
                + "external.server-update", "test-connection", "--policy", file, "--section", "nowhere");
        assertInvalid("internalAgents.smartProtection.host: is not set", "test-connection", "--policy", file,
                "--section", "internal.sps");
        assertInvalid("--password-env UNSET: the environment variable is not set", "test-connection", "--policy",
                file, "--section", "internal.server", "--password-env", "UNSET");
        assertInvalid("--target 3128: expected HOST:PORT", "test-connection", "--policy", file, "--section",
                "internal.server", "--target", "3128");
        assertInvalid("no-such.json: no such file", "test-connection", "--policy", dir.resolve("no-such.json")
                .toString(), "--section", "internal.server");
        assertInvalid("unknown option \"--password\"", "test-connection", "--policy", file, "--section",
                "internal.server", "--password", "x");
    }

    private static void assertInvalid(String message, String... args) {
        CliRun r = run(args);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(message), "expected \"" + message + "\" in: " + r.err());
    }

    @Test
    void helpDescribesTheSectionsAndExitCodes() {
        CliRun r = run("test-connection", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("external.server-update  externalAgents.serverUpdateProxy -> ActiveUpdate"));
        assertTrue(r.out().contains("Exit codes: 0 tunnel established, 1 connection failed, 2 bad input."));
    }
}
