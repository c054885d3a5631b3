package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.ui.tests.bots.MessageDialogBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open Policy and Save Policy As, through the menus of the real workbench. */
class OpenAndSaveTest extends StudioTestSupport {

    @TempDir
    Path dir;

    @Test
    void anInvalidPolicyFileShowsAnErrorNamingTheFieldAndChangesNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {
                  "format": "agentproxy-policy/1",
                  "name": "Broken",
                  "internalAgents": {
                    "server": { "enabled": true, "host": "proxy.corp.example", "port": "eighty" }
                  }
                }
                """);
        chooser.answer(broken);

        MessageDialogBot dialog = studio.openPolicyExpectingError();

        assertEquals("Cannot Open Policy", dialog.title());
        String message = dialog.message();
        assertTrue(message.contains("broken.json is not a valid policy file"), message);
        assertTrue(message.contains("internalAgents.server.port: expected a whole number (line 5"), message);
        dialog.ok();
        assertEquals("Headquarters — sample-policy.json — 0 errors, 1 warning", studio.statusLine());
    }

    @Test
    void aValidPolicyFileReplacesTheExplorerContent() throws Exception {
        Path branch = dir.resolve("branch.json");
        Files.writeString(branch, PolicyCodec.write(Policy.create("Branch office",
                new HostPort("osce-branch.corp.example", 4343))));
        chooser.answer(branch);

        var explorer = studio.openPolicy("branch.json");

        assertEquals("Branch office — branch.json — valid", studio.statusLine());
        assertTrue(explorer.row("Related settings", "OfficeScan server").endsWith("osce-branch.corp.example:4343"));
    }

    @Test
    void saveAsWritesThePolicyWithoutSecrets() throws Exception {
        Path copy = dir.resolve("copy.json");
        chooser.answer(copy);

        studio.savePolicyAs("copy.json");

        assertEquals(PolicyCodec.read(samplePath()), PolicyCodec.read(copy));
        String json = Files.readString(copy);
        assertTrue(json.contains("\"ref\" : \"internalAgents.server.password\""), json);
        assertFalse(json.matches("(?s).*\"password\"\\s*:\\s*\".*"), "a password written as a string: " + json);
    }
}
