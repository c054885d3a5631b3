package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy, rollback, history against a real policy server on loopback, with the exit codes scripts rely on. */
class DeploymentCommandsTest {

    @TempDir
    Path dir;
    PolicyServer server;
    String url;
    String tokenFile;
    String journal;

    @BeforeEach
    void start() throws Exception {
        server = PolicyServer.start(ServerConfig.of(dir.resolve("data")).withPort(0), line -> { });
        url = server.uri().toString();
        tokenFile = dir.resolve("data/admin-token").toString();
        journal = dir.resolve("journal").toString();
        createGroup(server, tokenFile, "hq");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void deployShowsTheDiffAndDeploys() throws Exception {
        DeploymentCliRun first = deploy(policy("HQ", 8080));
        DeploymentCliRun second = deploy(policy("HQ", 3128));

        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("hq@" + url + ": nothing deployed -> a new version"), first.out());
        assertTrue(first.out().contains("+ internalAgents.server.port: 8080"), first.out());
        assertTrue(first.out().contains("deployed as version 1 (was 0)"), first.out());
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertTrue(second.out().contains("1 change:\n    ~ internalAgents.server.port: 8080 → 3128"), second.out());
        assertTrue(second.out().contains("deployed as version 2 (was 1)"), second.out());
    }

    @Test
    void planOnlyChangesNothing() throws Exception {
        DeploymentCliRun run = DeploymentCliRun.of("deploy", "--policy", policy("HQ", 8080), "--server", url,
                "--group", "hq", "--token-file", tokenFile, "--plan-only", "--journal", journal);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("+ internalAgents.server.port: 8080"), run.out());
        assertEquals(0, versions().size());
    }

    @Test
    void anUnchangedPolicyDeploysNothing() throws Exception {
        deploy(policy("HQ", 8080));

        DeploymentCliRun again = deploy(policy("HQ", 8080));

        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("has this policy already"), again.out());
        assertEquals(1, versions().size());
    }

    @Test
    void anInvalidPolicyIsExit2WithTheFieldPath() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"agentproxy-policy/1\", \"name\": \"T\", "
                + "\"server\": {\"host\": \"a.example\", \"port\": \"4343\"}}");

        DeploymentCliRun run = deploy(bad.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.out().startsWith(bad + ": server.port: expected a whole number"), run.out());
    }

    @Test
    void aPolicyWithErrorsIsExit2WithEachErrorOnALineAndNothingIsDeployed() throws Exception {
        deploy(policy("HQ", 8080));
        Path bad = dir.resolve("errors.json");
        Files.writeString(bad, """
                {"format": "agentproxy-policy/1", "name": "With errors",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy corp.example", "port": 70000}}}
                """);

        DeploymentCliRun run = deploy(bad.toString());

        assertEquals(2, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(bad + ": internalAgents.server.host: "), lines.get(0));
        assertTrue(lines.get(1).equals(bad + ": internalAgents.server.port: must be between 1 and 65535, not 70000"),
                lines.get(1));
        assertTrue(run.err().contains("not deployed: " + bad + " has 2 errors"), run.err());
        assertEquals(List.of("HQ"), versions(), "the server still has only the version deployed before");
        try (var recorded = Files.list(Path.of(journal))) {
            assertEquals(1, recorded.count(), "no deployment was recorded for the refused policy");
        }
    }

    /**
     * Without {@code --journal} the record goes to the per-user journal under {@code user.home} as the runtime was
     * given it (the start scripts pass {@code -Duser.home=$HOME}), unless XDG_STATE_HOME names another place.
     */
    @Test
    void withoutJournalTheRecordGoesUnderTheUserHomeTheRuntimeWasGiven() throws Exception {
        String state = System.getenv("XDG_STATE_HOME");
        assumeTrue(state == null || state.isBlank(), "XDG_STATE_HOME is set: the journal goes there");
        String home = System.getProperty("user.home");
        Path given = dir.resolve("another-home");
        System.setProperty("user.home", given.toString());
        DeploymentCliRun run;
        try {
            run = DeploymentCliRun.of("deploy", "--policy", policy("HQ", 8080), "--server", url, "--group", "hq",
                    "--token-file", tokenFile);
        } finally {
            System.setProperty("user.home", home);
        }

        assertEquals(0, run.exitCode(), run.out() + run.err());
        try (var recorded = Files.list(given.resolve(".local/state/agentproxy/deployments"))) {
            assertEquals(1, recorded.filter(f -> f.toString().endsWith(".json")).count());
        }
    }

    @Test
    void anUnknownGroupIsExit2() throws Exception {
        DeploymentCliRun run = DeploymentCliRun.of("deploy", "--policy", policy("HQ", 8080), "--server", url,
                "--group", "nowhere", "--token-file", tokenFile, "--journal", journal);

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("no group \"nowhere\""), run.out());
    }

    @Test
    void aWrongTokenIsExit1AndAMissingTokenFileExit2() throws Exception {
        Path wrong = dir.resolve("wrong-token");
        Files.writeString(wrong, "apa_wrong\n");
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));

        DeploymentCliRun refused = DeploymentCliRun.of("deploy", "--policy", policy("HQ", 8080), "--server", url,
                "--group", "hq", "--token-file", wrong.toString(), "--journal", journal);
        DeploymentCliRun missing = DeploymentCliRun.of("deploy", "--policy", policy("HQ", 8080), "--server", url,
                "--group", "hq", "--token-file", dir.resolve("none").toString(), "--journal", journal);

        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.out().contains("HTTP 403"), refused.out());
        assertFalse((refused.out() + refused.err()).contains("apa_wrong"), "the token is not printed");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--token-file"), missing.err());
    }

    @Test
    void anUnreachableServerIsExit1() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DeploymentCliRun run = DeploymentCliRun.of("deploy", "--policy", policy("HQ", 8080), "--server",
                "http://127.0.0.1:" + port + "/", "--group", "hq", "--token-file", tokenFile, "--journal", journal);

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("connection refused"), run.out());
    }

    @Test
    void aConcurrentChangeIsExit3AndNothingIsOverwritten() throws Exception {
        deploy(policy("HQ", 8080));
        String theirs = policy("Theirs", 1080);
        RacingService racing = new RacingService(() -> assertEquals(0, deploy(theirs).exitCode()));

        DeploymentCliRun run = DeploymentCliRun.deployWith(racing, "deploy", "--policy", policy("Mine", 3128),
                "--server", url, "--group", "hq", "--token-file", tokenFile, "--journal", journal);

        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("conflict"), run.out());
        assertEquals(List.of("HQ", "Theirs"), versions());
    }

    @Test
    void rollbackRestoresThePreviousVersionAndHistoryShowsIt() throws Exception {
        deploy(policy("One", 8080));
        deploy(policy("Two", 8081));

        DeploymentCliRun rollback = DeploymentCliRun.of("rollback", "--server", url, "--group", "hq",
                "--token-file", tokenFile, "--journal", journal);
        DeploymentCliRun history = DeploymentCliRun.of("history", "--server", url, "--group", "hq",
                "--token-file", tokenFile);

        assertEquals(0, rollback.exitCode(), rollback.out() + rollback.err());
        assertTrue(rollback.out().contains("rolled back: version 3 (was 2): restores version 1"), rollback.out());
        assertEquals(List.of("One", "Two", "One"), versions());
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().lines().anyMatch(l -> l.matches("\\s+3 .* rollback\\s+2  One / restores 1; .*")),
                history.out());
    }

    @Test
    void aRecordedDeploymentRollsBackById() throws Exception {
        deploy(policy("One", 8080));
        DeploymentCliRun bad = deploy(policy("Two", 8081));
        Matcher id = Pattern.compile("Deployment (d-\\S+):").matcher(bad.out());
        assertTrue(id.find(), bad.out());

        DeploymentCliRun run = DeploymentCliRun.of("rollback", "--deployment", id.group(1), "--token-file",
                tokenFile, "--journal", journal);
        DeploymentCliRun local = DeploymentCliRun.of("history", "--local", "--journal", journal);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(List.of("One", "Two", "One"), versions());
        assertTrue(local.out().contains(id.group(1) + "  deploy  succeeded  \"Two\""), local.out());
        assertTrue(local.out().contains("rollback  succeeded  of " + id.group(1)), local.out());

        DeploymentCliRun again = DeploymentCliRun.of("rollback", "--deployment", id.group(1), "--token-file",
                tokenFile, "--journal", journal);

        assertEquals(1, again.exitCode(), again.out() + again.err());
        assertTrue(again.err().contains(id.group(1) + " was rolled back already (by d-"), again.err());
        assertEquals(List.of("One", "Two", "One"), versions());
    }

    @Test
    void usageErrorsAreExit2() {
        assertEquals(2, DeploymentCliRun.of("deploy", "--policy", "x.json").exitCode());
        assertEquals(2, DeploymentCliRun.of("rollback", "--token-file", tokenFile).exitCode());
        assertEquals(2, DeploymentCliRun.of("history", "--server", "ftp://x/", "--group", "g", "--token-file",
                tokenFile).exitCode());
        assertEquals(2, DeploymentCliRun.of("server").exitCode());
        assertTrue(DeploymentCliRun.of("server").err().contains("--data DIR is required"));
    }

    @Test
    void helpListsTheDeploymentCommands() {
        DeploymentCliRun run = DeploymentCliRun.of("--help");

        for (String command : List.of("deploy", "rollback", "history", "agents", "server")) {
            assertTrue(run.out().contains("  " + command + " "), run.out());
        }
        assertTrue(DeploymentCliRun.of("deploy", "--help").out().contains("3 conflict"));
    }

    @Test
    void secretsFromAnOwnerOnlySecretsFileGoToTheServerAndAMissingOneIsExit2NamingTheField() throws Exception {
        String agentToken = createGroup(server, tokenFile, "branch");
        Path policy = policyWithPassword();
        String value = "cli-" + Long.toHexString(System.nanoTime());
        Path secrets = dir.resolve("secrets.json");
        Files.writeString(secrets, "{\"internalAgents.server.password\": \"" + value + "\"}\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));

        DeploymentCliRun shared = DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server", url,
                "--group", "branch", "--token-file", tokenFile, "--journal", journal, "--secrets-file",
                secrets.toString());
        DeploymentCliRun missing = DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server", url,
                "--group", "branch", "--token-file", tokenFile, "--journal", journal);
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        DeploymentCliRun run = DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server", url,
                "--group", "branch", "--token-file", tokenFile, "--journal", journal, "--secrets-file",
                secrets.toString());

        assertEquals(2, shared.exitCode());
        assertTrue(shared.err().contains("other users may read it (rw-r--r--)"), shared.err());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.out().contains("the password of internalAgents.server.password has no stored value"),
                missing.out());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("deployed as version 1 (was 0): with the values of 1 secret"), run.out());
        HttpResponse<String> agent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(
                "v1/agent/groups/branch/policy")).header("Authorization", "Bearer " + agentToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(agent.body().contains("\"internalAgents.server.password\":\"" + value + "\""),
                "the agent receives the value");
        for (DeploymentCliRun r : List.of(shared, missing, run)) {
            assertFalse((r.out() + r.err()).contains(value), "the value is never printed");
        }
        try (var files = Files.walk(Path.of(journal))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(value), "no journal record holds the value");
            }
        }
    }

    @Test
    void aRotatedPasswordIsPlannedAndSentAloneWithExit0() throws Exception {
        String agentToken = createGroup(server, tokenFile, "branch");
        Path policy = policyWithPassword();
        String value = "cli-" + Long.toHexString(System.nanoTime());
        String rotated = value + "-rotated";
        Path secrets = secretsFile(value);
        DeploymentCliRun first = deployTo("branch", policy, secrets);
        Files.writeString(secrets, "{\"internalAgents.server.password\": \"" + rotated + "\"}\n");

        DeploymentCliRun planOnly = DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server", url,
                "--group", "branch", "--token-file", tokenFile, "--journal", journal, "--secrets-file",
                secrets.toString(), "--plan-only");
        DeploymentCliRun rotate = deployTo("branch", policy, secrets);
        DeploymentCliRun again = deployTo("branch", policy, secrets);

        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("    password of internalAgents.server.password: new"), first.out());
        assertEquals(0, planOnly.exitCode(), planOnly.out() + planOnly.err());
        assertTrue(planOnly.out().contains("version 1 has this policy already; only secret values change (no new "
                + "version):\n    password of internalAgents.server.password: changed"), planOnly.out());
        assertEquals(0, rotate.exitCode(), rotate.out() + rotate.err());
        assertTrue(rotate.out().contains("secret values updated (version 1 kept)"), rotate.out());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("has this policy already; nothing to change\n    password of "
                + "internalAgents.server.password: unchanged"), again.out());
        assertTrue(admin(server, tokenFile, "v1/admin/groups/branch", "GET").body().contains("\"currentVersion\":1"));
        HttpResponse<String> agent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(
                "v1/agent/groups/branch/policy")).header("Authorization", "Bearer " + agentToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(agent.body().contains("\"internalAgents.server.password\":\"" + rotated + "\""),
                "the agent receives the rotated value");
        for (DeploymentCliRun r : List.of(first, planOnly, rotate, again)) {
            assertFalse((r.out() + r.err()).contains(value), "no value is ever printed");
        }
    }

    @Test
    void aPasswordRotatedByAnotherAdministratorSinceThePlanIsExit3AndKeepsTheirValue() throws Exception {
        String agentToken = createGroup(server, tokenFile, "branch");
        Path policy = policyWithPassword();
        String value = "cli-" + Long.toHexString(System.nanoTime());
        String theirs = value + "-theirs";
        String mine = value + "-mine";
        assertEquals(0, deployTo("branch", policy, secretsFile(value)).exitCode());
        Path theirFile = dir.resolve("their-secrets.json");
        Files.writeString(theirFile, "{\"internalAgents.server.password\": \"" + theirs + "\"}\n");
        Files.setPosixFilePermissions(theirFile, PosixFilePermissions.fromString("rw-------"));
        List<DeploymentCliRun> interloper = new java.util.ArrayList<>();
        RacingService racing = new RacingService(() -> interloper.add(deployTo("branch", policy, theirFile)));

        DeploymentCliRun run = DeploymentCliRun.deployWith(racing, "deploy", "--policy", policy.toString(),
                "--server", url, "--group", "branch", "--token-file", tokenFile, "--journal", journal,
                "--secrets-file", secretsFile(mine).toString());

        assertEquals(0, interloper.get(0).exitCode(), interloper.get(0).out() + interloper.get(0).err());
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("conflict") && run.out().contains("secrets revision"), run.out());
        HttpResponse<String> agent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(
                "v1/agent/groups/branch/policy")).header("Authorization", "Bearer " + agentToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(agent.body().contains("\"internalAgents.server.password\":\"" + theirs + "\""),
                "the agent keeps the other administrator's value");
        for (DeploymentCliRun r : List.of(run, interloper.get(0))) {
            assertFalse((r.out() + r.err()).contains(value), "no value is ever printed");
        }
    }

    private Path policyWithPassword() throws Exception {
        Path policy = dir.resolve("with-password.json");
        Files.writeString(policy, """
                {"format": "agentproxy-policy/1", "name": "With password",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy.corp.example", "port": 8080,
                   "user": "svc", "password": {"ref": "internalAgents.server.password"}}}}
                """);
        return policy;
    }

    private Path secretsFile(String value) throws Exception {
        Path secrets = dir.resolve("secrets.json");
        Files.writeString(secrets, "{\"internalAgents.server.password\": \"" + value + "\"}\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        return secrets;
    }

    private DeploymentCliRun deployTo(String group, Path policy, Path secrets) {
        return DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server", url, "--group", group,
                "--token-file", tokenFile, "--journal", journal, "--secrets-file", secrets.toString());
    }

    private DeploymentCliRun deploy(String policyFile) {
        return DeploymentCliRun.of("deploy", "--policy", policyFile, "--server", url, "--group", "hq",
                "--token-file", tokenFile, "--journal", journal);
    }

    private String policy(String name, int port) throws Exception {
        Path file = dir.resolve(name + "-" + port + ".json");
        Files.writeString(file, """
                {"format": "agentproxy-policy/1", "name": "%s",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy.corp.example", "port": %d}}}
                """.formatted(name, port));
        return file.toString();
    }

    /** The policy names of the group's versions, oldest first. */
    private List<String> versions() throws Exception {
        String body = admin(server, tokenFile, "v1/admin/groups/hq/versions", "GET").body();
        Matcher m = Pattern.compile("\"name\":\"([^\"]*)\"").matcher(body);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static String createGroup(PolicyServer server, String tokenFile, String group) throws Exception {
        HttpResponse<String> r = admin(server, tokenFile, "v1/admin/groups/" + group, "PUT");
        Matcher m = Pattern.compile("\"agentToken\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    static HttpResponse<String> admin(PolicyServer server, String tokenFile, String path, String method)
            throws Exception {
        URI uri = server.uri().resolve(path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer "
                + Files.readString(Path.of(tokenFile)).strip()).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
