package org.agentproxy.testing.proxy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scripted SOCKS4 server on 127.0.0.1 for one request: it reads a SOCKS4 or SOCKS4a request, records it and
 * answers with a fixed reply code (90 granted, 91 rejected, …). It connects nowhere: it checks the protocol of
 * the client, not the network (Debian has no small SOCKS4 server for tests).
 */
public final class ScriptedSocks4Proxy implements AutoCloseable {

    /**
     * A SOCKS4 request as received.
     *
     * @param version the first byte (4)
     * @param command 1 for CONNECT
     * @param port    the target port
     * @param address the 4 address bytes (0.0.0.x for SOCKS4a)
     * @param userId  the user id
     * @param host    the target name for SOCKS4a, else {@code null}
     */
    public record Request(int version, int command, int port, byte[] address, String userId, String host) {
    }

    private final ServerSocket server;
    private final int replyCode;
    private final CompletableFuture<Request> received = new CompletableFuture<>();

    public ScriptedSocks4Proxy(int replyCode) throws IOException {
        this.replyCode = replyCode;
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serveOne, "scripted socks4 " + server.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    private void serveOne() {
        try (Socket s = server.accept()) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            int version = in.readUnsignedByte();
            int command = in.readUnsignedByte();
            int port = in.readUnsignedShort();
            byte[] address = in.readNBytes(4);
            String userId = readNulTerminated(in);
            String host = address[0] == 0 && address[1] == 0 && address[2] == 0 && address[3] != 0
                    ? readNulTerminated(in) : null;
            received.complete(new Request(version, command, port, address, userId, host));
            s.getOutputStream().write(new byte[] { 0, (byte) replyCode, 0, 0, 0, 0, 0, 0 });
            s.getOutputStream().flush();
        } catch (IOException e) {
            received.completeExceptionally(e);
        }
    }

    private static String readNulTerminated(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int b = in.read(); b > 0; b = in.read()) {
            s.append((char) b);
        }
        return s.toString();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The request the proxy received (waits for it, up to a generous limit). */
    public Request request() throws Exception {
        return received.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
