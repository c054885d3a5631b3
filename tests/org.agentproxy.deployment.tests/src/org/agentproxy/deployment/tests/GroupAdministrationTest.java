package org.agentproxy.deployment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.TransportException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The {@link GroupAdministration} OSGi service against a real policy server: list, create, token, delete. */
class GroupAdministrationTest {

    @TempDir
    Path data;
    Fixture fixture;
    GroupAdministration groups;
    URI server;
    final NullProgressMonitor monitor = new NullProgressMonitor();

    @BeforeEach
    void start() throws Exception {
        fixture = new Fixture(data);
        server = fixture.server.uri();
        Fixture.service(); // starts the bundle
        var tracker = new ServiceTracker<GroupAdministration, GroupAdministration>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), GroupAdministration.class, null);
        tracker.open();
        groups = tracker.waitForService(10_000);
        assertTrue(groups != null, "no GroupAdministration service");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.server.close();
    }

    private static int poll(URI server, String group, AccessToken agent) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve("v1/agent/groups/" + group
                + "/policy")).header("Authorization", "Bearer " + agent.value()).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void createsAGroupWhoseTokenAnAgentCanUseAndListsIt() throws Exception {
        GroupAdministration.IssuedToken created = groups.create(server, fixture.admin, "branch-lyon", monitor);

        assertEquals("branch-lyon", created.group());
        assertFalse(created.agentToken().toString().contains(created.agentToken().value()), "never shown");
        assertEquals(404, poll(server, "branch-lyon", created.agentToken()), "the token is accepted: no policy yet");
        assertEquals(List.of(new GroupAdministration.Group("branch-lyon", 0)), groups.groups(server, fixture.admin,
                monitor));
    }

    @Test
    void anExistingGroupOrABadNameIsRefusedWithTheServersReason() throws Exception {
        groups.create(server, fixture.admin, "hq", monitor);

        TransportException exists = assertThrows(TransportException.class,
                () -> groups.create(server, fixture.admin, "hq", monitor));
        TransportException badName = assertThrows(TransportException.class,
                () -> groups.create(server, fixture.admin, "-hq", monitor));

        assertEquals(TransportException.Kind.REJECTED, exists.kind());
        assertEquals(409, exists.status());
        assertTrue(exists.getMessage().contains("\"hq\" exists already"), exists.getMessage());
        assertTrue(badName.getMessage().contains("1-64 letters"), badName.getMessage());
    }

    @Test
    void aNewAgentTokenReplacesTheOldOne() throws Exception {
        AccessToken first = groups.create(server, fixture.admin, "hq", monitor).agentToken();

        AccessToken second = groups.issueAgentToken(server, fixture.admin, "hq", monitor).agentToken();

        assertNotEquals(first.value(), second.value());
        assertEquals(403, poll(server, "hq", first));
        assertEquals(404, poll(server, "hq", second));
    }

    @Test
    void deletesAGroupConditionallyAndAGroupWithAPolicyOnlyWhenForced() throws Exception {
        groups.create(server, fixture.admin, "hq", monitor);
        Fixture.service().plan(Fixture.policy("HQ", 8080), List.of(fixture.target("hq")), fixture.credentials,
                monitor);
        var deployed = Fixture.service().execute(Fixture.service().plan(Fixture.policy("HQ", 8080),
                List.of(fixture.target("hq")), fixture.credentials, monitor), org.agentproxy.deployment.RolloutOptions
                        .DEFAULT, fixture.credentials, monitor);
        assertEquals(1, deployed.results().get(0).toVersion());

        TransportException stale = assertThrows(TransportException.class,
                () -> groups.delete(server, fixture.admin, "hq", 0, true, monitor));
        TransportException inUse = assertThrows(TransportException.class,
                () -> groups.delete(server, fixture.admin, "hq", 1, false, monitor));
        GroupAdministration.Deleted deleted = groups.delete(server, fixture.admin, "hq", 1, true, monitor);

        assertEquals(TransportException.Kind.CONFLICT, stale.kind());
        assertEquals(409, inUse.status());
        assertTrue(inUse.getMessage().contains("holds version 1"), inUse.getMessage());
        assertEquals(1, deleted.version());
        assertTrue(deleted.archivedAs().startsWith("deleted-groups/hq."), deleted.archivedAs());
        assertEquals(List.of(), groups.groups(server, fixture.admin, monitor));
    }

    @Test
    void aRefusedAdminTokenAndAnUnreachableServerAreSaidSo() throws Exception {
        TransportException refused = assertThrows(TransportException.class,
                () -> groups.groups(server, new AccessToken("apa_not-the-token"), monitor));
        URI nowhere = Fixture.unreachable("hq").server();
        TransportException unreachable = assertThrows(TransportException.class,
                () -> groups.groups(nowhere, fixture.admin, monitor));

        assertEquals(TransportException.Kind.UNAUTHORIZED, refused.kind());
        assertTrue(refused.getMessage().startsWith(server + ": HTTP 403"), refused.getMessage());
        assertFalse(refused.getMessage().contains("apa_not-the-token"));
        assertEquals("cannot reach " + nowhere + ": connection refused", unreachable.getMessage());
    }
}
