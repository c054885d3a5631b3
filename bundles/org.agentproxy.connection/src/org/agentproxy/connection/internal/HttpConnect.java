package org.agentproxy.connection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.Outcome;

/** The HTTP {@code CONNECT} handshake (RFC 9110 §9.3.6) and what the proxy's answer means. */
final class HttpConnect {

    private HttpConnect() {
    }

    static Outcome handshake(Socket socket, ConnectionTestRequest request) throws IOException {
        String target = request.targetAuthority();
        boolean withCredentials = request.credentials() != null;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(("CONNECT " + target + " HTTP/1.1\r\nHost: " + target
                + "\r\nUser-Agent: AgentProxyStudio-ConnectionTest/1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        out.write(head.toByteArray());
        if (withCredentials) {
            byte[] token = BasicAuth.token(request.credentials());
            try {
                out.write("Proxy-Authorization: Basic ".getBytes(StandardCharsets.ISO_8859_1));
                out.write(token);
                out.write(new byte[] { '\r', '\n' });
            } finally {
                Arrays.fill(token, (byte) 0);
            }
        }
        out.write(new byte[] { '\r', '\n' });
        out.flush();
        return interpret(ResponseHead.read(socket.getInputStream()), request, withCredentials);
    }

    static Outcome interpret(ResponseHead answer, ConnectionTestRequest request, boolean credentialsSent) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return new Outcome.TunnelEstablished(answer.statusLine());
        }
        if (status == 407 || status == 401) {
            List<String> challenges = new ArrayList<>(answer.header("Proxy-Authenticate"));
            if (status == 401) {
                challenges.addAll(answer.header("WWW-Authenticate"));
            }
            return new Outcome.AuthenticationRequired(status, AuthChallenges.schemes(challenges), credentialsSent);
        }
        String squid = String.join(" ", answer.header("X-Squid-Error"));
        if (squid.toUpperCase(Locale.ROOT).startsWith("ERR_DNS_FAIL")) {
            return new Outcome.DnsFailure(request.target().host(), true);
        }
        return new Outcome.HttpRefused(status, answer.reason(), squid.isEmpty() ? "" : "X-Squid-Error: " + squid);
    }
}
