package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.SecretFingerprint;
import org.agentproxy.policy.codec.SecretFingerprintCodec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret values: encrypted at rest, shown to admins by key only, delivered to authenticated agents only. */
class SecretsTest {

    private static final String VALUE = "Pr0xy-Pa55word-7f3a";
    private static final String ROTATED = "R0tated-Pa55word-91c2";

    @TempDir
    Path data;
    TestServer server;
    String agentToken;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(data);
        agentToken = server.createGroup("hq");
        assertEquals(201, server.deploy("hq", 0, Policies.sample()).status());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void agentsGetTheValuesTheirPolicyRefersTo() {
        String before = server.poll("hq", agentToken, null).header("ETag");

        Api.Reply put = putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE
                + "\", \"unused.key\": \"x\"}}");
        Api.Reply poll = server.poll("hq", agentToken, before);

        assertEquals(200, put.status(), put.body());
        assertFalse(put.body().contains(VALUE), "the answer holds no value");
        assertEquals(200, poll.status(), "new secrets change the ETag");
        assertNotEquals(before, poll.header("ETag"));
        assertEquals(VALUE, poll.json().at("/secrets/internalAgents.server.password").asText());
        assertTrue(poll.json().get("secrets").path("unused.key").isMissingNode(), "only referenced secrets");
    }

    @Test
    void aRotatedValueReachesAPollingAgentOnceAndIsAuditedByKey() {
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}");
        String held = server.poll("hq", agentToken, null).header("ETag");

        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + ROTATED + "\"}}");
        Api.Reply rotated = server.poll("hq", agentToken, held);
        Api.Reply again = server.poll("hq", agentToken, rotated.header("ETag"));
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + ROTATED + "\"}}");
        Api.Reply same = server.poll("hq", agentToken, rotated.header("ETag"));

        assertEquals(200, rotated.status(), "the policy version is the same, the values are not");
        assertEquals(1, rotated.json().get("version").asLong());
        assertEquals(ROTATED, rotated.json().at("/secrets/internalAgents.server.password").asText());
        assertEquals(304, again.status());
        assertEquals(304, same.status(), "the same values again change nothing agents see");
        Api.Reply audit = server.api.get("v1/admin/groups/hq/audit", server.adminToken);
        List<String> details = new ArrayList<>();
        audit.json().get("entries").forEach(e -> {
            if (e.get("action").asText().equals("set-secrets")) {
                details.add(e.get("actor").asText() + " " + e.get("detail").asText());
            }
        });
        assertEquals(List.of("admin keys: internalAgents.server.password; changed: internalAgents.server.password",
                "admin keys: internalAgents.server.password; changed: internalAgents.server.password",
                "admin keys: internalAgents.server.password; changed: none"), details);
        assertFalse(audit.body().contains(VALUE) || audit.body().contains(ROTATED), "the audit holds no value");
    }

    @Test
    void fingerprintsLetAClientCompareItsValueAndSurviveARestartSealed() throws Exception {
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}");
        Api.Reply reply = server.api.get("v1/admin/groups/hq/secrets", server.adminToken);
        SecretFingerprint fingerprint = SecretFingerprintCodec.fromJson(reply.json().get("fingerprints"))
                .get("internalAgents.server.password");
        String hash = fingerprint.hash();
        server.close();
        server = TestServer.start(data);
        SecretFingerprint restarted = SecretFingerprintCodec.fromJson(server.api.get("v1/admin/groups/hq/secrets",
                server.adminToken).json().get("fingerprints")).get("internalAgents.server.password");

        assertEquals("PBKDF2WithHmacSHA256", reply.json().at("/fingerprints/internalAgents.server.password/algorithm")
                .asText());
        assertEquals(SecretFingerprint.ITERATIONS, fingerprint.iterations());
        assertTrue(fingerprint.matches(VALUE.toCharArray()), "the client's value matches");
        assertFalse(fingerprint.matches(ROTATED.toCharArray()), "another value does not");
        assertFalse(reply.body().contains(VALUE));
        assertEquals(hash, restarted.hash(), "the fingerprint is kept, not made again");
        assertFalse(Stores.atRest(data).contains(hash), "the store holds the fingerprint's hash in clear");
    }

    /**
     * A rollout stores the same values in group after group: the server makes one slow hash per value, not one per
     * group (each costs seconds on a busy machine, and the deployment waits for it), and a new value gets its own.
     */
    @Test
    void theSameValueStoredInAnotherGroupGetsTheFingerprintAlreadyMadeForIt() throws Exception {
        String shared = "Shared-" + System.nanoTime();
        String other = "Other-" + System.nanoTime();
        server.createGroup("lab");
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + shared + "\"}}");
        server.api.put("v1/admin/groups/lab/secrets", server.adminToken, "{\"secrets\": {"
                + "\"internalAgents.server.password\": \"" + shared + "\", \"other.key\": \"" + other + "\"}}",
                "If-Match", server.api.get("v1/admin/groups/lab/secrets", server.adminToken).header("ETag"));

        var hq = SecretFingerprintCodec.fromJson(server.api.get("v1/admin/groups/hq/secrets", server.adminToken)
                .json().get("fingerprints"));
        var lab = SecretFingerprintCodec.fromJson(server.api.get("v1/admin/groups/lab/secrets", server.adminToken)
                .json().get("fingerprints"));

        SecretFingerprint first = hq.get("internalAgents.server.password");
        SecretFingerprint again = lab.get("internalAgents.server.password");
        assertEquals(first.salt() + first.hash(), again.salt() + again.hash(), "made once for both groups");
        assertTrue(again.matches(shared.toCharArray()));
        assertNotEquals(first.salt(), lab.get("other.key").salt(), "another value, its own salt");
        assertTrue(lab.get("other.key").matches(other.toCharArray()));
    }

    @Test
    void valuesAreEncryptedAtRestAndSurviveARestart() throws Exception {
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}");
        server.close();

        String atRest = Stores.atRest(data); // the files, and with a database its pg_dump
        assertFalse(atRest.contains(VALUE), "the store holds a secret value in clear");
        assertFalse(atRest.contains(agentToken), "the store holds the agent token in clear");
        assertTrue(atRest.contains(Stores.sha256Hex(agentToken)), "the store holds the agent token's hash");
        server = TestServer.start(data);
        assertEquals(VALUE, server.poll("hq", agentToken, null).json().at("/secrets/internalAgents.server.password")
                .asText());
    }

    @Test
    void adminsSeeKeysNotValues() {
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}");

        Api.Reply reply = server.api.get("v1/admin/groups/hq/secrets", server.adminToken);

        assertEquals("internalAgents.server.password", reply.json().get("keys").get(0).asText());
        assertFalse(reply.body().contains(VALUE));
    }

    @Test
    void theDeployAnswerNamesSecretsWithoutAValue() throws Exception {
        Api.Reply reply = server.deploy("hq", 1, Policies.sample());

        assertTrue(reply.json().get("missingSecrets").toString().contains("internalAgents.server.password"));
    }

    @Test
    void unauthenticatedAgentsGetNoSecrets() {
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}");

        // no token at all is outside the contract (Prism would answer for the server): straight to the server
        Api.Reply anonymous = server.direct.get("v1/agent/groups/hq/policy", null);
        Api.Reply wrong = server.poll("hq", "apg_guess", null);

        assertEquals(401, anonymous.status());
        assertEquals(403, wrong.status());
        assertFalse(anonymous.body().contains(VALUE) || wrong.body().contains(VALUE));
    }

    @Test
    void aMalformedSecretsBodyIsRefusedWithoutEchoingIt() {
        // malformed JSON is outside the contract (Prism cannot parse it to forward it): straight to the server
        String revision = server.api.get("v1/admin/groups/hq/secrets", server.adminToken).header("ETag");
        Api.Reply reply = server.direct.put("v1/admin/groups/hq/secrets", server.adminToken,
                "{\"secrets\": {\"k\": \"" + VALUE + "\"", "If-Match", revision);

        assertEquals(400, reply.status());
        assertEquals("malformed-json", reply.json().get("error").asText());
        assertFalse(reply.body().contains(VALUE));
    }

    @Test
    void aStaleSecretsRevisionGets412AndChangesNothing() {
        String etag = server.api.get("v1/admin/groups/hq/secrets", server.adminToken).header("ETag");
        Api.Reply first = putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}",
                etag);
        Api.Reply second = putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + ROTATED + "\"}}",
                etag);

        assertEquals(200, first.status());
        assertEquals(412, second.status());
        assertEquals("stale-secrets-revision", second.json().get("error").asText());
        assertEquals(first.json().get("revision").asLong(), second.json().get("currentRevision").asLong());
        assertEquals("\"" + first.json().get("revision").asLong() + "\"", first.header("ETag"));
        assertFalse(second.body().contains(ROTATED) || second.body().contains(VALUE));
        assertEquals(VALUE, server.poll("hq", agentToken, null).json().at("/secrets/internalAgents.server.password")
                .asText());
    }

    @Test
    void aWriteWithoutIfMatchGets428AndChangesNothing() {
        Api.Reply reply = server.api.put("v1/admin/groups/hq/secrets", server.adminToken,
                "{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}");

        assertEquals(428, reply.status());
        assertEquals("missing-if-match", reply.json().get("error").asText());
        assertEquals(0, server.api.get("v1/admin/groups/hq/secrets", server.adminToken).json().get("revision")
                .asLong());
    }

    @Test
    void theSecretsRevisionSurvivesARestart() throws Exception {
        putSecrets("{\"secrets\": {\"internalAgents.server.password\": \"" + VALUE + "\"}}");
        String before = server.api.get("v1/admin/groups/hq/secrets", server.adminToken).header("ETag");

        server.close();
        server = TestServer.start(data);
        Api.Reply after = server.api.get("v1/admin/groups/hq/secrets", server.adminToken);

        assertEquals(before, after.header("ETag"));
        assertNotEquals("\"0\"", after.header("ETag"));
        assertEquals(412, putSecrets("{\"secrets\": {}}", "\"0\"").status());
        assertEquals(200, putSecrets("{\"secrets\": {}}", before).status());
    }

    /** PUT with If-Match on the current secrets revision. */
    private Api.Reply putSecrets(String body) {
        return putSecrets(body, server.api.get("v1/admin/groups/hq/secrets", server.adminToken).header("ETag"));
    }

    private Api.Reply putSecrets(String body, String ifMatch) {
        return server.api.put("v1/admin/groups/hq/secrets", server.adminToken, body, "If-Match", ifMatch);
    }
}
