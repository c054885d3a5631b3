package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.PolicyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFilesTest {

    @TempDir
    Path dir;

    @Test
    void savedPolicyReadsBackEqual() throws Exception {
        Policy policy = Policy.create("Saved", new HostPort("osce.corp.example", 4343));
        Path file = dir.resolve("nested/dir/saved.json");

        PolicyFiles.save(file, policy);

        assertEquals(policy, PolicyCodec.read(file));
    }

    @Test
    void aSavedFileHoldsSecretReferencesOnly() throws Exception {
        Policy policy = Policy.create("Secret", new HostPort("osce.corp.example", 4343));
        policy = policy.withInternalAgents(new InternalAgentsScope(
                new ProxyEndpoint(true, "proxy.corp.example", 8080, "agent",
                        SecretRef.forField("internalAgents.server.password")),
                ProxyEndpoint.NONE));
        Path file = dir.resolve("secret.json");

        PolicyFiles.save(file, policy);

        String json = Files.readString(file);
        assertEquals(1, json.split("\"ref\"", -1).length - 1, json);
    }

    @Test
    void replacingAFileLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("p.json");
        PolicyFiles.save(file, Policy.create("One", null));
        PolicyFiles.save(file, Policy.create("Two", null));

        assertEquals("Two", PolicyCodec.read(file).name());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFailedSaveKeepsTheOldContentAndCleansUp() throws Exception {
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("not-empty"));

        assertThrows(IOException.class, () -> PolicyFiles.save(target, Policy.create("X", null)));

        assertEquals(true, Files.isDirectory(target.resolve("not-empty")));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
