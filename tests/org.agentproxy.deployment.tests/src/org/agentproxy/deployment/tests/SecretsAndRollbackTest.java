package org.agentproxy.deployment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.SecretChange;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TargetResult.Outcome;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SecretRef;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A deployment sends the values of the secrets its policy refers to (real policy server on loopback): agents with
 * their token receive them, nothing holds them in plain text; a missing value fails the target naming the field.
 * A password rotated while the policy stays the same is planned as a change and sent alone. A deployment is rolled
 * back once.
 */
class SecretsAndRollbackTest {

    private static final SecretRef PASSWORD = SecretRef.forField("internalAgents.server.password");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;
    @TempDir
    Path journalDir;
    @TempDir
    Path share;
    Fixture fixture;
    AccessToken agentToken;
    DeploymentService service;
    RolloutOptions options;
    /** Made up per run: the test compares bytes against it and never prints it. */
    final String value = "pw-" + Long.toHexString(System.nanoTime()) + "-\u00e9t\u00e9";

    @BeforeEach
    void start() throws Exception {
        fixture = new Fixture(data);
        agentToken = fixture.createGroup("hq");
        service = Fixture.service();
        options = RolloutOptions.DEFAULT.withJournal(new DeploymentJournal(journalDir));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theDeploySendsTheSecretValuesAndAnAgentReceivesThemWhileNoFileHoldsThemInPlainText() throws Exception {
        DeploymentResult result = execute(withPassword("HQ"), fixture.target("hq"),
                SecretValues.of(Map.of(PASSWORD, value.toCharArray())));

        TargetResult hq = result.results().get(0);
        assertEquals(Outcome.DEPLOYED, hq.outcome(), String.valueOf(hq.message()));
        assertEquals("with the values of 1 secret", hq.message());
        JsonNode agentView = agentPolicy();
        assertTrue(value.equals(agentView.path("secrets").path(PASSWORD.key()).asText()),
                "the agent receives the secret value");
        assertEquals(PASSWORD.key(), fixture.get("v1/admin/groups/hq/secrets").path("keys").path(0).asText());
        assertEquals(List.of(), filesHolding(data), "no file of the server's data directory holds the value");
        assertEquals(List.of(), filesHolding(journalDir), "no journal record holds the value");
        assertFalse(result.toString().contains(value), "the result does not show the value");
    }

    @Test
    void aRotatedPasswordWithAnUnchangedPolicyIsPlannedSentAloneAndReachesAPollingAgent() throws Exception {
        Policy policy = withPassword("HQ");
        execute(policy, fixture.target("hq"), values(value));
        HttpResponse<String> before = poll(null);
        String rotated = value + "-rotated";

        DeploymentPlan same = plan(policy, values(value));
        DeploymentPlan plan = plan(policy, values(rotated));
        HttpResponse<String> stillOld = poll(before.headers().firstValue("ETag").orElseThrow());
        DeploymentResult result = service.execute(plan, options, fixture.credentials, values(rotated),
                new NullProgressMonitor());
        HttpResponse<String> after = poll(before.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> again = poll(after.headers().firstValue("ETag").orElseThrow());

        TargetPlan unchanged = same.targets().get(0);
        assertTrue(unchanged.isUpToDate(), "the same value: up to date");
        assertEquals("[password of internalAgents.server.password: unchanged]", unchanged.secrets().toString());
        TargetPlan changed = plan.targets().get(0);
        assertFalse(changed.isUpToDate(), "a new value: not up to date");
        assertTrue(changed.isSecretsOnly());
        assertEquals(List.of(), changed.changes());
        assertEquals(List.of(new SecretChange("internalAgents.server.password", PASSWORD.key(),
                SecretChange.State.CHANGED)), changed.secrets());
        assertEquals(304, stillOld.statusCode(), "planning changes nothing");
        TargetResult hq = result.results().get(0);
        assertEquals(Outcome.SECRETS_UPDATED, hq.outcome(), String.valueOf(hq.message()));
        assertEquals("version 1 has this policy already; sent the secret values, the password of "
                + "internalAgents.server.password (changed)", hq.message());
        assertEquals(List.of("HQ"), fixture.names("hq"), "no new policy version");
        assertEquals(200, after.statusCode(), "the agent's old ETag no longer matches");
        assertTrue(rotated.equals(Fixture.JSON.readTree(after.body()).at("/secrets/" + PASSWORD.key()).asText()),
                "the agent receives the new value");
        assertEquals(304, again.statusCode());
        assertTrue(fixture.get("v1/admin/groups/hq/audit").toString().contains(
                "changed: internalAgents.server.password"), "the server's audit names the key");
        String record = Files.readString(journalDir.resolve(result.id() + ".json"));
        assertTrue(record.contains("SECRETS_UPDATED") && record.contains(
                "password of internalAgents.server.password: changed"), record);
        assertEquals(List.of(), filesHolding(data, value, rotated), "no server file holds a value");
        assertEquals(List.of(), filesHolding(journalDir, value, rotated), "no journal record holds a value");
        assertFalse((plan + " " + result).contains(rotated), "neither plan nor result shows the value");
        IllegalStateException rollback = assertThrows(IllegalStateException.class,
                () -> service.rollback(result, options, fixture.credentials, new NullProgressMonitor()));
        assertTrue(rollback.getMessage().contains("only sent secret values"), rollback.getMessage());
    }

    @Test
    void withoutValuesTheSecretsAreNotComparedAndAnUnchangedPolicyStaysUpToDate() throws Exception {
        Policy policy = withPassword("HQ");
        DeploymentPlan fresh = plan(policy, values(value));
        execute(policy, fixture.target("hq"), values(value));

        DeploymentPlan none = plan(policy, SecretValues.NONE);
        DeploymentPlan folder = service.plan(policy, List.of(new DeploymentTarget(share.toUri(), "hq")),
                fixture.credentials, values(value), new NullProgressMonitor());

        assertEquals(SecretChange.State.NEW, fresh.targets().get(0).secrets().get(0).state());
        assertEquals(SecretChange.State.NO_VALUE, none.targets().get(0).secrets().get(0).state());
        assertTrue(none.isUpToDate());
        assertEquals(SecretChange.State.NOT_COMPARED, folder.targets().get(0).secrets().get(0).state());
    }

    @Test
    void aReferencedSecretWithoutAValueFailsTheTargetNamingTheFieldAndChangesNothing() throws Exception {
        DeploymentResult result = execute(withPassword("HQ"), fixture.target("hq"), SecretValues.NONE);

        TargetResult hq = result.results().get(0);
        assertEquals(Outcome.FAILED, hq.outcome());
        assertEquals(TransportException.Kind.REJECTED, hq.failureKind());
        assertTrue(hq.message().contains("the password of internalAgents.server.password has no stored value"),
                hq.message());
        assertEquals(0, fixture.get("v1/admin/groups/hq").path("currentVersion").asLong());
        assertEquals(0, fixture.get("v1/admin/groups/hq/secrets").path("keys").size());
    }

    @Test
    void theFolderExportCarriesReferencesOnlyAndSaysSo() throws Exception {
        DeploymentResult result = execute(withPassword("HQ"), new DeploymentTarget(share.toUri(), "hq"),
                SecretValues.of(Map.of(PASSWORD, value.toCharArray())));

        TargetResult hq = result.results().get(0);
        assertEquals(Outcome.DEPLOYED, hq.outcome(), String.valueOf(hq.message()));
        assertTrue(hq.message().contains("does not carry their values"), hq.message());
        assertEquals(List.of(), filesHolding(share), "the package holds no secret value");
        assertTrue(Files.readString(share.resolve("hq").resolve("0000000001.json"))
                .contains("internalAgents.server.password"), "the reference is in the package");
    }

    @Test
    void aDeploymentIsRolledBackOnceAndASecondRollbackIsRefusedWithTheReason() throws Exception {
        execute(Fixture.policy("Old", 8080), fixture.target("hq"), SecretValues.NONE);
        DeploymentResult bad = execute(Fixture.policy("New", 9999), fixture.target("hq"), SecretValues.NONE);
        DeploymentResult rollback = service.rollback(bad, options, fixture.credentials, new NullProgressMonitor());
        assertEquals(DeploymentResult.Status.SUCCEEDED, rollback.status());

        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> service.rollback(bad, options, fixture.credentials, new NullProgressMonitor()));
        assertEquals(bad.id() + " was rolled back already (by " + rollback.id() + "); rolling it back again would "
                + "undo changes made since: roll a target back to a version instead", again.getMessage());
        DeploymentResult recorded = new DeploymentJournal(journalDir).load(bad.id()).orElseThrow();
        IllegalStateException fromJournal = assertThrows(IllegalStateException.class, () -> DeploymentService
                .over(List.of(Fixture.transport("http"))).rollback(recorded, options, fixture.credentials,
                        new NullProgressMonitor()));
        assertTrue(fromJournal.getMessage().contains("rolled back already (by " + rollback.id()),
                "another client finds the rollback in the journal: " + fromJournal.getMessage());
        IllegalStateException ofRollback = assertThrows(IllegalStateException.class,
                () -> service.rollback(rollback, options, fixture.credentials, new NullProgressMonitor()));
        assertTrue(ofRollback.getMessage().contains("is a rollback, not a deployment"), ofRollback.getMessage());
        assertEquals(List.of("Old", "New", "Old"), fixture.names("hq"));
    }

    @Test
    void twoAdministratorsRotatingThePasswordAtOnceCannotOverwriteEachOther() throws Exception {
        Policy policy = withPassword("HQ");
        execute(policy, fixture.target("hq"), values(value));
        String first = value + "-first";
        String second = value + "-second";
        DeploymentService otherClient = Fixture.service();

        DeploymentPlan planA = plan(policy, values(first));
        DeploymentPlan planB = otherClient.plan(policy, List.of(fixture.target("hq")), fixture.credentials,
                values(second), new NullProgressMonitor());
        DeploymentResult a = service.execute(planA, options, fixture.credentials, values(first),
                new NullProgressMonitor());
        DeploymentResult b = otherClient.execute(planB, options, fixture.credentials, values(second),
                new NullProgressMonitor());

        assertEquals(planA.targets().get(0).secretsRevision(), planB.targets().get(0).secretsRevision(),
                "both planned against the same secrets revision");
        assertTrue(planA.targets().get(0).isSecretsOnly() && planB.targets().get(0).isSecretsOnly());
        assertEquals(Outcome.SECRETS_UPDATED, a.results().get(0).outcome(), String.valueOf(a.results().get(0)));
        TargetResult lost = b.results().get(0);
        assertEquals(Outcome.CONFLICT, lost.outcome(), String.valueOf(lost.message()));
        assertEquals(TransportException.Kind.CONFLICT, lost.failureKind());
        assertTrue(lost.message().contains("HTTP 412") && lost.message().contains("secrets revision"),
                lost.message());
        assertTrue(first.equals(agentPolicy().path("secrets").path(PASSWORD.key()).asText()),
                "the agent gets the winner's value");
        assertEquals(List.of("HQ"), fixture.names("hq"), "no new policy version");
        assertEquals(List.of(), filesHolding(data, value, first, second), "no server file holds a value");
        assertEquals(List.of(), filesHolding(journalDir, value, first, second), "no journal record holds a value");
        assertFalse(Stream.of(planA, planB, a, b).map(String::valueOf).anyMatch(
                t -> t.contains(first) || t.contains(second)), "neither plans nor results show a value");
    }

    private static Policy withPassword(String name) {
        Policy p = Fixture.policy(name, 8080);
        return p.withInternalAgents(new InternalAgentsScope(new ProxyEndpoint(true, "proxy.corp.example", 8080,
                "svc-agents", PASSWORD), null));
    }

    private static SecretValues values(String password) {
        return SecretValues.of(Map.of(PASSWORD, password.toCharArray()));
    }

    private DeploymentPlan plan(Policy policy, SecretValues secrets) {
        return service.plan(policy, List.of(fixture.target("hq")), fixture.credentials, secrets,
                new NullProgressMonitor());
    }

    /** The agent's poll, with the ETag it holds (or none). */
    private HttpResponse<String> poll(String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(fixture.server.uri().resolve("v1/agent/groups/hq/policy"))
                .header("Authorization", "Bearer " + agentToken.value());
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private DeploymentResult execute(Policy policy, DeploymentTarget target, SecretValues secrets) {
        DeploymentPlan plan = service.plan(policy, List.of(target), fixture.credentials, new NullProgressMonitor());
        return service.execute(plan, options, fixture.credentials, secrets, new NullProgressMonitor());
    }

    private JsonNode agentPolicy() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(fixture.server.uri().resolve(
                "v1/agent/groups/hq/policy")).header("Authorization", "Bearer " + agentToken.value()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return Fixture.JSON.readTree(r.body());
    }

    /** The files under a directory whose bytes contain the value (UTF-8 or UTF-16), by name. */
    private List<String> filesHolding(Path dir) throws IOException {
        return filesHolding(dir, value);
    }

    /** The files under a directory whose bytes contain any of the values (UTF-8 or UTF-16), by name. */
    private static List<String> filesHolding(Path dir, String... values) throws IOException {
        byte[][] forms = Stream.of(values).flatMap(v -> Stream.of(v.getBytes(StandardCharsets.UTF_8),
                v.getBytes(StandardCharsets.UTF_16BE), v.getBytes(StandardCharsets.UTF_16LE))).toArray(byte[][]::new);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    byte[] content = Files.readAllBytes(f);
                    return Stream.of(forms).anyMatch(form -> indexOf(content, form) >= 0);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> dir.relativize(f).toString()).toList();
        }
    }

    private static int indexOf(byte[] content, byte[] form) {
        outer: for (int i = 0; i + form.length <= content.length; i++) {
            for (int j = 0; j < form.length; j++) {
                if (content[i + j] != form[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
