package org.agentproxy.server.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The contract run: when the system property {@value #PRISM} names Stoplight Prism's command (installed by
 * {@code releng/scripts/common.sh ensure_contract_tools}), every {@link TestServer} listens on one fixed loopback
 * port, and the tests talk to it through one Prism {@code proxy --errors} (started once per test JVM) that
 * validates each request and each response against {@code docs/policy-server.openapi.yaml}. {@link #check} turns
 * any divergence Prism reports into a test failure: a request Prism refused (its {@code application/problem+json}
 * answers) or a response it found outside the contract ({@code sl-violations}, warnings included).
 * <p>
 * Without the property (the ordinary run) the tests talk to the server directly.
 */
final class Contract {

    /** The system property naming Prism's command; set only for the contract run (tests/…/pom.xml). */
    static final String PRISM = "agentproxy.contract.prism";
    /** The system property naming the OpenAPI document. */
    static final String SPEC = "agentproxy.contract.spec";

    private static Proxy proxy;

    private Contract() {
    }

    /** Whether this run goes through Prism. */
    static boolean enabled() {
        String prism = System.getProperty(PRISM);
        return prism != null && !prism.isBlank();
    }

    /** The Prism proxy of this JVM, started on first use; it stays up until the JVM exits. */
    static synchronized Proxy proxy() {
        if (proxy == null) {
            try {
                proxy = Proxy.start(Path.of(System.getProperty(PRISM)), Path.of(System.getProperty(SPEC)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start Prism for the contract run", e);
            }
        }
        return proxy;
    }

    /**
     * Fails when Prism found the exchange outside the contract: a request it refused, or a response it reported as
     * a violation. Called on every answer in the contract run.
     */
    static void check(String method, URI uri, HttpResponse<String> response) {
        String violations = response.headers().firstValue("sl-violations").orElse(null);
        if (violations != null) {
            throw new AssertionError("contract: " + method + " " + uri.getPath() + " -> HTTP "
                    + response.statusCode() + " is outside docs/policy-server.openapi.yaml: " + violations);
        }
        // the server never answers application/problem+json: such an answer is Prism's own (also for HEAD, bodiless)
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            throw new AssertionError("contract: Prism refused " + method + " " + uri.getPath() + " (HTTP "
                    + response.statusCode() + "): " + response.body());
        }
    }

    /** Prism's {@code proxy --errors} in front of {@link #upstreamPort}. */
    record Proxy(Process process, int upstreamPort, URI uri) {

        private static final long START_SECONDS = 120;

        static Proxy start(Path prism, Path spec) throws IOException {
            int upstream = freePort();
            int port = freePort();
            Path log = Path.of("target", "contract", "prism.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(prism.toString(), "proxy", "--errors", "--host", "127.0.0.1",
                    "--port", Integer.toString(port), spec.toString(), "http://127.0.0.1:" + upstream);
            builder.redirectErrorStream(true);
            builder.environment().put("SCARF_ANALYTICS", "false"); // no telemetry from a build
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-prism"));
            CompletableFuture<Void> listening = new CompletableFuture<>();
            Thread pump = new Thread(() -> pump(process, log, listening), "prism-log");
            pump.setDaemon(true);
            pump.start();
            try {
                listening.get(START_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IOException("Prism did not start listening within " + START_SECONDS + " s; see " + log, e);
            }
            return new Proxy(process, upstream, URI.create("http://127.0.0.1:" + port + "/"));
        }

        /** Copies Prism's output to its log (target/contract/prism.log) and notes when it listens. */
        private static void pump(Process process, Path log, CompletableFuture<Void> listening) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    if (line.contains("Prism is listening on")) {
                        listening.complete(null);
                    }
                }
                listening.completeExceptionally(new IOException("Prism exited with " + process.waitFor()));
            } catch (IOException | InterruptedException e) {
                listening.completeExceptionally(e);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
