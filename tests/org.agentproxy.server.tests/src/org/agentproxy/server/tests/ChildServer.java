package org.agentproxy.server.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A policy server in a separate JVM (the test runtime's java, {@code agentproxy server}'s plain Java main class
 * {@code org.agentproxy.cli.internal.ServerMain}, the bundles' jars and the framework's as the class path), so that it can be killed with SIGKILL.
 */
final class ChildServer {

    private static final Set<String> BUNDLES = Set.of("org.agentproxy.server", "org.agentproxy.policy",
            "org.agentproxy.policy.store",
            // the fleet status compares agents' paths with the path engine's (docs/fleet-status.md)
            "org.agentproxy.simulation",
            "com.fasterxml.jackson.core.jackson-core", "com.fasterxml.jackson.core.jackson-databind",
            "com.fasterxml.jackson.core.jackson-annotations", "org.eclipse.jetty.server", "org.eclipse.jetty.http",
            "org.eclipse.jetty.io", "org.eclipse.jetty.util", "slf4j.api",
            // the PostgreSQL store (replicas): loaded only with --store
            "org.postgresql.jdbc", "com.zaxxer.HikariCP",
            // the command line (agentproxy server's options, ServerMain) and its messages (NLS, in the framework)
            "org.agentproxy.cli", "picocli");

    final Process process;
    final URI uri;
    final String adminToken;
    final Api api;

    private ChildServer(Process process, URI uri, String adminToken) {
        this.process = process;
        this.uri = uri;
        this.adminToken = adminToken;
        this.api = new Api(uri);
    }

    /**
     * Starts a server on a free port and waits for its "listening on" line (no sleeping).
     *
     * @param options more options, e.g. {@code --store URL --db-user U --db-password-file F}
     */
    static ChildServer start(Path data, Path stderr, String... options) throws IOException {
        return start(List.of(), data, stderr, options);
    }

    /** {@link #start(Path, Path, String...)} with options for the JVM (e.g. {@code -Xlog:class+load}). */
    static ChildServer start(List<String> jvmOptions, Path data, Path stderr, String... options) throws IOException {
        return start(jvmOptions, java.util.Map.of(), data, stderr, options);
    }

    /** ... and more environment variables (e.g. {@code PGPASSFILE}). */
    static ChildServer start(List<String> jvmOptions, java.util.Map<String, String> environment, Path data,
            Path stderr, String... options) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath(), "org.agentproxy.cli.internal.ServerMain", "--data", data.toString(),
                "--port", "0"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("listening on ");
            if (at >= 0) {
                String url = line.substring(at + "listening on ".length()).split(" ")[0];
                Path token = data.resolve("admin-token"); // a replica over a database used before has none
                return new ChildServer(process, URI.create(url),
                        Files.exists(token) ? Files.readString(token).strip() : null);
            }
        }
        throw new IOException("the server did not start; its stderr: " + Files.readString(stderr));
    }

    /** Kills the JVM with SIGKILL and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The jars (or class folders) of the server's bundles in this OSGi runtime. */
    static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(ChildServer.class).getBundleContext().getBundles()) {
            if (BUNDLES.contains(bundle.getSymbolicName())) {
                File location = FileLocator.getBundleFileLocation(bundle).orElseThrow(
                        () -> new IOException("no file for bundle " + bundle.getSymbolicName()));
                entries.add(classesOf(location));
            }
        }
        if (entries.size() < BUNDLES.size()) {
            throw new IOException("found " + entries.size() + " of the " + BUNDLES.size() + " bundles: " + entries);
        }
        // org.eclipse.osgi, the framework (the command line's messages are NLS classes)
        entries.add(classesOf(new File(URI.create(FrameworkUtil.class.getProtectionDomain().getCodeSource()
                .getLocation().toString()))));
        return String.join(File.pathSeparator, entries);
    }

    /** A jar, or a bundle project in the reactor: its compiled classes. */
    private static String classesOf(File location) {
        if (location.isDirectory()) {
            File classes = new File(location, "target/classes");
            if (classes.isDirectory()) {
                return classes.getPath();
            }
        }
        return location.getPath();
    }
}
