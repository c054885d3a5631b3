package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

class ValidateCommandTest {

    private static final Path SAMPLES = Path.of(System.getProperty("agentproxy.samples"));
    private static final String SAMPLE = SAMPLES.resolve("sample-policy.json").toString();

    @TempDir
    Path dir;

    @Test
    void aPluginWhoseValidationThrowsIsDisabledAndTheCommandGoesOn() throws Exception {
        FeatureProvider broken = new FeatureProvider() {
            @Override
            public List<SmartProtectionFeature> features() {
                return List.of(new SmartProtectionFeature("broken-validation", "Broken Validation", "", null, null,
                        Routing.GLOBAL_PROXY, false, "a provider of the tests"));
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                throw new IllegalStateException("fixture: a plug-in with a bug");
            }
        };
        Path file = dir.resolve("with-broken-feature.json");
        Files.writeString(file, Files.readString(Path.of(SAMPLE)).replace("\"features\" : {",
                "\"features\" : {\n      \"broken-validation\" : { \"useGlobalProxy\" : true },"));
        var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceRegistration<FeatureProvider> registration = context.registerService(FeatureProvider.class, broken,
                null);
        try {
            CliRun first = CliRun.of("validate", file.toString());
            CliRun second = CliRun.of("validate", file.toString());

            assertEquals(0, first.exitCode(), first.out() + first.err());
            assertTrue(first.outLines().contains(file + ": valid"), first.out());
            assertEquals(0, second.exitCode(), second.out() + second.err());
        } finally {
            registration.unregister();
        }
    }

    @Test
    void theSampleIsValid() {
        CliRun run = CliRun.of("validate", SAMPLE);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.outLines().contains(SAMPLE + ": valid"), run.out());
    }

    @Test
    void warningsArePrintedButDoNotFail() {
        CliRun run = CliRun.of("validate", SAMPLE);

        assertTrue(run.out().contains(SAMPLE + ": userProxyPrivilege.root: warning: "), run.out());
    }

    @Test
    void eachProblemIsPrintedAsFileFieldPathReason() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"format": "agentproxy-policy/1", "name": "Bad",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy..corp", "port": 70000}},
                 "automaticProxy": {"pacUrl": "file:///etc/proxy.pac"}}
                """);

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.outLines().contains(file + ": internalAgents.server.port: must be 1\u201365535, not 70000"),
                run.out());
        assertTrue(run.out().contains(file + ": internalAgents.server.host: "), run.out());
        assertTrue(run.out().contains(file + ": automaticProxy.pacUrl: must be an http or https URL"), run.out());
        assertFalse(run.out().contains(file + ": valid"), run.out());
    }

    @Test
    void aFormatErrorNamesTheFieldAndTheLine() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\n  \"format\": \"agentproxy-policy/1\",\n  \"name\": \"T\",\n"
                + "  \"server\": {\"host\": \"a.example\", \"port\": \"4343\"}\n}\n");

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(file + ": server.port: expected a whole number (line 4, column 43)", run.outLines().get(0));
    }

    @Test
    void everyShippedInvalidSampleIsRejected() throws Exception {
        try (var files = Files.list(SAMPLES.resolve("invalid"))) {
            for (Path file : files.toList()) {
                CliRun run = CliRun.of("validate", "--quiet", file.toString());
                assertEquals(2, run.exitCode(), file + ": " + run.out());
                assertTrue(run.out().startsWith(file + ": "), run.out());
            }
        }
    }

    @Test
    void onlyOneInvalidFileAmongSeveralMakesTheRunFail() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");

        CliRun run = CliRun.of("validate", SAMPLE, broken.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains(SAMPLE + ": valid"), run.out());
        assertTrue(run.out().contains(broken + ": malformed JSON"), run.out());
        assertTrue(run.err().contains("1 of 2 files are invalid"), run.err());
    }

    @Test
    void aMissingFileIsReported() {
        String missing = dir.resolve("missing.json").toString();

        CliRun run = CliRun.of("validate", missing);

        assertEquals(2, run.exitCode());
        assertEquals(missing + ": no such file", run.outLines().get(0));
    }

    @Test
    void aPlainTextPasswordIsRejectedWithoutEchoingIt() throws Exception {
        Path file = dir.resolve("plain.json");
        Files.writeString(file, """
                {"format": "agentproxy-policy/1", "name": "P",
                 "internalAgents": {"server": {"enabled": true, "host": "p.example", "port": 8080,
                   "user": "u", "password": "S3cr3t-value"}}}
                """);

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("internalAgents.server.password: plain-text passwords are not allowed"),
                run.out());
        assertFalse(run.out().contains("S3cr3t-value") || run.err().contains("S3cr3t-value"));
    }

    @Test
    void noFileIsAUsageError() {
        CliRun run = CliRun.of("validate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no FILE given"), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("validate", "--frobnicate", SAMPLE);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown option \"--frobnicate\""), run.err());
    }
}
