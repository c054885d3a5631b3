package org.agentproxy.cli.tests;

import static org.agentproxy.cli.tests.SimulationCliRun.FLEET;
import static org.agentproxy.cli.tests.SimulationCliRun.NEXT;
import static org.agentproxy.cli.tests.SimulationCliRun.POLICY;
import static org.agentproxy.cli.tests.SimulationCliRun.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.cli.Cli;
import org.agentproxy.cli.FeaturesCommand;
import org.agentproxy.cli.ImpactCommand;
import org.agentproxy.cli.SimulateCommand;
import org.agentproxy.cli.ValidateCommand;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.SkippedDeclaration;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The commands over the studio's feature registry: a feature a {@link FeatureProvider} service registers while the
 * test runs is listed by {@code features}, is a purpose of {@code simulate} and {@code impact}, and its validation
 * runs in {@code validate}.
 */
class FeatureCommandsTest {

    static final SmartProtectionFeature LOOKUP = new SmartProtectionFeature("cli-lookup", "CLI Lookup",
            "Looks samples up in a cloud service.", null, "cli-lookup-query", Routing.SPS_LISTS, true, "cli tests",
            List.of(new FeatureSetting("limit", "Lookups per minute:", "", FeatureSetting.Type.INTEGER, "10", 1, 100,
                    List.of()),
                    new FeatureSetting("cacheAnswers", "Cache answers", "", FeatureSetting.Type.BOOLEAN, "true", null,
                            null, List.of()),
                    new FeatureSetting("region", "Region:", "", FeatureSetting.Type.CHOICE, null, null, null,
                            List.of("eu", "us"))));

    @TempDir
    Path dir;

    private ServiceRegistration<FeatureProvider> registration;

    @BeforeEach
    void register() {
        FeatureProvider provider = new FeatureProvider() {
            @Override
            public List<SmartProtectionFeature> features() {
                return List.of(LOOKUP);
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                String limit = settings.properties().get("limit");
                return limit == null || limit.matches("[0-9]+") ? List.of()
                        : List.of("properties.limit: must be a whole number, not \"" + limit + "\"");
            }
        };
        registration = FrameworkUtil.getBundle(FeatureCommandsTest.class).getBundleContext()
                .registerService(FeatureProvider.class, provider, null);
    }

    @AfterEach
    void unregister() {
        registration.unregister();
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli("9.9.9.test", List.of(new FeaturesCommand(), new SimulateCommand(), new ImpactCommand(),
                new ValidateCommand()));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = cli.run(List.of(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void featuresListsEveryInstalledFeatureAsText() {
        Run r = run("features");

        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("ID +NAME +PURPOSE +ROUTING +HTTPS +BUNDLE"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("predictive-machine-learning +Predictive Machine Learning +"
                + "predictive-machine-learning +global-proxy +yes +org\\.agentproxy\\.smartprotection")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "cli-lookup +CLI Lookup +cli-lookup-query +sps-lists +yes +cli tests")), r.out());
    }

    @Test
    void featuresAsJson() {
        Run r = run("features", "--format", "json");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("{\n  \"format\" : \"agentproxy-features/1\""), r.out());
        assertTrue(r.out().contains("\"id\" : \"behavior-monitoring\""), r.out());
        for (String member : List.of("\"id\" : \"cli-lookup\",", "\"name\" : \"CLI Lookup\",",
                "\"purpose\" : \"cli-lookup-query\",", "\"routing\" : \"sps-lists\",", "\"requiresHttps\" : true,",
                "\"bundle\" : \"cli tests\"")) {
            assertTrue(r.out().contains(member), member + " in " + r.out());
        }
    }

    @Test
    void featuresShowEachFeaturesDeclaredSettingsAsTextAndJson() {
        Run text = run("features");
        Run json = run("features", "--format", "json");

        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("cli-lookup ")).findFirst().orElseThrow());
        assertEquals(List.of("    setting limit: integer 1..100, default 10  \"Lookups per minute:\"",
                "    setting cacheAnswers: boolean, default true  \"Cache answers\"",
                "    setting region: choice eu|us, no default  \"Region:\""), lines.subList(row + 1, row + 4));
        for (String member : List.of("\"id\" : \"limit\"", "\"label\" : \"Lookups per minute:\"",
                "\"type\" : \"integer\"", "\"default\" : \"10\"", "\"min\" : 1", "\"max\" : 100",
                "\"type\" : \"boolean\"", "\"default\" : null")) {
            assertTrue(json.out().contains(member), member + " in " + json.out());
        }
        assertTrue(json.out().contains("\"choices\" : [ \"eu\", \"us\" ]"), json.out());
    }

    @Test
    void featuresSayWhichDeclarationsWereLeftOutAndWhy() {
        List<SkippedDeclaration> skipped = List.of(
                new SkippedDeclaration("com.example.mail", "mail-scan", "depth", "setting depth: min 5 is greater "
                        + "than max 1"),
                new SkippedDeclaration("com.example.mail", "Mail Scan", null, "id \"Mail Scan\" is not lower-case "
                        + "letters, digits, dots and hyphens"));
        FeatureRegistry platform = FeatureRegistry.platform();
        FeatureRegistry withSkipped = new FeatureRegistry() {
            @Override
            public List<SmartProtectionFeature> features() {
                return platform.features();
            }

            @Override
            public java.util.Optional<SmartProtectionFeature> feature(String id) {
                return platform.feature(id);
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                return platform.validate(featureId, settings);
            }

            @Override
            public List<SkippedDeclaration> skipped() {
                return skipped;
            }

            @Override
            public void addChangeListener(Runnable listener) {
            }

            @Override
            public void removeChangeListener(Runnable listener) {
            }
        };
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        FeaturesCommand command = new FeaturesCommand(() -> withSkipped);
        command.run(List.of(), new PrintStream(text, true, StandardCharsets.UTF_8), System.err);
        command.run(List.of("--format", "json"), new PrintStream(json, true, StandardCharsets.UTF_8), System.err);

        assertTrue(text.toString(StandardCharsets.UTF_8).endsWith("""

                Left out (declared, but invalid; the features above work without them):
                  setting depth of feature mail-scan (com.example.mail): setting depth: min 5 is greater than max 1
                  feature Mail Scan (com.example.mail): id "Mail Scan" is not lower-case letters, digits, dots and \
                hyphens
                """), text.toString(StandardCharsets.UTF_8));
        String out = json.toString(StandardCharsets.UTF_8);
        for (String member : List.of("\"skipped\" : [", "\"bundle\" : \"com.example.mail\"",
                "\"feature\" : \"mail-scan\"", "\"setting\" : \"depth\"",
                "\"reason\" : \"setting depth: min 5 is greater than max 1\"", "\"setting\" : null")) {
            assertTrue(out.contains(member), member + " in " + out);
        }
    }

    @Test
    void aBadFormatIsRefused() {
        Run r = run("features", "--format", "xml");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--format must be one of text, json, not \"xml\""), r.err());
    }

    @Test
    void simulateRoutesAnInstalledFeatureByItsDeclaration() {
        Run r = run("simulate", "--policy", POLICY, "--scenario", scenario("internal-agent.json"));

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\ncli-lookup-query: "), r.out());
        assertTrue(r.out().contains("[R3] CLI Lookup (routed through the SPS lists) asks"), r.out());
    }

    @Test
    void simulateListsThePolicysFeaturesWhosePlugInIsAbsent() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, Files.readString(Path.of(POLICY)).replace("\"features\" : {",
                "\"features\" : {\n \"absent-feature\" : {\"useGlobalProxy\" : true},"));

        Run r = run("simulate", "--policy", policy.toString(), "--scenario", scenario("internal-agent.json"));

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("absent-feature: not simulated: its plug-in is not "
                + "installed")), r.out());
        assertFalse(r.out().contains("\nabsent-feature: ok"), r.out());
    }

    @Test
    void impactComparesTheInstalledFeatures() {
        Run r = run("impact", "--from", POLICY, "--to", NEXT, "--inventory", FLEET);

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("cli-lookup-query ")), r.out());
    }

    @Test
    void validateRunsTheFeaturesOwnValidationWithAFieldPath() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, Files.readString(Path.of(POLICY)).replace("\"features\" : {",
                "\"features\" : {\n \"cli-lookup\" : {\"useGlobalProxy\" : false, \"properties\": {\"limit\": \"ten\"}},"));

        Run r = run("validate", policy.toString());

        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals(policy + ": globalSmartProtection.features.cli-lookup"
                + ".properties.limit: must be a whole number, not \"ten\"")), r.out());
    }
}
