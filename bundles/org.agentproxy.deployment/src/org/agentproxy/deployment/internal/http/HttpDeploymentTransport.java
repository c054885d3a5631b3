package org.agentproxy.deployment.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeployedPolicy;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.DeploymentTransport;
import org.agentproxy.deployment.DeploymentTransport.HeldSecrets;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.TransportException.Kind;
import org.agentproxy.deployment.VersionInfo;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.SecretFingerprintCodec;
import org.agentproxy.policy.codec.PolicyCodec;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** Deploys to a policy server over its admin API ({@code http} and {@code https} URIs). */
@Component(service = DeploymentTransport.class, immediate = false)
public final class HttpDeploymentTransport implements DeploymentTransport {

    private final ServerCalls calls = new ServerCalls();

    @Override
    public String id() {
        return "http";
    }

    @Override
    public boolean supports(DeploymentTarget target) {
        String scheme = target.server().getScheme();
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    @Override
    public Optional<DeployedPolicy> current(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException {
        HttpResponse<byte[]> response = calls.send(calls.request(target, token, "policy").GET().build(), target,
                monitor);
        if (response.statusCode() == 404 && ServerCalls.errorCode(response).equals("no-policy")) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw ServerCalls.failure(target, response);
        }
        long version = response.headers().firstValueAsLong("X-Agentproxy-Version").orElse(0);
        try {
            return Optional.of(new DeployedPolicy(version, PolicyCodec.read(new ByteArrayInputStream(
                    response.body()))));
        } catch (IOException e) {
            throw new TransportException(Kind.FAILED, 200, Messages.bind(Messages.Http_unreadablePolicy, target,
                    e.getMessage()));
        }
    }

    @Override
    public long deploy(DeploymentTarget target, AccessToken token, Policy policy, long expectedVersion, String note,
            IProgressMonitor monitor) throws TransportException {
        var request = calls.request(target, token, "policy").header("If-Match", "\"" + expectedVersion + "\"")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(PolicyCodec.write(policy)));
        return created(target, calls.send(withNote(request, note).build(), target, monitor));
    }

    @Override
    public long rollback(DeploymentTarget target, AccessToken token, long toVersion, long expectedVersion,
            String note, IProgressMonitor monitor) throws TransportException {
        var request = calls.request(target, token, "rollback").header("If-Match", "\"" + expectedVersion + "\"")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"version\": " + toVersion + "}"));
        return created(target, calls.send(withNote(request, note).build(), target, monitor));
    }

    @Override
    public boolean carriesSecrets() {
        return true;
    }

    /**
     * {@code PUT …/secrets} with {@code {"secrets": {KEY: VALUE}}} after checking that the group is still at the
     * expected version, with {@code If-Match} on the planned secrets revision (the server answers 412, a
     * {@code CONFLICT}, when another client stored values since; without a planned revision the current one is
     * read right before, as an older plan had none). The body is built from the {@code char[]} values without a {@code String} and wiped once
     * sent.
     */
    @Override
    public void putSecrets(DeploymentTarget target, AccessToken token, Map<String, char[]> values,
            long expectedVersion, long expectedSecretsRevision, IProgressMonitor monitor) throws TransportException {
        long revision = expectedSecretsRevision >= 0 ? expectedSecretsRevision
                : heldSecrets(target, token, monitor).path("revision").asLong(0);
        HttpResponse<byte[]> group = calls.send(calls.request(target, token, "").GET().build(), target, monitor);
        if (group.statusCode() != 200) {
            throw ServerCalls.failure(target, group);
        }
        long current = ServerCalls.json(group).path("currentVersion").asLong(-1);
        if (current != expectedVersion) {
            throw new TransportException(Kind.CONFLICT, 412, Messages.bind(Messages.Http_secretsConflict, target,
                    current, expectedVersion));
        }
        byte[] body = SecretsBody.encode(values);
        try {
            var request = calls.request(target, token, "secrets").header("Content-Type", "application/json")
                    .header("If-Match", "\"" + revision + "\"").PUT(BodyPublishers.ofByteArray(body)).build();
            HttpResponse<byte[]> response = calls.send(request, target, monitor);
            if (response.statusCode() != 200) {
                throw ServerCalls.failure(target, response);
            }
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    /**
     * {@code GET …/secrets}: per key the salt, iterations and PBKDF2 hash the server made of its value. Empty when
     * the server offers no fingerprints (an older server).
     */
    @Override
    public Optional<HeldSecrets> secretFingerprints(DeploymentTarget target, AccessToken token,
            IProgressMonitor monitor) throws TransportException {
        JsonNode held = heldSecrets(target, token, monitor);
        JsonNode fingerprints = held.get("fingerprints");
        if (fingerprints == null || !fingerprints.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HeldSecrets(held.path("revision").asLong(0),
                    SecretFingerprintCodec.fromJson(fingerprints)));
        } catch (IllegalArgumentException bad) {
            throw new TransportException(Kind.FAILED, 200, Messages.bind(Messages.Http_badFingerprints, target,
                    bad.getMessage()));
        }
    }

    /** {@code GET …/secrets}: the secrets revision, keys and fingerprints (never a value). */
    private JsonNode heldSecrets(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException {
        HttpResponse<byte[]> response = calls.send(calls.request(target, token, "secrets").GET().build(), target,
                monitor);
        if (response.statusCode() != 200) {
            throw ServerCalls.failure(target, response);
        }
        return ServerCalls.json(response);
    }

    @Override
    public List<VersionInfo> history(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException {
        HttpResponse<byte[]> response = calls.send(calls.request(target, token, "versions").GET().build(), target,
                monitor);
        if (response.statusCode() != 200) {
            throw ServerCalls.failure(target, response);
        }
        List<VersionInfo> versions = new ArrayList<>();
        for (JsonNode v : ServerCalls.json(response).path("versions")) {
            versions.add(new VersionInfo(v.path("version").asLong(), v.path("from").asLong(),
                    v.path("action").asText(), v.path("rollbackOf").asLong(0), Instant.parse(v.path("time").asText()),
                    v.path("actor").asText(), v.hasNonNull("note") ? v.get("note").asText() : null,
                    v.path("name").asText(null)));
        }
        return versions;
    }

    private static java.net.http.HttpRequest.Builder withNote(java.net.http.HttpRequest.Builder request,
            String note) {
        if (note != null && !note.isBlank()) {
            request.header("X-Agentproxy-Note", note.length() > 200 ? note.substring(0, 200) : note);
        }
        return request;
    }

    private static long created(DeploymentTarget target, HttpResponse<byte[]> response) throws TransportException {
        if (response.statusCode() != 201) {
            throw ServerCalls.failure(target, response);
        }
        long version = ServerCalls.json(response).path("version").asLong(0);
        if (version < 1) {
            throw new TransportException(Kind.FAILED, 201, Messages.bind(Messages.Http_noNewVersion, target));
        }
        return version;
    }
}
