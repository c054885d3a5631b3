package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.diff.FieldChange.Kind;
import org.agentproxy.policy.diff.PolicyDiff;
import org.agentproxy.policy.diff.PolicyFields;
import org.junit.jupiter.api.Test;

/** The structural diff: field paths, lists by index, maps by key, secret references by key. */
class PolicyDiffTest {

    private static Policy sample() throws Exception {
        return PolicyCodec.read(Samples.samplePolicyText());
    }

    private static Policy withServerProxy(Policy p, ProxyEndpoint server) {
        return p.withInternalAgents(new InternalAgentsScope(server, p.internalAgents().smartProtection()));
    }

    @Test
    void equalPoliciesHaveNoChanges() throws Exception {
        assertEquals(List.of(), PolicyDiff.between(sample(), sample()));
    }

    @Test
    void aChangedPortIsOneChangeAtItsPath() throws Exception {
        Policy before = sample();
        Policy after = withServerProxy(before, before.internalAgents().server().withPort(3128));

        List<FieldChange> diff = PolicyDiff.between(before, after);

        assertEquals(List.of(new FieldChange("internalAgents.server.port", Kind.CHANGED, "8080", "3128")), diff);
        assertTrue(diff.get(0).toString().contains("internalAgents.server.port: 8080 \u2192 3128"),
                diff.get(0).toString());
    }

    @Test
    void listElementsAreComparedByIndex() throws Exception {
        Policy before = sample();
        SmartProtectionSources s = before.smartProtectionSources();
        List<SpsSource> longer = new java.util.ArrayList<>(s.standardList());
        longer.add(new SpsSource("sps3.corp.example", 5275, SpsProtocol.HTTP, false));
        Policy after = before.withSmartProtectionSources(new SmartProtectionSources(longer, s.customLists()));

        List<FieldChange> diff = PolicyDiff.between(before, after);

        assertEquals(List.of(
                new FieldChange("smartProtectionSources.standardList[3].host", Kind.ADDED, null, "sps3.corp.example"),
                new FieldChange("smartProtectionSources.standardList[3].port", Kind.ADDED, null, "5275"),
                new FieldChange("smartProtectionSources.standardList[3].protocol", Kind.ADDED, null, "http"),
                new FieldChange("smartProtectionSources.standardList[3].integrated", Kind.ADDED, null, "false")),
                diff);
        assertEquals(Kind.REMOVED, PolicyDiff.between(after, before).get(0).kind());
    }

    @Test
    void mapEntriesAreComparedByKey() throws Exception {
        Policy before = sample();
        Policy after = before.withGlobalSmartProtection(before.globalSmartProtection()
                .withFeature("behavior-monitoring", new FeatureSettings(false, Map.of()))
                .withFeature("com.example.sandbox", new FeatureSettings(true, Map.of("region", "eu"))));

        List<FieldChange> diff = PolicyDiff.between(before, after);

        assertEquals(List.of(
                new FieldChange("globalSmartProtection.features.behavior-monitoring.useGlobalProxy", Kind.CHANGED,
                        "true", "false"),
                new FieldChange("globalSmartProtection.features.com.example.sandbox.useGlobalProxy", Kind.ADDED,
                        null, "true"),
                new FieldChange("globalSmartProtection.features.com.example.sandbox.properties.region", Kind.ADDED,
                        null, "eu")),
                diff);
    }

    @Test
    void secretReferencesAreComparedByKeyOnly() throws Exception {
        Policy before = sample();
        ProxyEndpoint server = before.internalAgents().server();
        Policy same = withServerProxy(before, server.withPassword(SecretRef.forField(server.password().key())));
        Policy other = withServerProxy(before, server.withPassword(new SecretRef("rotated-2025")));

        assertEquals(List.of(), PolicyDiff.between(before, same));
        assertEquals(List.of(new FieldChange("internalAgents.server.password", Kind.CHANGED,
                "ref:internalAgents.server.password", "ref:rotated-2025")), PolicyDiff.between(before, other));
    }

    @Test
    void aValueSetForTheFirstTimeChangesFromNone() throws Exception {
        Policy before = sample();
        Policy after = withServerProxy(before, before.internalAgents().server().withUser(null));

        assertEquals(List.of(new FieldChange("internalAgents.server.user", Kind.CHANGED, "osce-agent", null)),
                PolicyDiff.between(before, after));
    }

    @Test
    void withoutAnOlderPolicyEveryFieldIsAdded() throws Exception {
        List<FieldChange> diff = PolicyDiff.between(null, sample());

        assertTrue(diff.stream().allMatch(c -> c.kind() == Kind.ADDED), diff::toString);
        assertEquals(new FieldChange("name", Kind.ADDED, null, "Headquarters"), diff.get(0));
    }

    @Test
    void secretRefsAreListedByFieldPath() throws Exception {
        assertEquals(Map.of(
                "internalAgents.server.password", SecretRef.forField("internalAgents.server.password"),
                "externalAgents.systemProxyCredentials.password",
                SecretRef.forField("externalAgents.systemProxyCredentials.password")),
                PolicyFields.secretRefs(sample()));
    }
}
