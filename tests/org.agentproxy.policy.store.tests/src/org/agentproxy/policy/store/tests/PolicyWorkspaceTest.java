package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.PolicyFiles;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceOpensTheSamplePolicy() throws Exception {
        PolicyWorkspace workspace = new PolicyWorkspace(dir.resolve("ws"));

        Path initial = workspace.initialPolicy();

        assertEquals(workspace.policiesDir().resolve(PolicyWorkspace.SAMPLE_NAME), initial);
        Policy sample = PolicyCodec.read(initial);
        assertEquals("Headquarters", sample.name());
    }

    @Test
    void theShippedSampleIsTheDocumentedSample() throws Exception {
        Path documented = Path.of(System.getProperty("agentproxy.samples"), PolicyWorkspace.SAMPLE_NAME);
        assertArrayEquals(Files.readAllBytes(documented), PolicyWorkspace.sampleBytes(),
                "bundles/org.agentproxy.policy.store/samples/ must hold a copy of docs/samples/sample-policy.json");
    }

    @Test
    void theSampleIsNotOverwrittenOnceItExists() throws Exception {
        PolicyWorkspace workspace = new PolicyWorkspace(dir);
        Path sample = workspace.ensureSample();
        Files.writeString(sample, "edited by the user");

        workspace.ensureSample();

        assertEquals("edited by the user", Files.readString(sample));
    }

    @Test
    void theLastOpenedPolicyIsOpenedAgain() throws Exception {
        PolicyWorkspace workspace = new PolicyWorkspace(dir);
        Path other = dir.resolve("elsewhere/branch.json");
        PolicyFiles.save(other, Policy.create("Branch", null));

        workspace.rememberOpened(other);

        assertEquals(other.toAbsolutePath(), new PolicyWorkspace(dir).initialPolicy());
    }

    @Test
    void aRemovedLastPolicyFallsBackToTheSample() throws Exception {
        PolicyWorkspace workspace = new PolicyWorkspace(dir);
        Path other = dir.resolve("gone.json");
        PolicyFiles.save(other, Policy.create("Gone", null));
        workspace.rememberOpened(other);
        Files.delete(other);

        Path initial = workspace.initialPolicy();

        assertTrue(initial.endsWith(PolicyWorkspace.SAMPLE_NAME), initial.toString());
    }
}
