package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.policy.WebReputation;
import org.agentproxy.policy.codec.PolicyCodec;
import org.junit.jupiter.api.Test;

/** Writing and reading back gives the same policy, and writing is stable. */
class PolicyCodecRoundTripTest {

    @Test
    void sampleRoundTrips() throws Exception {
        Policy sample = Samples.samplePolicy();

        Policy again = PolicyCodec.read(PolicyCodec.write(sample));

        assertEquals(sample, again);
    }

    @Test
    void writingIsStable() throws Exception {
        String once = PolicyCodec.write(Samples.samplePolicy());

        String twice = PolicyCodec.write(PolicyCodec.read(once));

        assertEquals(once, twice);
    }

    @Test
    void everyPartOfAPolicyBuiltInCodeRoundTrips() throws Exception {
        Policy rich = richPolicy();

        String json = PolicyCodec.write(rich);

        assertEquals(rich, PolicyCodec.read(json));
        assertEquals(json, PolicyCodec.write(PolicyCodec.read(json)));
    }

    @Test
    void aNewPolicyWithDefaultsRoundTrips() throws Exception {
        Policy fresh = TestPolicies.valid();

        assertEquals(fresh, PolicyCodec.read(PolicyCodec.write(fresh)));
    }

    @Test
    void formatIsTheFirstMember() {
        String json = PolicyCodec.write(Samples.samplePolicy());

        assertTrue(json.matches("(?s)\\{\\s*\"format\"\\s*:\\s*\"agentproxy-policy/1\"\\s*,.*"),
                () -> "does not start with the format member:\n" + json);
        assertEquals("agentproxy-policy/1", PolicyCodec.FORMAT);
    }

    @Test
    void featurePropertiesKeepTheirOrder() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("zeta", "1");
        properties.put("alpha", "2");
        properties.put("mid", "3");
        Policy policy = TestPolicies.valid().withGlobalSmartProtection(TestPolicies.valid().globalSmartProtection()
                .withFeature("com.example.sandbox", new FeatureSettings(false, properties)));

        Policy again = PolicyCodec.read(PolicyCodec.write(policy));

        FeatureSettings read = again.globalSmartProtection().features().get("com.example.sandbox");
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(read.properties().keySet()));
        assertEquals(List.of("predictive-machine-learning", "behavior-monitoring", "com.example.sandbox"),
                List.copyOf(again.globalSmartProtection().features().keySet()), "features keep their display order");
    }

    /** Databind left a property with empty text out when it wrote the policy: the value was lost on the next save. */
    @Test
    void aFeaturePropertyWithEmptyTextIsKept() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("note", "");
        properties.put("mode", "strict");
        Policy policy = TestPolicies.valid().withGlobalSmartProtection(TestPolicies.valid().globalSmartProtection()
                .withFeature("com.example.sandbox", new FeatureSettings(false, properties)));

        String json = PolicyCodec.write(policy);

        assertTrue(json.contains("\"note\" : \"\""), json);
        assertEquals(properties, PolicyCodec.read(json).globalSmartProtection().features().get("com.example.sandbox")
                .properties());
    }

    @Test
    void streamsAreUtf8() throws Exception {
        Policy policy = TestPolicies.withNameAndServer("Zürich Büro", new HostPort("bücher.example", 4343));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PolicyCodec.write(policy, out);

        assertArrayEquals(PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertEquals(policy, PolicyCodec.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void aDescriptionOfSeveralLinesIsWrittenAndReadBackAndBlankMeansNone() throws Exception {
        Policy policy = richPolicy().withDescription("  Headquarters and branches.\nOwner: network team  ");

        assertEquals("Headquarters and branches.\nOwner: network team", policy.description(), "stripped");
        assertEquals(policy, PolicyCodec.read(PolicyCodec.write(policy)));
        assertEquals(richPolicy(), policy.withDescription(richPolicy().description()),
                "withDescription changes the description only");
        assertEquals(null, policy.withDescription("  \n ").description());
    }

    /** A policy with every record and list filled in, IPv6 literals and an IDN included. */
    static Policy richPolicy() {
        ProxyEndpoint internalServer = new ProxyEndpoint(true, "proxy.corp.example", 8080, "agent",
                SecretRef.forField("internalAgents.server.password"));
        ProxyEndpoint internalSps = new ProxyEndpoint(false, "2001:db8::8", 3128, null, null);
        ExternalAgentsScope external = new ExternalAgentsScope(
                new Credentials("roaming", SecretRef.forField("externalAgents.systemProxyCredentials.password")),
                new ServerUpdateProxy(true, ProxyProtocol.SOCKS4, "socks.corp.example", 1080, "osce", null));
        GlobalSmartProtectionScope global = new GlobalSmartProtectionScope(
                new ProxyEndpoint(true, "bücher.example", 8443, "gsps", new SecretRef("vault-key_7")),
                Map.of("predictive-machine-learning", new FeatureSettings(false, Map.of("mode", "strict"))));
        UserProxyPrivilege privilege = new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY,
                AgentTreeNode.root(Grant.GRANTED,
                        AgentTreeNode.domain("Headquarters", Grant.DENIED,
                                AgentTreeNode.agent("hq-ws-0001", Grant.INHERIT)),
                        AgentTreeNode.domain("Lab", Grant.INHERIT)));
        LocationAwareness location = new LocationAwareness(LocationMode.REACHABILITY,
                List.of(new Gateway("10.0.0.1", "00-1A-2B-3C-4D-5E"), new Gateway("fd00::1", null)),
                List.of(new HostPort("ref.corp.example", 443), new HostPort("2001:db8::443", 443)));
        SmartProtectionSources sources = new SmartProtectionSources(
                List.of(new SpsSource("osce.corp.example", 4345, SpsProtocol.HTTPS, true),
                        new SpsSource("sps.corp.example", 5274, SpsProtocol.HTTP, false)),
                List.of(new CustomSourceList("IPv6 branch", new IpRange("fd00:20::", "fd00:20::ffff"),
                        List.of(new SpsSource("fd00:20::5", 5275, SpsProtocol.HTTPS, false)))));
        return new Policy("Rich", "Every part\nwith a second line and \"quotes\"", new HostPort("::1", 4343),
                new InternalAgentsScope(internalServer, internalSps), external, global, privilege,
                new AutomaticProxy(true, "https://wpad.corp.example/wpad.dat"), location, sources,
                new WebReputation(false),
                new UpdateSettings(List.of(new UpdateSource("UA", "http://ua.corp.example/au")), true),
                List.of("<local>", "*.corp.example", "10.0.0.0/8", "fd00::/8"), true);
    }
}
