package org.agentproxy.server.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the server's API in tests. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One answer. */
    record Reply(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (HTTP " + status + "): " + response.body(), e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final URI base;
    private final boolean contract;

    /** A client of the server at {@code base}, directly. */
    Api(URI base) {
        this(base, false);
    }

    /**
     * @param contract whether {@code base} is Prism's validating proxy: every answer is then checked with
     *                 {@link Contract#check}
     */
    Api(URI base, boolean contract) {
        this.base = base;
        this.contract = contract;
    }

    /** A request to a path (without a leading slash) with an optional bearer token. */
    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    Reply send(HttpRequest.Builder request) {
        try {
            return sendOrThrow(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends; an I/O failure (the server is gone) is thrown. */
    Reply sendOrThrow(HttpRequest.Builder request) throws IOException {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> r = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            if (contract) {
                Contract.check(built.method(), built.uri(), r);
            }
            return new Reply(r.statusCode(), r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A PUT; a non-empty body is sent as {@code application/json} unless {@code headers} name a Content-Type. */
    Reply put(String path, String token, String body, String... headers) {
        return send(withBody(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body)), body, headers));
    }

    /** A POST; a non-empty body is sent as {@code application/json} unless {@code headers} name a Content-Type. */
    Reply post(String path, String token, String body, String... headers) {
        return send(withBody(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)), body, headers));
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder b, String body, String... headers) {
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed && !body.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        return b;
    }

    Reply delete(String path, String token, String... headers) {
        HttpRequest.Builder b = request(path, token).DELETE();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }
}
