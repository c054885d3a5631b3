package org.agentproxy.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The policy server's request handling, in this JVM on loopback (so the fuzzer sees its coverage): admin requests
 * of any method, path, headers and body; the secrets body; any bytes on the wire. Properties: no answer is a 500 or
 * not JSON (a refusal, Jetty's own included), nothing is logged as an internal error, no answer holds a secret value
 * the server keeps or the admin token, and a secrets body's values are never echoed.
 */
class ServerRequestsFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The secret value the server holds. The fuzzer learns it from the comparisons it watches (the server compares a
     * new value with the stored one) and may send it back in plain text — in a path the refused-request log then
     * shows, in a policy name; from then on an answer may hold it without revealing anything. So once a request has
     * sent it, a fresh value is stored, and the property holds again for the value the server keeps.
     */
    private static String secret;
    private static int generation;
    private static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "HEAD", "PATCH", "OPTIONS"};
    private static final String[] PATHS = {"/v1/admin/groups", "/v1/admin/groups/hq", "/v1/admin/groups/hq/policy",
        "/v1/admin/groups/hq/versions", "/v1/admin/groups/hq/versions/1", "/v1/admin/groups/hq/rollback",
        "/v1/admin/groups/hq/audit", "/v1/admin/groups/hq/secrets", "/v1/admin/groups/hq/agent-token",
        "/v1/admin/audit/refused", "/v1/agent/groups/hq/policy", "/healthz", "/v1/admin/groups/"};
    private static final String[] TYPES = {null, "application/json", "application/json; charset=utf-8",
        "text/plain", "application/x-www-form-urlencoded", "application/xml", "application/merge-patch+json"};

    private static Path data;
    private static PolicyServer server;
    private static String adminToken;
    private static final List<String> LOG = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("fuzz-server");
        server = PolicyServer.start(ServerConfig.of(data).withPort(0).withMaxBodyBytes(64 * 1024)
                .withAuthFailureLimit(0), LOG::add);
        adminToken = Files.readString(data.resolve("admin-token")).strip();
        exchange("PUT", "/v1/admin/groups/hq", adminToken, null, null, new byte[0]);
        exchange("PUT", "/v1/admin/groups/hq/policy", adminToken, "application/json", "\"0\"", ("{\"format\": "
                + "\"agentproxy-policy/1\", \"name\": \"F\", \"server\": {\"host\": \"o.example\", \"port\": 4343}, "
                + "\"internalAgents\": {\"server\": {\"enabled\": true, \"host\": \"p.example\", \"port\": 8080, "
                + "\"user\": \"u\", \"password\": {\"ref\": \"internalAgents.server.password\"}}}}")
                .getBytes(StandardCharsets.UTF_8));
        Answer stored = storeFreshSecret();
        assertEquals(200, stored.status, stored.body);
    }

    /** Stores a value never sent before as the group's secret (if the fuzzer left the group in place). */
    private static Answer storeFreshSecret() throws IOException {
        secret = Fuzzing.SECRET_MARK + "stored-proxy-password-" + ++generation;
        Answer current = exchange("GET", "/v1/admin/groups/hq/secrets", adminToken, null, null, new byte[0]);
        String revision = current == null || current.header("etag") == null ? "\"0\"" : current.header("etag");
        return exchange("PUT", "/v1/admin/groups/hq/secrets", adminToken, "application/json", revision,
                ("{\"secrets\": {\"internalAgents.server.password\": \"" + secret + "\"}}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void anyAdminRequestIsAnsweredWithJson(FuzzedDataProvider in) throws IOException {
        String method = in.pickValue(METHODS);
        String path = in.pickValue(PATHS) + (in.consumeBoolean() ? in.consumeString(40) : "");
        String token = switch (in.consumeInt(0, 2)) {
            case 0 -> adminToken;
            case 1 -> null;
            default -> in.consumeString(60);
        };
        String type = in.pickValue(TYPES);
        String ifMatch = in.consumeBoolean() ? in.consumeString(12) : null;
        byte[] body = in.consumeRemainingAsBytes();
        Answer answer = exchange(method, path, token, type, ifMatch, body);
        if (answer != null) {
            check(method + " " + path, method, answer, path + token + ifMatch
                    + new String(body, StandardCharsets.UTF_8));
        }
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void aSecretsBodyIsStoredOrRefusedWithoutEchoingAValue(byte[] body) throws IOException {
        String revision = exchange("GET", "/v1/admin/groups/hq/secrets", adminToken, null, null, new byte[0])
                .header("etag");
        Answer answer = exchange("PUT", "/v1/admin/groups/hq/secrets", adminToken, "application/json", revision, body);
        check("PUT secrets", "PUT", answer, new String(body, StandardCharsets.UTF_8));
        assertTrue(answer.status == 200 || answer.status == 400 || answer.status == 413, answer.status + " "
                + answer.body);
        if (answer.status != 200) {
            for (String value : values(body)) {
                assertFalse(answer.body.contains(value), "the refusal echoes a value of the body");
            }
        } else { // the body replaced the values: store a secret for the other properties again
            storeFreshSecret();
        }
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void anyBytesOnTheWireAreAnsweredWithJsonOrClosed(byte[] request) throws IOException {
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                return; // the server refused and closed while the bytes were still being sent
            }
            Answer answer;
            try {
                // the answer to a HEAD has no body, whatever its Content-Length says
                boolean head = new String(request, StandardCharsets.ISO_8859_1).strip().startsWith("HEAD ");
                answer = read(socket.getInputStream(), head);
            } catch (SocketTimeoutException | java.net.SocketException gone) {
                return;
            }
            if (answer != null) {
                check("raw bytes", "GET", answer, new String(request, StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** The properties of every answer; {@code sent} is what the request held in plain text. */
    private static void check(String what, String method, Answer answer, String sent) throws IOException {
        assertNotEquals(500, answer.status, what + ": " + answer.body);
        assertFalse(LOG.stream().anyMatch(l -> l.contains("internal error")), LOG.toString());
        if (sent.contains(secret)) {
            storeFreshSecret(); // sent back in plain text: from now on it may be echoed as the input it was
        } else {
            assertFalse((answer.head + answer.body).contains(secret), what + ": an answer holds the stored secret");
        }
        assertFalse(answer.body.contains(adminToken) || answer.head.contains(adminToken), what
                + ": an answer holds the admin token");
        if (answer.status >= 400 && !method.equals("HEAD") && !answer.body.isEmpty()) {
            assertTrue(answer.header("content-type") != null && answer.header("content-type")
                    .startsWith("application/json"), what + ": a refusal that is not JSON: " + answer.head);
            try {
                assertTrue(JSON.readTree(answer.body).hasNonNull("error"), what + ": no error code: " + answer.body);
            } catch (IOException e) {
                throw new AssertionError(what + ": a refusal that is not JSON: " + answer.body, e);
            }
        }
    }

    /** The string values of a secrets body (8 characters or more, not part of a key), to look for in the answer. */
    private static List<String> values(byte[] body) {
        List<String> values = new ArrayList<>();
        try {
            JsonNode secrets = JSON.readTree(body).path("secrets");
            List<String> keys = new ArrayList<>();
            secrets.fieldNames().forEachRemaining(keys::add);
            for (Iterator<Map.Entry<String, JsonNode>> it = secrets.fields(); it.hasNext();) {
                JsonNode v = it.next().getValue();
                if (v.isTextual() && v.asText().length() >= 8 && keys.stream().noneMatch(k -> k.contains(v.asText()))) {
                    values.add(v.asText());
                }
            }
        } catch (IOException | RuntimeException notJson) {
            // no values to look for
        }
        return values;
    }

    /** One request on its own connection; null when the server closed it without an answer. */
    static Answer exchange(String method, String path, String token, String type, String ifMatch, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        if (ifMatch != null) {
            head.append("If-Match: ").append(ifMatch).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server answered and closed before the whole request was sent: read what it said
            }
            return read(socket.getInputStream(), method.equals("HEAD"));
        }
    }

    /**
     * One answer: the head, then (unless it answers a HEAD) Content-Length bytes or all to the end; null when the
     * connection ended first.
     */
    static Answer read(InputStream in, boolean toHead) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Answer partial = new Answer(Integer.parseInt(text.substring(9, 12)), text, "");
        String length = partial.header("content-length");
        byte[] body = toHead ? new byte[0]
                : length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        return new Answer(partial.status, text, new String(body, StandardCharsets.UTF_8));
    }

    record Answer(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }
}
