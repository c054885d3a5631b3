package org.agentproxy.server.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An HTTP/1.1 client on a plain socket, independent of every HTTP library: it writes exactly the bytes a test gives
 * (a malformed request line, a control character, a body the server will refuse) and reads one answer. For the edges
 * that are about the wire.
 */
final class RawHttp {

    /** One answer: status, the raw header block (lower-cased names) and the body. */
    record Answer(int status, String headers, String body) {

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (HTTP " + status + ", Content-Type " + header("Content-Type")
                        + "): " + body, e);
            }
        }
    }

    private final URI server;

    RawHttp(URI server) {
        this.server = server;
    }

    /** Sends the head (request line and headers, without the blank line), then {@code body}; reads the answer. */
    Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Sends a body chunked ({@code Transfer-Encoding: chunked}) in chunks of 64 KiB; reads the answer. */
    Answer sendChunked(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (int at = 0; at < body.length; at += 65536) {
                int n = Math.min(65536, body.length - at);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, at, n);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Reads one answer: the head up to the blank line, then Content-Length bytes (or to the end). */
    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection ended before the answer's head; got: "
                        + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(text.substring(9, 12));
        Answer partial = new Answer(status, text, "");
        String length = partial.header("Content-Length");
        byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        return new Answer(status, text.toLowerCase(Locale.ROOT), new String(body, StandardCharsets.UTF_8));
    }

    /** {@code Host: 127.0.0.1:PORT}. */
    String host() {
        return "Host: " + server.getHost() + ":" + server.getPort();
    }
}
