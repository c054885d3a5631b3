package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges a hostile or careless client finds, checked on the wire with {@link RawHttp} (a plain socket, no HTTP
 * library): refused bodies are answered, not reset; Jetty's own refusals are JSON; a client leaving mid-body is no
 * internal error; the lock file is owner-only.
 */
class HttpEdgesTest {

    private static final int LIMIT = 8192;
    private static final int TRIES = 30;

    @TempDir
    Path data;
    TestServer server;
    RawHttp raw;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(ServerConfig.of(data).withMaxBodyBytes(LIMIT));
        server.createGroup("hq");
        raw = new RawHttp(server.server.uri());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anOversizedBodyWithoutExpectContinueGets413EveryTime() throws Exception {
        byte[] body = new byte[4 << 20]; // 4 MiB: far more than the socket buffers hold, 512 times the limit
        Arrays.fill(body, (byte) ' ');

        for (int i = 0; i < TRIES; i++) {
            RawHttp.Answer answer = raw.send(deployHead("Content-Length: " + body.length), body);

            assertEquals(413, answer.status(), "try " + (i + 1));
            assertEquals("body-too-large", answer.json().get("error").asText());
            assertEquals(LIMIT, answer.json().get("limit").asInt());
        }
        assertNoVersion();
    }

    @Test
    void anOversizedChunkedBodyGets413EveryTime() throws Exception {
        byte[] body = new byte[2 << 20];
        Arrays.fill(body, (byte) ' ');

        for (int i = 0; i < TRIES; i++) {
            RawHttp.Answer answer = raw.sendChunked(deployHead(null), body);

            assertEquals(413, answer.status(), "try " + (i + 1));
            assertEquals("body-too-large", answer.json().get("error").asText());
        }
        assertNoVersion();
    }

    @Test
    void aBodyRefusedBeforeItIsReadIsAnsweredNotReset() throws Exception {
        byte[] body = new byte[LIMIT - 100]; // within the limit, but the group does not exist
        Arrays.fill(body, (byte) ' ');
        String head = "PUT /v1/admin/groups/nowhere/policy HTTP/1.1\r\n" + raw.host() + "\r\nAuthorization: Bearer "
                + server.adminToken + "\r\nIf-Match: \"0\"\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length;

        for (int i = 0; i < TRIES; i++) {
            assertEquals(404, raw.send(head, body).status(), "try " + (i + 1));
        }
    }

    @Test
    void aBodyNoResourceReadsIsDiscardedAndTheAnswerArrives() throws Exception {
        byte[] body = new byte[1 << 20]; // a GET with a body: answered without reading it (found by fuzzing)
        Arrays.fill(body, (byte) ' ');
        String head = "GET /v1/admin/groups HTTP/1.1\r\n" + raw.host() + "\r\nAuthorization: Bearer "
                + server.adminToken + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length;

        for (int i = 0; i < TRIES; i++) {
            RawHttp.Answer answer = raw.send(head, body);

            assertEquals(200, answer.status(), "try " + (i + 1));
            assertEquals("hq", answer.json().get("groups").get(0).get("group").asText());
        }
    }

    @Test
    void jettysOwnRefusalsAreJsonErrors() throws Exception {
        for (String path : List.of("/v1/admin/groups/%2e%2e/policy", "/v1/admin/groups/a%2fb/policy",
                "/v1/admin/groups/a%0ab/policy", "/v1/admin/groups/a%00b/policy", "/v1/admin/groups/%zz")) {
            assertJsonError(get(path, ""), 400, "bad-request", path);
        }
        assertJsonError(get("/v1/admin/groups/" + "a".repeat(20_000), ""), 414, "uri-too-long", "a long URI");
        assertJsonError(get("/healthz", "\r\nX-Note: a\u0001b"), 400, "bad-request", "a control character");
        assertJsonError(get("/healthz", "\r\nX-Big: " + "b".repeat(20_000)), 431, "headers-too-large",
                "large headers");
        assertJsonError(raw.send("GARBAGE", new byte[0]), 400, "bad-request", "no request line");
    }

    @Test
    void aJsonBodyAsTextFormOrXmlIs415OnEveryOperationThatTakesABody() throws Exception {
        String json = "{\"version\": 1}";
        List<String[]> requests = List.of(
                new String[] {"PUT", "/v1/admin/groups/created", "text/plain"},
                new String[] {"PUT", "/v1/admin/groups/hq/policy", "text/plain; charset=utf-8"},
                new String[] {"POST", "/v1/admin/groups/hq/rollback", "application/x-www-form-urlencoded"},
                new String[] {"PUT", "/v1/admin/groups/hq/secrets", "application/xml"},
                new String[] {"POST", "/v1/admin/groups/hq/agent-token", "text/xml"},
                new String[] {"DELETE", "/v1/admin/groups/hq", "multipart/form-data; boundary=x"});
        for (String[] r : requests) {
            RawHttp.Answer answer = raw.send(r[0] + " " + r[1] + " HTTP/1.1\r\n" + raw.host() + "\r\nAuthorization: "
                    + "Bearer " + server.adminToken + "\r\nIf-Match: \"0\"\r\nContent-Type: " + r[2]
                    + "\r\nContent-Length: " + json.length(), json.getBytes(StandardCharsets.UTF_8));

            assertEquals(415, answer.status(), r[0] + " " + r[1] + " as " + r[2] + ": " + answer.body());
            assertEquals("unsupported-media-type", answer.json().get("error").asText());
            assertEquals("Content-Type", answer.json().get("field").asText());
        }
        assertEquals(404, server.api.get("v1/admin/groups/created", server.adminToken).status());
        assertEquals(200, server.api.get("v1/admin/groups/hq", server.adminToken).status());
        assertNoVersion();
    }

    @Test
    void aClientThatLeavesMidBodyIsNoInternalError() throws Exception {
        try (Socket socket = new Socket(server.server.uri().getHost(), server.server.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((deployHead("Content-Length: 6000") + "\r\n\r\n{\"format\": \"agentproxy-policy/1\", ")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        } // closed with 5,970 bytes of the body missing

        awaitLog("request abandoned: PUT /v1/admin/groups/hq/policy");
        assertFalse(server.log.stream().anyMatch(line -> line.contains("internal error")), server.log.toString());
        assertNoVersion();
        assertEquals(200, server.api.get("v1/admin/groups/hq", server.adminToken).status(), "the server goes on");
    }

    @Test
    void theLockFileIsOwnerOnlyLikeEveryOtherFile() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(".lock"))));
        try (var files = Files.walk(data)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                            f.toString());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    private String deployHead(String length) {
        return "PUT /v1/admin/groups/hq/policy HTTP/1.1\r\n" + raw.host() + "\r\nAuthorization: Bearer "
                + server.adminToken + "\r\nIf-Match: \"0\"\r\nContent-Type: application/json"
                + (length == null ? "" : "\r\n" + length);
    }

    private RawHttp.Answer get(String path, String moreHeaders) throws IOException {
        return raw.send("GET " + path + " HTTP/1.1\r\n" + raw.host() + moreHeaders + "\r\nConnection: close",
                new byte[0]);
    }

    private static void assertJsonError(RawHttp.Answer answer, int status, String error, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.body());
        assertEquals("application/json", answer.header("Content-Type"), what);
        assertEquals(error, answer.json().get("error").asText(), what);
        assertNotNull(answer.json().get("message"), what);
    }

    /** Waits (at most 30 s, polling) until the server logged a line containing {@code text}. */
    private void awaitLog(String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (server.log.stream().noneMatch(line -> line.contains(text))) {
            assertTrue(Instant.now().isBefore(deadline), "no log line \"" + text + "\" in " + server.log);
            Thread.sleep(20);
        }
    }

    private void assertNoVersion() {
        assertEquals(0, server.api.get("v1/admin/groups/hq/versions", server.adminToken).json().get("versions")
                .size());
    }
}
