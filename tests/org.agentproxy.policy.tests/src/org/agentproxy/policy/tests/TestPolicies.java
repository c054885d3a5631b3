package org.agentproxy.policy.tests;

import java.util.List;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.UpdateSettings;

/** Policies built in code for validator tests: a valid base, and ways to change one part of it. */
final class TestPolicies {

    static final HostPort SERVER = new HostPort("osce.corp.example", 4343);

    private TestPolicies() {
    }

    /** A new policy with every scope at its default: valid, and without warnings. */
    static Policy valid() {
        return Policy.create("Test policy", SERVER);
    }

    static ProxyEndpoint proxy(String host, int port) {
        return new ProxyEndpoint(true, host, port, null, null);
    }

    static Policy withInternalServerProxy(ProxyEndpoint proxy) {
        return valid().withInternalAgents(new InternalAgentsScope(proxy, null));
    }

    static Policy withInternalSpsProxy(ProxyEndpoint proxy) {
        return valid().withInternalAgents(new InternalAgentsScope(null, proxy));
    }

    static Policy withGlobalProxy(ProxyEndpoint proxy) {
        return valid().withGlobalSmartProtection(
                new GlobalSmartProtectionScope(proxy, valid().globalSmartProtection().features()));
    }

    static Policy withExternalAgents(ExternalAgentsScope scope) {
        return valid().withExternalAgents(scope);
    }

    static Policy withAutomaticProxy(AutomaticProxy automatic) {
        return valid().withAutomaticProxy(automatic);
    }

    static Policy withLocation(LocationAwareness location) {
        return valid().withLocationAwareness(location);
    }

    static Policy withSources(List<SpsSource> standardList, CustomSourceList... customLists) {
        return valid().withSmartProtectionSources(new SmartProtectionSources(standardList, List.of(customLists)));
    }

    static SpsSource https(String host, int port) {
        return new SpsSource(host, port, SpsProtocol.HTTPS, false);
    }

    static SpsSource http(String host, int port) {
        return new SpsSource(host, port, SpsProtocol.HTTP, false);
    }

    static CustomSourceList customList(String name, String from, String to, SpsSource... sources) {
        return new CustomSourceList(name, new IpRange(from, to), List.of(sources));
    }

    /** A valid policy with a different name and server (either may be {@code null}). */
    static Policy withNameAndServer(String name, HostPort server) {
        Policy p = valid();
        return new Policy(name, p.description(), server, p.internalAgents(), p.externalAgents(),
                p.globalSmartProtection(), p.userProxyPrivilege(), p.automaticProxy(), p.locationAwareness(),
                p.smartProtectionSources(), p.webReputation(), p.updates(), p.bypassList(), p.directFallback());
    }

    static Policy withUpdates(UpdateSettings updates) {
        Policy p = valid();
        return new Policy(p.name(), p.description(), p.server(), p.internalAgents(), p.externalAgents(),
                p.globalSmartProtection(), p.userProxyPrivilege(), p.automaticProxy(), p.locationAwareness(),
                p.smartProtectionSources(), p.webReputation(), updates, p.bypassList(), p.directFallback());
    }

    static Policy withBypassList(String... entries) {
        Policy p = valid();
        return new Policy(p.name(), p.description(), p.server(), p.internalAgents(), p.externalAgents(),
                p.globalSmartProtection(), p.userProxyPrivilege(), p.automaticProxy(), p.locationAwareness(),
                p.smartProtectionSources(), p.webReputation(), p.updates(), List.of(entries), p.directFallback());
    }
}
