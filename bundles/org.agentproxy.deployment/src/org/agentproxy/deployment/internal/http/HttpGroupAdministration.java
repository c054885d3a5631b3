package org.agentproxy.deployment.internal.http;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.TransportException.Kind;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** {@link GroupAdministration} over a policy server's admin API (docs/server.md, "Admin: groups"). */
@Component(service = GroupAdministration.class, immediate = false)
public final class HttpGroupAdministration implements GroupAdministration {

    private final ServerCalls calls = new ServerCalls();

    @Override
    public List<Group> groups(URI server, AccessToken adminToken, IProgressMonitor monitor)
            throws TransportException {
        String where = server.toString();
        HttpResponse<byte[]> response = calls.send(calls.request(server, adminToken, "v1/admin/groups", where)
                .GET().build(), where, monitor);
        if (response.statusCode() != 200) {
            throw ServerCalls.failure(where, response);
        }
        JsonNode body = ServerCalls.json(response);
        if (!body.path("groups").isArray()) {
            throw new TransportException(Kind.FAILED, 200, Messages.bind(Messages.Http_noGroups, server));
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode g : body.path("groups")) {
            groups.add(new Group(g.path("group").asText(), g.path("currentVersion").asLong()));
        }
        return groups;
    }

    @Override
    public IssuedToken create(URI server, AccessToken adminToken, String group, IProgressMonitor monitor)
            throws TransportException {
        DeploymentTarget target = new DeploymentTarget(server, group);
        HttpResponse<byte[]> response = calls.send(calls.request(target, adminToken, "")
                .PUT(BodyPublishers.noBody()).build(), target, monitor);
        return issued(target, response, 201);
    }

    @Override
    public IssuedToken issueAgentToken(URI server, AccessToken adminToken, String group, IProgressMonitor monitor)
            throws TransportException {
        DeploymentTarget target = new DeploymentTarget(server, group);
        HttpResponse<byte[]> response = calls.send(calls.request(target, adminToken, "agent-token")
                .POST(BodyPublishers.noBody()).build(), target, monitor);
        return issued(target, response, 200);
    }

    @Override
    public Deleted delete(URI server, AccessToken adminToken, String group, long expectedVersion, boolean force,
            IProgressMonitor monitor) throws TransportException {
        DeploymentTarget target = new DeploymentTarget(server, group);
        HttpResponse<byte[]> response = calls.send(calls.request(target, adminToken, force ? "?force=true" : "")
                .header("If-Match", "\"" + expectedVersion + "\"").DELETE().build(), target, monitor);
        if (response.statusCode() != 200) {
            throw ServerCalls.failure(target, response);
        }
        JsonNode body = ServerCalls.json(response);
        return new Deleted(group, body.path("deletedVersion").asLong(), body.path("archivedAs").asText(""));
    }

    private static IssuedToken issued(DeploymentTarget target, HttpResponse<byte[]> response, int expected)
            throws TransportException {
        if (response.statusCode() != expected) {
            throw ServerCalls.failure(target, response);
        }
        String token = ServerCalls.json(response).path("agentToken").asText("");
        try {
            return new IssuedToken(target.group(), new AccessToken(token));
        } catch (IllegalArgumentException e) {
            throw new TransportException(Kind.FAILED, expected, Messages.bind(Messages.Http_noAgentToken, target));
        }
    }
}
