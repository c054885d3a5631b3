package org.agentproxy.connection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ProxySection;
import org.agentproxy.connection.SectionEndpoint;
import org.agentproxy.connection.SectionException;
import org.agentproxy.connection.SectionTargets;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.codec.PolicyCodec;
import org.junit.jupiter.api.Test;

/** Which proxy and target each section of the sample policy means. */
class SectionTargetsTest {

    private final SectionTargets targets = new SectionTargets(new HostPort("au.example", 80));

    private static Policy sample() throws Exception {
        return PolicyCodec.read(Path.of(System.getProperty("agentproxy.samples"), "sample-policy.json"));
    }

    @Test
    void internalServerGoesToTheOfficeScanServer() throws Exception {
        SectionEndpoint e = targets.resolve(sample(), ProxySection.INTERNAL_SERVER);

        assertEquals("proxy.corp.example:8080", e.proxy().authority());
        assertEquals(ProxyProtocol.HTTP, e.proxy().protocol());
        assertEquals(new HostPort("osce.corp.example", 4343), e.target());
        assertEquals("server", e.targetSource());
        assertEquals("osce-agent", e.user());
        assertEquals("internalAgents.server.password", e.password().key());
        assertTrue(e.enabled());
    }

    @Test
    void internalSpsGoesToTheFirstStandardSource() throws Exception {
        assertEquals(new HostPort("osce.corp.example", 4345),
                targets.resolve(sample(), ProxySection.INTERNAL_SPS).target());
    }

    @Test
    void globalSpsGoesToTheIntegratedSps() throws Exception {
        SectionEndpoint e = targets.resolve(sample(), ProxySection.GLOBAL_SPS);
        assertEquals(new HostPort("osce.corp.example", 4345), e.target());
        assertEquals("globalSmartProtection.proxy", ProxySection.GLOBAL_SPS.fieldPath());
    }

    @Test
    void theServerUpdateProxyGoesToActiveUpdateWithItsProtocol() throws Exception {
        Policy p = sample();
        ServerUpdateProxy socks = new ServerUpdateProxy(true, ProxyProtocol.SOCKS4, "socks.corp.example", 1080,
                "osce", null);
        p = p.withExternalAgents(new ExternalAgentsScope(p.externalAgents().systemProxyCredentials(), socks));

        SectionEndpoint e = targets.resolve(p, ProxySection.EXTERNAL_SERVER_UPDATE);

        assertEquals(ProxyProtocol.SOCKS4, e.proxy().protocol());
        assertEquals(new HostPort("au.example", 80), e.target());
        ConnectionTestRequest request = e.request(null, null);
        assertEquals("osce", request.credentials().user(), "SOCKS4 sends the user id without a password");
    }

    @Test
    void anExplicitTargetReplacesTheSectionsOwn() throws Exception {
        SectionEndpoint e = targets.resolve(sample(), ProxySection.INTERNAL_SERVER, new HostPort("127.0.0.1", 9));
        assertEquals(new HostPort("127.0.0.1", 9), e.target());
        assertEquals("--target", e.targetSource());
    }

    @Test
    void withoutAPasswordNoCredentialsAreSentOverHttp() throws Exception {
        ConnectionTestRequest r = targets.resolve(sample(), ProxySection.INTERNAL_SERVER).request(null, null);
        assertNull(r.credentials());
        ConnectionTestRequest withPassword = targets.resolve(sample(), ProxySection.INTERNAL_SERVER)
                .request("pw".toCharArray(), null);
        assertFalse(withPassword.credentials().toString().contains("pw"));
    }

    @Test
    void aSectionWithoutProxyHostNamesTheField() {
        SectionException e = assertThrows(SectionException.class,
                () -> targets.resolve(Policy.create("p", new HostPort("s", 1)), ProxySection.INTERNAL_SERVER));
        assertEquals("internalAgents.server.host", e.field());
        assertTrue(e.getMessage().startsWith("internalAgents.server.host: is not set"), e.getMessage());
    }

    @Test
    void anEmptyStandardListNamesTheField() throws Exception {
        Policy p = sample().withSmartProtectionSources(new SmartProtectionSources(List.of(), List.of()));
        SectionException e = assertThrows(SectionException.class, () -> targets.resolve(p, ProxySection.INTERNAL_SPS));
        assertEquals("smartProtectionSources.standardList", e.field());
    }

    @Test
    void sectionsAreFoundByTheirCommandLineIds() {
        for (ProxySection s : ProxySection.values()) {
            assertEquals(s, ProxySection.byId(s.id()).orElseThrow());
        }
        assertEquals("internal.server, internal.sps, global-sps, external.server-update", ProxySection.ids());
    }
}
