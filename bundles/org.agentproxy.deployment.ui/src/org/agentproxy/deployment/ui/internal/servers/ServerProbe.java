package org.agentproxy.deployment.ui.internal.servers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.deployment.AccessToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks a policy server for its agent groups (admin API, {@code GET /v1/admin/groups}). Call off the UI thread. */
public final class ServerProbe {

    /** A group and the version current there (0: nothing deployed). */
    public record Group(String name, long currentVersion) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerProbe() {
    }

    /**
     * @return the server's groups
     * @throws IOException unreachable, refused token, not a policy server: the message says which (never the token)
     */
    public static List<Group> groups(URI server, AccessToken token) throws IOException {
        if (token == null) {
            throw new IOException("no admin token is stored for " + server);
        }
        HttpRequest request = HttpRequest.newBuilder(server.resolve("v1/admin/groups")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token.value()).GET().build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IOException e) {
            throw new IOException(server + " cannot be reached: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IOException(server + " refused the admin token (HTTP " + response.statusCode() + ")");
        }
        if (response.statusCode() != 200) {
            throw new IOException(server + " answered HTTP " + response.statusCode() + ": not a policy server?");
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode g : JSON.readTree(response.body()).path("groups")) {
            groups.add(new Group(g.path("group").asText(), g.path("currentVersion").asLong()));
        }
        return groups;
    }

    /** One line for the Test button: {@code Connected: 2 groups: hq (version 3), lab (version 0)}. */
    public static String describe(List<Group> groups) {
        if (groups.isEmpty()) {
            return "Connected: the server has no agent groups yet.";
        }
        StringBuilder b = new StringBuilder("Connected: " + groups.size() + (groups.size() == 1 ? " group: " : " groups: "));
        for (int i = 0; i < groups.size(); i++) {
            b.append(i > 0 ? ", " : "").append(groups.get(i).name()).append(" (version ")
                    .append(groups.get(i).currentVersion()).append(')');
        }
        return b.toString();
    }
}
