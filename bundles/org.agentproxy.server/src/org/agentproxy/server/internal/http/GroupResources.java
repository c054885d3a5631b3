package org.agentproxy.server.internal.http;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.server.internal.store.GroupInUseException;
import org.agentproxy.server.internal.store.GroupStore;
import org.agentproxy.server.internal.store.Groups;
import org.agentproxy.server.internal.store.Json;
import org.agentproxy.server.internal.store.StaleVersionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Groups: list, create, describe, audit log, secrets, agent token. */
final class GroupResources {

    private static final int MAX_SECRET_LENGTH = 4096;

    private final Groups groups;
    private final int maxBody;

    GroupResources(Groups groups, int maxBody) {
        this.groups = groups;
        this.maxBody = maxBody;
    }

    void list(Response response, Callback callback) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("groups");
        groups.all().forEach(g -> list.add(describe(g)));
        HttpIO.json(response, callback, 200, body);
    }

    void create(Response response, Callback callback, String name, String actor) throws ApiException, IOException {
        var created = groups.create(name, actor).orElseThrow(() -> new ApiException(409, "group-exists",
                "group: \"" + name + "\" exists already").with("field", "group"));
        ObjectNode body = describe(created.group());
        body.put("agentToken", created.agentToken());
        response.getHeaders().put(HttpHeader.LOCATION, AdminEndpoint.PREFIX + "groups/" + name);
        HttpIO.json(response, callback, 201, body);
    }

    /**
     * {@code DELETE …/groups/NAME} with {@code If-Match} on the current version (428 without, 412 when stale); a
     * group holding a policy only with {@code ?force=true} (409 {@code group-has-policy} otherwise). Nothing is
     * erased: the group's directory, with its versions, tokens, secrets and the deletion record, moves to
     * {@code deleted-groups/}; its agents get 404 from now on.
     */
    void delete(Exchange x) throws ApiException, IOException {
        long expected = Preconditions.expectedVersion(x.request());
        boolean force = force(x.request().getHttpURI().getQuery());
        String name = x.group().name();
        try {
            var deletion = groups.delete(name, expected, force, x.actor())
                    .orElseThrow(() -> ApiException.unknownGroup(name));
            HttpIO.json(x.response(), x.callback(), 200, deletion.toJson());
        } catch (StaleVersionException e) {
            throw PolicyResources.stale(e);
        } catch (GroupInUseException e) {
            throw new ApiException(409, "group-has-policy", "group: \"" + name + "\" holds version "
                    + e.currentVersion() + ", which its agents poll; they would get 404 and keep their last policy. "
                    + "Send ?force=true to delete it anyway").with("field", "group")
                    .with("currentVersion", e.currentVersion());
        }
    }

    /** {@code force=true} in a query string; any other value of {@code force} is refused. */
    private static boolean force(String query) throws ApiException {
        if (query == null || query.isEmpty()) {
            return false;
        }
        boolean force = false;
        for (String pair : query.split("&")) {
            if (pair.equals("force=true")) {
                force = true;
            } else if (pair.startsWith("force=") && !pair.equals("force=false")) {
                throw ApiException.badRequest("bad-force", "force", "must be true or false");
            }
        }
        return force;
    }

    void info(Response response, Callback callback, GroupStore group) {
        HttpIO.json(response, callback, 200, describe(group));
    }

    void audit(Exchange x) {
        ObjectNode body = Json.object();
        body.put("group", x.group().name());
        ArrayNode entries = body.putArray("entries");
        x.group().audit().forEach(e -> entries.add(e.toJson()));
        HttpIO.json(x.response(), x.callback(), 200, body);
    }

    void rotateAgentToken(Exchange x) throws IOException {
        ObjectNode body = describe(x.group());
        body.put("agentToken", x.group().rotateAgentToken(x.actor()));
        HttpIO.json(x.response(), x.callback(), 200, body);
    }

    /**
     * GET: the secrets revision (also the {@code ETag}) and the keys that have values; PUT
     * {@code {"secrets": {key: value}}} with {@code If-Match} on the secrets revision: replaces every value (412
     * naming the current revision when stale, 428 without {@code If-Match}; nothing changed either way).
     */
    void secrets(Exchange x, boolean put) throws ApiException, IOException {
        if (put) {
            long expected = Preconditions.expectedSecretsRevision(x.request());
            Map<String, String> values = secretValues(HttpIO.jsonBody(x.request(), maxBody));
            try {
                x.group().putSecrets(values, expected, x.actor());
            } catch (StaleVersionException e) {
                throw new ApiException(412, "stale-secrets-revision", "If-Match: secrets revision " + e.expected()
                        + " is not the current secrets revision " + e.current() + "; nothing was changed")
                        .with("field", "If-Match").with("currentRevision", e.current());
            }
        }
        JsonNode info = x.group().secretsInfo();
        ObjectNode body = ((ObjectNode) info).put("group", x.group().name());
        x.response().getHeaders().put(HttpHeader.ETAG, PolicyResources.etag(info.path("revision").asLong()));
        HttpIO.json(x.response(), x.callback(), 200, body);
    }

    private static Map<String, String> secretValues(JsonNode body) throws ApiException {
        JsonNode secrets = body.get("secrets");
        if (secrets == null || !secrets.isObject() || body.size() != 1) {
            throw ApiException.badRequest("bad-secrets", "secrets",
                    "the body must be {\"secrets\": {\"KEY\": \"VALUE\", …}}");
        }
        Map<String, String> values = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = secrets.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            try {
                new SecretRef(key);
            } catch (IllegalArgumentException invalid) {
                throw ApiException.badRequest("bad-secrets", "secrets", "a key is not valid: "
                        + invalid.getMessage());
            }
            if (!e.getValue().isTextual() || e.getValue().asText().length() > MAX_SECRET_LENGTH) {
                throw ApiException.badRequest("bad-secrets", "secrets." + key,
                        "must be text of at most " + MAX_SECRET_LENGTH + " characters");
            }
            values.put(key, e.getValue().asText());
        }
        return values;
    }

    private static ObjectNode describe(GroupStore group) {
        ObjectNode node = Json.object();
        node.put("group", group.name());
        node.put("currentVersion", group.currentVersion());
        return node;
    }
}
