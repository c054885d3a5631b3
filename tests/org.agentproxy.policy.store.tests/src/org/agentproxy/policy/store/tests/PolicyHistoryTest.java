package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.policy.store.history.PolicyHistory;
import org.agentproxy.policy.store.history.PolicyVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every save keeps a version; versions are listed, read, compared and restored as new versions. */
class PolicyHistoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private PolicyHistory history;
    private Path file;
    private PolicyId id;
    private Policy sample;

    @BeforeEach
    void setUp() throws Exception {
        history = new PolicyHistory(dir.resolve("history"), Clock.fixed(T0, ZoneOffset.UTC));
        file = dir.resolve("policies/headquarters.json");
        id = PolicyId.of(file);
        sample = PolicyCodec.read(new String(PolicyWorkspace.sampleBytes(), StandardCharsets.UTF_8));
    }

    private static Policy withServerPort(Policy p, int port) {
        InternalAgentsScope internal = p.internalAgents();
        return p.withInternalAgents(new InternalAgentsScope(internal.server().withPort(port),
                internal.smartProtection()));
    }

    @Test
    void theFirstSaveKeepsTheFirstVersionAndWritesTheFile() throws Exception {
        PolicyVersion v1 = history.save(file, sample);

        assertEquals(1, v1.number());
        assertEquals(T0, v1.time());
        assertEquals("first version", v1.summary());
        assertEquals(sample, PolicyCodec.read(file));
        assertTrue(Files.isRegularFile(dir.resolve("history/headquarters/1.json")));
        assertTrue(Files.isRegularFile(dir.resolve("history/headquarters/1.meta.json")));
    }

    @Test
    void aChangedSaveRecordsTheChangedFields() throws Exception {
        history.save(file, sample);
        PolicyVersion v2 = history.save(file, withServerPort(sample, 3128));

        assertEquals(2, v2.number());
        assertEquals(List.of("internalAgents.server.port"), v2.changedFields());
        assertEquals("internalAgents.server.port", v2.summary());
        assertEquals(List.of(1, 2), history.versions(id).stream().map(PolicyVersion::number).toList());
    }

    @Test
    void savingAnUnchangedPolicyKeepsNoNewVersion() throws Exception {
        history.save(file, sample);
        PolicyVersion again = history.save(file, sample);

        assertEquals(1, again.number());
        assertEquals(1, history.versions(id).size());
    }

    @Test
    void theDiffOfTwoVersionsIsFieldByField() throws Exception {
        history.save(file, sample);
        history.save(file, withServerPort(sample, 3128).withDirectFallback(true));

        List<FieldChange> diff = history.diff(id, 1, 2);

        assertEquals(List.of("internalAgents.server.port", "directFallback"),
                diff.stream().map(FieldChange::path).toList());
        FieldChange port = diff.get(0);
        assertEquals(FieldChange.Kind.CHANGED, port.kind());
        assertEquals("8080", port.before());
        assertEquals("3128", port.after());
        assertTrue(port.toString().contains("internalAgents.server.port: 8080 \u2192 3128"), port.toString());
    }

    @Test
    void restoringKeepsTheRestoredPolicyAsANewVersion() throws Exception {
        history.save(file, sample);
        history.save(file, withServerPort(sample, 3128));

        PolicyVersion v3 = history.restore(file, 1);

        assertEquals(3, v3.number());
        assertEquals(1, v3.restoredFrom());
        assertEquals(List.of("internalAgents.server.port"), v3.changedFields());
        assertEquals("restored version 1: internalAgents.server.port", v3.summary());
        assertEquals(sample, PolicyCodec.read(file), "the file holds the restored policy");
        assertEquals(sample, history.read(id, 3));
        assertEquals(withServerPort(sample, 3128), history.read(id, 2), "earlier versions stay as they were");
        assertEquals(3, history.versions(id).size());
    }

    @Test
    void aMissingVersionIsNamedWithTheVersionsThereAre() throws Exception {
        history.save(file, sample);

        IOException e = assertThrows(IOException.class, () -> history.read(id, 7));

        assertTrue(e.getMessage().contains("policy headquarters has no version 7: its versions are 1 to 1"),
                e.getMessage());
    }

    @Test
    void aPolicyWithoutHistoryHasNoVersions() throws Exception {
        assertEquals(List.of(), history.versions(new PolicyId("never-saved")));
        assertTrue(history.latest(new PolicyId("never-saved")).isEmpty());
    }

    @Test
    void damagedMetadataIsReportedWithItsFile() throws Exception {
        history.save(file, sample);
        Path meta = dir.resolve("history/headquarters/1.meta.json");
        Files.writeString(meta, "{\"format\": \"agentproxy-version/1\", \"version\": 1, \"time\": \"yesterday\"}");

        IOException e = assertThrows(IOException.class, () -> history.versions(id));

        assertTrue(e.getMessage().contains("1.meta.json: damaged version metadata: \"time\""), e.getMessage());
    }

    @Test
    void aPolicyIdComesFromTheFileName() {
        assertEquals(new PolicyId("headquarters"), PolicyId.of(Path.of("x/headquarters.json")));
        assertEquals(new PolicyId("Branch_Lyon"), PolicyId.of(Path.of("Branch Lyon.JSON")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PolicyId("../up"));
        assertTrue(e.getMessage().startsWith("policy id \"../up\" is invalid"), e.getMessage());
    }
}
