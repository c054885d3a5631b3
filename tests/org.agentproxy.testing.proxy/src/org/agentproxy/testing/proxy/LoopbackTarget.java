package org.agentproxy.testing.proxy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A TCP server on 127.0.0.1 that a tunnel should reach: it accepts connections, and either answers nothing
 * ({@link #silent()}, for timeouts and cancellation) or nothing in particular — the test only needs the
 * connection. {@link #accepted()} completes when the first connection arrives.
 */
public final class LoopbackTarget implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<Socket> accepted = new CompletableFuture<>();

    private LoopbackTarget(ServerSocket server) {
        this.server = server;
        Thread t = new Thread(this::acceptLoop, "loopback target " + server.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    /** A target that accepts and keeps connections open, answering nothing. */
    public static LoopbackTarget silent() throws IOException {
        return new LoopbackTarget(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    private void acceptLoop() {
        try {
            while (!server.isClosed()) {
                Socket s = server.accept();
                accepted.complete(s);
            }
        } catch (IOException e) {
            accepted.completeExceptionally(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Completes with the first accepted connection. */
    public CompletableFuture<Socket> accepted() {
        return accepted;
    }

    /** Whether a connection arrived within a (generous) limit: a wait on a condition, not a timing check. */
    public boolean wasReached() {
        try {
            accepted.get(30, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (accepted.isDone() && !accepted.isCompletedExceptionally()) {
            accepted.join().close();
        }
    }
}
