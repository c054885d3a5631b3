package org.agentproxy.server.tests;

import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} in a temporary folder (its own data directory and Unix
 * socket directory), {@code postgres} on a free loopback port below the ephemeral range ({@link #freePort}: its own,
 * also while several test runs share the machine), password authentication over TCP, removed by {@link #close} (and
 * at JVM exit). PostgreSQL refuses to run as root: as root the cluster belongs to the unprivileged user
 * {@value #OS_USER} and every program runs through {@code runuser}. The programs come from Debian's
 * {@code postgresql} package ({@code /usr/lib/postgresql/VERSION/bin}, the newest; releng/scripts/common.sh installs
 * it). Reusable by any test bundle that needs a database; a test class of its own uses
 * {@link PostgresClusterExtension}.
 */
final class PostgresCluster implements AutoCloseable {

    /** The superuser the tests connect as. */
    static final String USER = "agentproxy";
    /** The unprivileged OS user the cluster runs as when the tests run as root. */
    static final String OS_USER = "nobody";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static PostgresCluster shared;

    final Path dir;
    final Path bin;
    final int port;
    /** A libpq password file (owner-only) for the superuser: what PGPASSFILE names. */
    final Path passFile;
    /** A file holding only the password (owner-only): what --db-password-file names. */
    final Path passwordFile;
    private final String password;
    private final boolean root;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean closed;
    private Thread exitHook;

    private PostgresCluster(Path dir, Path bin, int port, String password, boolean root) throws IOException {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.password = password;
        this.root = root;
        this.passFile = write(dir.getParent().resolve(dir.getFileName() + ".pgpass"),
                "127.0.0.1:" + port + ":*:" + USER + ":" + password + "\n");
        this.passwordFile = write(dir.getParent().resolve(dir.getFileName() + ".password"), password + "\n");
    }

    /** The cluster of this test JVM, made on first use; removed when the JVM exits. */
    static synchronized PostgresCluster shared() throws IOException {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /**
     * Makes and starts a new cluster, removed by {@link #close} or, at the latest, when the JVM exits (also when the
     * test run is stopped or times out: no server is left running behind it).
     */
    static PostgresCluster start() throws IOException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path top = Files.createTempDirectory("agentproxy-pg-");
        Path dir = top.resolve("cluster");
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        String password = Long.toHexString(Double.doubleToLongBits(Math.random())) + "Pg";
        Path pw = top.resolve("initdb-password");
        Files.writeString(pw, password + "\n");
        if (root) {
            run(List.of("chown", "-R", OS_USER, top.toString()));
            Files.setPosixFilePermissions(top, PosixFilePermissions.fromString("rwx--x--x"));
        }
        PostgresCluster cluster = new PostgresCluster(dir, bin, freePort(), password, root);
        try {
            cluster.asOwner(List.of(bin.resolve("initdb").toString(), "-D", dir.toString(), "-U", USER,
                    "--pwfile=" + pw, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                    "--no-locale", "--no-sync"));
            Files.delete(pw);
            for (int attempt = 1;; attempt++) {
                try {
                    cluster.startServer();
                    cluster.removeAtExit();
                    return cluster;
                } catch (IOException e) {
                    if (attempt == 3 || !cluster.portTaken()) {
                        throw e;
                    }
                    // taken since it was chosen (initdb takes seconds): the same cluster on another port
                    cluster = new PostgresCluster(dir, bin, freePort(), password, root);
                }
            }
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void removeAtExit() {
        exitHook = new Thread(this::close, "remove-postgres-cluster");
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    /** Whether the server's last start failed because its port was taken. */
    private boolean portTaken() throws IOException {
        Path log = dir.resolve("server.log");
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("Address already in use");
    }

    /** Starts the server (again) and waits until it accepts connections. */
    void startServer() throws IOException {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-l", dir.resolve("server.log")
                .toString(), "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 "
                + "-c unix_socket_directories=" + dir + " -c fsync=off -c max_connections=200", "start"));
    }

    /** Stops the server (fast: open connections are closed) and waits until it is down. */
    void stopServer() throws IOException {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "fast", "-w", "stop"));
    }

    /** A new, empty database; returns its {@code postgresql://} URL. */
    String createDatabase() throws IOException {
        String name = "t" + databases.incrementAndGet();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IOException("CREATE DATABASE " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    /** The database a {@code postgresql://} URL of {@link #url} names. */
    static String databaseOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    String url(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A superuser connection to a database. */
    Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", password);
        return new org.postgresql.Driver().connect("jdbc:" + url(database), props);
    }

    /** {@code pg_dump} of a database (plain SQL), as text. */
    String dump(String database) throws IOException {
        Path out = Files.createTempFile("agentproxy-pg-dump-", ".sql");
        try {
            ProcessBuilder builder = new ProcessBuilder(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1",
                    "-p", Integer.toString(port), "-U", USER, "--no-password", database);
            builder.environment().put("PGPASSFILE", passFile.toString());
            builder.redirectOutput(out.toFile()).redirectErrorStream(false);
            Process p = builder.start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException("pg_dump " + database + " failed: " + err);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (exitHook != null && Thread.currentThread() != exitHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException e) {
                // the JVM is exiting: the hook runs anyway, and finds the cluster closed
            }
        }
        try {
            if (Files.exists(dir.resolve("postmaster.pid"))) {
                asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "immediate", "-w",
                        "stop"));
            }
        } catch (IOException | RuntimeException e) {
            // removing it anyway
        }
        try (var files = Files.walk(dir.getParent())) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder: the OS cleans up
        }
    }

    private void asOwner(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(Arrays.asList("runuser", "-u", OS_USER, "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command.subList(0, Math.min(4, command.size()))) + " failed: "
                        + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The owner-only file {@code file} with {@code text}, readable by the tests (root or the OS user). */
    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** PostgreSQL's server programs: Debian's newest {@code /usr/lib/postgresql/VERSION/bin}, else the PATH. */
    static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> number(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, "initdb"))) {
                return Path.of(entry);
            }
        }
        throw new IOException("PostgreSQL's initdb was not found: install Debian's postgresql package "
                + "(releng/scripts/common.sh ensure_test_service_packages)");
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A free loopback port below the kernel's ephemeral range ({@code ip_local_port_range}), chosen at random. Not a
     * port the kernel hands out itself: between the choice and PostgreSQL's bind (initdb runs in between), and while
     * a test restarts the server on its port, a port of that range may become the local port of any outgoing
     * connection or port-0 listener — those of another test run on the same machine included (several worktrees
     * running their server tests at once make thousands of loopback connections). Below the range only another
     * cluster chooses, at random too, and a start that finds its port taken is retried on another.
     */
    private static int freePort() throws IOException {
        int high = ephemeralLow() - 1;
        int low = 20000;
        for (int i = 0; i < 100; i++) {
            int port = low + RANDOM.nextInt(high - low + 1);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (BindException taken) {
                // another one
            }
        }
        throw new IOException("no free loopback port from " + low + " to " + high);
    }

    /**
     * The first port of the kernel's ephemeral range; Linux's default 32768 when it cannot be read or is implausible
     * (read line by line: {@code Files.readString} takes a {@code /proc} file's size, 0, and stops short).
     */
    private static int ephemeralLow() {
        try {
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low > 22000 ? low : 32768;
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }
}
