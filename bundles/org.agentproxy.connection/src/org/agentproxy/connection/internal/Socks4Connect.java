package org.agentproxy.connection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.Outcome;

/**
 * The SOCKS4 {@code CONNECT} request, or SOCKS4a when the target is a name (the proxy resolves it): version 4,
 * command 1, port, address (0.0.0.1 for 4a), user id, NUL, [name, NUL]; the reply is 8 bytes with code 90 for
 * "granted".
 */
final class Socks4Connect {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int GRANTED = 90;

    private Socks4Connect() {
    }

    /** Whether a target can be reached with SOCKS4(a): an IPv4 literal or a name, not an IPv6 literal. */
    static boolean canAddress(String host) {
        return host.indexOf(':') < 0;
    }

    static Outcome handshake(Socket socket, ConnectionTestRequest request) throws IOException {
        String host = request.target().host();
        boolean byName = !IPV4.matcher(host).matches();
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.write(4);
        req.write(1);
        req.write(request.target().port() >> 8 & 0xff);
        req.write(request.target().port() & 0xff);
        req.writeBytes(byName ? new byte[] { 0, 0, 0, 1 } : ipv4(host));
        if (request.credentials() != null) {
            req.writeBytes(request.credentials().user().getBytes(StandardCharsets.UTF_8));
        }
        req.write(0);
        if (byName) {
            req.writeBytes(host.getBytes(StandardCharsets.US_ASCII));
            req.write(0);
        }
        socket.getOutputStream().write(req.toByteArray());
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        byte[] reply = in.readNBytes(8);
        if (reply.length == 0) {
            return new Outcome.ProtocolError(Messages.ResponseHead_closedWithoutAnswer);
        }
        if (reply[0] != 0 && reply[0] != 4) {
            return new Outcome.ProtocolError(Messages.bind(reply[0] == 'H' ? Messages.Socks4Connect_notSocks4Http
                    : Messages.Socks4Connect_notSocks4, reply[0] & 0xff));
        }
        if (reply.length < 2) {
            return new Outcome.ProtocolError(Messages.bind(Messages.Socks4Connect_closedAfter, reply.length));
        }
        int code = reply[1] & 0xff;
        if (code != GRANTED) {
            return new Outcome.SocksRejected(code);
        }
        if (reply.length < 8) {
            return new Outcome.ProtocolError(Messages.bind(Messages.Socks4Connect_closedAfter, reply.length));
        }
        return new Outcome.TunnelEstablished(byName ? "SOCKS4a request granted" : "SOCKS4 request granted");
    }

    private static byte[] ipv4(String literal) throws IOException {
        InetAddress a = InetAddress.getByName(literal);   // a literal: no DNS
        if (!(a instanceof Inet4Address)) {
            throw new IOException("target " + literal + " is not an IPv4 address");
        }
        return a.getAddress();
    }
}
