package org.agentproxy.deployment.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.ServerTrust;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.TransportException.Kind;
import org.agentproxy.deployment.UntrustedServerException;
import org.agentproxy.deployment.internal.tls.CertificateRefusal;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests to a policy server's admin API: builds them with the token, sends them so that cancelling the monitor
 * aborts the wait, and turns failures into {@link TransportException}s with the server's own error message.
 */
final class ServerCalls {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).sslContext(ServerTrust.shared().sslContext()).build();

    /** A request to {@code v1/admin/groups/GROUP/RESOURCE} of the target's server, with the token. */
    HttpRequest.Builder request(DeploymentTarget target, AccessToken token, String resource)
            throws TransportException {
        String group = URLEncoder.encode(target.group(), StandardCharsets.UTF_8).replace("+", "%20");
        return request(target.server(), token, "v1/admin/groups/" + group
                + (resource.isEmpty() || resource.startsWith("?") ? resource : "/" + resource), target);
    }

    /** A request to {@code PATH} (relative, e.g. {@code v1/admin/groups}) of a server, with the token. */
    HttpRequest.Builder request(URI server, AccessToken token, String path, Object forMessages)
            throws TransportException {
        if (token == null) {
            throw new TransportException(Kind.UNAUTHORIZED, 0, Messages.bind(Messages.ServerCalls_noAdminToken,
                    forMessages, server));
        }
        String base = server.toString();
        URI uri = URI.create((base.endsWith("/") ? base : base + "/") + path);
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json");
    }

    /** Sends a request; waits in slices so that a cancelled monitor aborts it. */
    HttpResponse<byte[]> send(HttpRequest request, Object target, IProgressMonitor monitor)
            throws TransportException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        while (true) {
            if (monitor.isCanceled()) {
                future.cancel(true);
                throw new OperationCanceledException();
            }
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not yet: check for cancellation again
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                throw unreachable(target, e.getCause());
            }
        }
    }

    /**
     * A certificate the client refused: never retried; the message names the fingerprint seen, the pinned one when
     * there is one, and how to pin.
     */
    static UntrustedServerException untrusted(Object target, CertificateRefusal refusal) {
        URI server = target instanceof DeploymentTarget t ? t.server() : target instanceof URI u ? u : null;
        String prefix = target instanceof DeploymentTarget t ? t + ": " : "";
        UntrustedServerException e = new UntrustedServerException(server, refusal.seen(), refusal.pinned(),
                prefix + refusal.explained());
        e.initCause(refusal);
        return e;
    }

    /** The failure an error response stands for, with the server's message (it never holds a secret). */
    static TransportException failure(Object target, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String message = Messages.bind(status == 413 ? Messages.ServerCalls_httpErrorTooLarge
                : Messages.ServerCalls_httpError, target, status, serverMessage(response));
        Kind kind = switch (status) {
            case 412 -> Kind.CONFLICT;
            case 401, 403 -> Kind.UNAUTHORIZED;
            case 408, 429 -> Kind.TRANSIENT;
            default -> status >= 500 ? Kind.TRANSIENT : status >= 400 ? Kind.REJECTED : Kind.FAILED;
        };
        return new TransportException(kind, status, message);
    }

    /** The JSON error code of a response ({@code "no-policy"}), or "". */
    static String errorCode(HttpResponse<byte[]> response) {
        return json(response).path("error").asText("");
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            JsonNode node = MAPPER.readTree(response.body());
            return node == null ? MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }

    private static String serverMessage(HttpResponse<byte[]> response) {
        String message = json(response).path("message").asText("");
        return message.isEmpty() ? Messages.ServerCalls_noErrorMessage : message;
    }

    private static TransportException unreachable(Object target, Throwable cause) {
        CertificateRefusal refusal = CertificateRefusal.in(cause);
        if (refusal != null) {
            return untrusted(target, refusal);
        }
        String why = why(cause);
        String message = target instanceof DeploymentTarget t
                ? Messages.bind(Messages.ServerCalls_cannotReachTarget, t, t.server(), why)
                : Messages.bind(Messages.ServerCalls_cannotReach, target, why);
        return new TransportException(Kind.TRANSIENT, message, cause);
    }

    /**
     * Why a request did not get an answer, in words: refused, timed out, a certificate for another host name, another
     * handshake failure; else the exception as it is (its message is the runtime's).
     */
    static String why(Throwable cause) {
        if (cause instanceof ConnectException) {
            return Messages.ServerCalls_connectionRefused;
        }
        if (cause instanceof HttpTimeoutException) {
            return Messages.ServerCalls_timedOut;
        }
        if (cause instanceof SSLHandshakeException handshake) {
            String detail = String.valueOf(handshake.getMessage());
            // the runtime's words when the certificate names other hosts (sun.security.util.HostnameChecker)
            return detail.contains("No subject alternative") || detail.contains("No name matching")
                    ? Messages.bind(Messages.ServerCalls_hostNameMismatch, detail)
                    : Messages.bind(Messages.ServerCalls_tlsHandshake, detail);
        }
        String type = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? type : Messages.bind(Messages.ServerCalls_otherFailure, type, cause.getMessage());
    }
}
