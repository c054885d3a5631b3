package org.agentproxy.server.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.server.internal.store.GroupStore;
import org.agentproxy.server.internal.store.Json;
import org.agentproxy.server.internal.store.StaleVersionException;
import org.agentproxy.server.internal.store.UnknownVersionException;
import org.agentproxy.server.internal.store.VersionRecord;
import org.eclipse.jetty.http.HttpHeader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A group's policy: the current one, deploy, the versions, rollback. */
final class PolicyResources {

    /** The header a client may send with a short note for the audit log (e.g. a deployment id). */
    static final String NOTE = "X-Agentproxy-Note";
    /** The header that carries the version of a returned policy. */
    static final String VERSION = "X-Agentproxy-Version";

    private final int maxBody;

    PolicyResources(int maxBody) {
        this.maxBody = maxBody;
    }

    void current(Exchange x) throws ApiException {
        VersionRecord current = x.group().current().orElseThrow(() -> new ApiException(404, "no-policy",
                "group \"" + x.group().name() + "\" has no policy deployed yet"));
        sendPolicy(x, current);
    }

    void version(Exchange x, String number) throws ApiException {
        long n = versionNumber(number, "version");
        sendPolicy(x, x.group().version(n).orElseThrow(() -> unknownVersion(x.group(), n)));
    }

    void versions(Exchange x) {
        ObjectNode body = Json.object();
        body.put("group", x.group().name());
        body.put("current", x.group().currentVersion());
        ArrayNode list = body.putArray("versions");
        x.group().versions().forEach(v -> list.add(v.summary()));
        HttpIO.json(x.response(), x.callback(), 200, body);
    }

    void deploy(Exchange x) throws ApiException, IOException {
        long expected = Preconditions.expectedVersion(x.request());
        String note = note(x);
        Policy policy = decode(HttpIO.body(x.request(), maxBody));
        List<Problem> errors = PolicyValidator.validate(policy).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            ArrayNode problems = Json.MAPPER.createArrayNode();
            errors.forEach(p -> problems.addObject().put("field", p.path()).put("message", p.message()));
            throw new ApiException(422, "invalid-policy", errors.get(0) + (errors.size() > 1
                    ? " (and " + (errors.size() - 1) + " more problems)" : "")).with("field", errors.get(0).path())
                    .with("problems", problems);
        }
        try {
            created(x, x.group().deploy(policy, expected, x.actor(), note));
        } catch (StaleVersionException e) {
            throw stale(e);
        }
    }

    void rollback(Exchange x) throws ApiException, IOException {
        long expected = Preconditions.expectedVersion(x.request());
        String note = note(x);
        JsonNode body = HttpIO.jsonBody(x.request(), maxBody);
        JsonNode target = body.get("version");
        if (target == null || !target.canConvertToLong() || target.asLong() < 1) {
            throw ApiException.badRequest("bad-version", "version", "the version to roll back to is required, "
                    + "a whole number >= 1: {\"version\": 3}");
        }
        try {
            created(x, x.group().rollback(target.asLong(), expected, x.actor(), note));
        } catch (StaleVersionException e) {
            throw stale(e);
        } catch (UnknownVersionException e) {
            throw unknownVersion(x.group(), e.version());
        }
    }

    private static void created(Exchange x, VersionRecord record) {
        ObjectNode body = record.summary();
        body.put("group", x.group().name());
        body.put("etag", etag(record.version()));
        ArrayNode missing = body.putArray("missingSecrets");
        x.group().missingSecrets().forEach(missing::add);
        x.response().getHeaders().put(HttpHeader.ETAG, etag(record.version()));
        x.response().getHeaders().put(HttpHeader.LOCATION,
                AdminEndpoint.PREFIX + "groups/" + x.group().name() + "/versions/" + record.version());
        HttpIO.json(x.response(), x.callback(), 201, body);
    }

    private static void sendPolicy(Exchange x, VersionRecord record) {
        x.response().getHeaders().put(HttpHeader.ETAG, etag(record.version()));
        x.response().getHeaders().put(VERSION, Long.toString(record.version()));
        HttpIO.send(x.response(), x.callback(), 200, HttpIO.JSON, record.policyJson());
    }

    private static Policy decode(byte[] body) throws ApiException, IOException {
        try {
            return PolicyCodec.read(new ByteArrayInputStream(body));
        } catch (PolicyFormatException e) {
            ApiException error = new ApiException(400, "malformed-policy", e.getMessage())
                    .with("field", e.field()).with("reason", e.reason());
            if (e.line() > 0) {
                error.with("line", e.line()).with("column", e.column());
            }
            throw error;
        }
    }

    private static String note(Exchange x) throws ApiException {
        String note = x.request().getHeaders().get(NOTE);
        if (note != null && (note.length() > 200 || note.chars().anyMatch(Character::isISOControl))) {
            throw ApiException.badRequest("bad-note", NOTE, "at most 200 characters, no control characters");
        }
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static long versionNumber(String text, String field) throws ApiException {
        try {
            long n = Long.parseLong(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("bad-version", field, "must be a whole number >= 1");
    }

    static ApiException stale(StaleVersionException e) {
        return new ApiException(412, "stale-version", "If-Match: version " + e.expected()
                + " is not the current version " + e.current() + "; nothing was changed")
                .with("field", "If-Match").with("currentVersion", e.current());
    }

    private static ApiException unknownVersion(GroupStore group, long version) {
        return new ApiException(404, "unknown-version", "version: group \"" + group.name() + "\" has no version "
                + version).with("field", "version");
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
