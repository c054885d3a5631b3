package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.agentproxy.cli.PluginsCommand;
import org.agentproxy.cli.PluginsCommand.Installed;
import org.agentproxy.cli.internal.DropinPlugins;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * agentproxy plugins over the real OSGi framework: a bundle installed from a dropins folder is listed with its
 * state and its features, the bundles of the product are not. (The product's install test,
 * releng/scripts/install-plugin-test.sh, covers p2 installing the folder's content.)
 */
class PluginsCommandTest {

    private static final String DROPPED = "org.agentproxy.cli.tests.dropped";

    @TempDir
    Path dropins;

    @Test
    void aBundleReadFromTheDropinsFolderIsListedWithItsStateAndFeatures() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PluginsCommandTest.class).getBundleContext();
        Path folder = Files.createDirectories(dropins.resolve(DROPPED + "_1.2.3/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"), """
                Manifest-Version: 1.0
                Bundle-ManifestVersion: 2
                Bundle-SymbolicName: %s
                Bundle-Version: 1.2.3
                """.formatted(DROPPED));
        Bundle bundle = context.installBundle("reference:" + folder.getParent().toUri());
        try {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));

            DeploymentCliRun run = plugins(context);

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(List.of("Plug-ins installed from " + dropins + ":",
                    "  " + DROPPED + " 1.2.3 RESOLVED  " + folder.getParent(),
                    "      Smart Protection feature dropped-check (Dropped Check), purpose dropped-purpose, "
                            + "routing sps-lists"), run.out().lines().toList());
        } finally {
            bundle.uninstall();
        }
    }

    @Test
    void anEmptyDropinsFolderIsSaid() {
        DeploymentCliRun run = plugins(FrameworkUtil.getBundle(PluginsCommandTest.class).getBundleContext());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("No plug-ins installed from " + dropins, run.out().strip());
    }

    @Test
    void aJarInTheDropinsFolderThatNoBundleCameFromIsNotInstalled() throws Exception {
        Path jar = Files.writeString(dropins.resolve("needs-a-missing-bundle.jar"), "not read");
        Files.writeString(dropins.resolve("readme.txt"), "neither a jar nor a folder: not a plug-in");

        DeploymentCliRun run = plugins(FrameworkUtil.getBundle(PluginsCommandTest.class).getBundleContext());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("No plug-ins installed from " + dropins,
                "Not installed (a bundle or package it requires is missing from the studio, or it is no OSGi bundle):",
                "  " + jar), run.out().lines().toList());
    }

    @Test
    void anArgumentIsRefused() {
        DeploymentCliRun run = DeploymentCliRun.run(List.of(new PluginsCommand(() -> new Installed(dropins,
                List.of(), List.of()))), null, "plugins", "--all");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unexpected argument \"--all\""), run.err());
    }

    /** {@code agentproxy plugins} over the bundles of {@code context} and the dropins folder of this test. */
    private DeploymentCliRun plugins(BundleContext context) {
        return DeploymentCliRun.run(List.of(new PluginsCommand(() -> {
            List<PluginsCommand.Plugin> listed = DropinPlugins.list(context, dropins, registry());
            return new Installed(dropins, listed, DropinPlugins.notInstalled(dropins, listed));
        })), null, "plugins");
    }

    /** Two features: one of the dropped bundle, one of another bundle (not listed under it). */
    private static FeatureRegistry registry() {
        List<SmartProtectionFeature> features = List.of(
                new SmartProtectionFeature("dropped-check", "Dropped Check", "", null, "dropped-purpose",
                        Routing.SPS_LISTS, false, DROPPED),
                new SmartProtectionFeature("other", "Other", "", null, null, Routing.GLOBAL_PROXY, true,
                        "org.agentproxy.smartprotection"));
        return new FeatureRegistry() {
            @Override
            public List<SmartProtectionFeature> features() {
                return features;
            }

            @Override
            public Optional<SmartProtectionFeature> feature(String id) {
                return features.stream().filter(f -> f.id().equals(id)).findFirst();
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                return List.of();
            }

            @Override
            public void addChangeListener(Runnable listener) {
                // fixed features
            }

            @Override
            public void removeChangeListener(Runnable listener) {
                // fixed features
            }
        };
    }
}
