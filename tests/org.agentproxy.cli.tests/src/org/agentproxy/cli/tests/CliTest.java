package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void versionPrintsTheProductVersion() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertEquals("agentproxy (Agent Proxy Studio) 9.9.9.test", run.out().strip());
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("validate [--quiet] FILE…"), run.out());
        assertTrue(run.out().contains("Exit codes: 0 success, 2 invalid input"), run.out());
    }

    @Test
    void helpOfACommandShowsItsOptions() {
        CliRun viaHelp = CliRun.of("--help", "validate");
        CliRun viaFlag = CliRun.of("validate", "--help");

        assertEquals(0, viaHelp.exitCode());
        assertTrue(viaHelp.out().contains("--quiet"), viaHelp.out());
        assertEquals(viaHelp.out(), viaFlag.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no command given"), run.err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("deploy-everything");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown command \"deploy-everything\""), run.err());
    }

    @Test
    void theHeadlessApplicationIsRegistered() {
        IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
                "org.agentproxy.cli.application");

        assertNotNull(extension, "org.agentproxy.cli.application is not registered");
        IConfigurationElement run = Arrays.stream(extension.getConfigurationElements()[0].getChildren("run"))
                .findFirst().orElseThrow();
        assertEquals("org.agentproxy.cli.internal.CliApplication", run.getAttribute("class"));
    }
}
