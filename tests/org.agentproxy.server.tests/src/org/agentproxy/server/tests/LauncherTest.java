package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.agentproxy.cli.ServerCommand;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** The command line of the server ({@code agentproxy server}, in the CLI bundle) and its Equinox application. */
class LauncherTest {

    @Test
    void theServerApplicationIsRegistered() {
        IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
                "org.agentproxy.cli.server");

        assertNotNull(extension, "org.agentproxy.cli.server is not registered (is plugin.xml valid?)");
        IConfigurationElement run = Arrays.stream(extension.getConfigurationElements()[0].getChildren("run"))
                .findFirst().orElseThrow();
        assertEquals("org.agentproxy.cli.internal.ServerApplication", run.getAttribute("class"));
    }

    @Test
    void badArgumentsAreExit2WithTheReason() {
        assertEquals("--data DIR is required", runError(List.of("--port", "0")));
        assertEquals("--port must be a whole number between 0 and 65535, not \"http\"",
                runError(List.of("--data", "/tmp/x", "--port", "http")));
        assertEquals("unknown option \"--verbose\"", runError(List.of("--verbose")));
    }

    @Test
    void helpSaysWhereTheAdminTokenGoes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ServerCommand().run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("DIR/admin-token"));
    }

    private static String runError(List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ServerCommand().run(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8).strip();
        return text.substring("agentproxy server: ".length(), text.indexOf(" (see agentproxy server --help)"));
    }
}
