package org.agentproxy.server.internal.http;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.agentproxy.policy.SecretRef;
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
